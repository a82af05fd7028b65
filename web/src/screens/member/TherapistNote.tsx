// The therapist's newest change to the member's program, in their words and with their name:
// shown on Today and with the program on the result, so "the member sees the change and your
// note" is true wherever the program is.
import type { TherapistChange } from '../../api/member';
import { initials } from '../journal/conversation';

function changedOn(day: string): string {
  const at = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(at.getTime()) ? day : at.toLocaleDateString(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' });
}

export function TherapistNote({ change }: { change: TherapistChange | null | undefined }) {
  if (!change) return null;
  const named = change.by !== 'your therapist';
  return (
    <section class="therapist-note" aria-labelledby="therapist-note-title">
      <span class="avatar" aria-hidden="true">
        {named ? initials(change.by) : '?'}
      </span>
      <div>
        <h2 id="therapist-note-title">{named ? `${change.by}, your therapist, changed your program` : 'Your therapist changed your program'}</h2>
        <p class="quiet">On {changedOn(change.on)}</p>
        {change.note && <blockquote class="therapist-words">{change.note}</blockquote>}
      </div>
    </section>
  );
}
