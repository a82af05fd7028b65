// The therapist's newest change to the member's program, in their words and with their name:
// shown on Today and with the program on the result, so "the member sees the change and your
// note" is true wherever the program is.
import type { TherapistChange } from '../../api/member';
import { formatDate, useWords, words } from '../../i18n';
import { initials } from '../journal/conversation';

const WORDS = words({
  en: {
    named: (name: string) => `${name}, your therapist, changed your program`,
    unnamed: 'Your therapist changed your program',
    on: (day: string) => `On ${day}`,
  },
  es: {
    named: (name: string) => `${name}, tu fisioterapeuta, ha cambiado tu programa`,
    unnamed: 'Tu fisioterapeuta ha cambiado tu programa',
    on: (day: string) => `El ${day}`,
  },
});

function changedOn(day: string): string {
  const at = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(at.getTime()) ? day : formatDate(at.getTime(), { day: 'numeric', month: 'long', timeZone: 'UTC' });
}

export function TherapistNote({ change }: { change: TherapistChange | null | undefined }) {
  const w = useWords(WORDS);
  if (!change) return null;
  // The server says "your therapist" when it has no name to give (an English sentinel, not shown as is).
  const named = change.by !== 'your therapist';
  return (
    <section class="therapist-note" aria-labelledby="therapist-note-title">
      <span class="avatar" aria-hidden="true">
        {named ? initials(change.by) : '?'}
      </span>
      <div>
        <h2 id="therapist-note-title">{named ? w.named(change.by) : w.unnamed}</h2>
        <p class="quiet">{w.on(changedOn(change.on))}</p>
        {change.note && <blockquote class="therapist-words">{change.note}</blockquote>}
      </div>
    </section>
  );
}
