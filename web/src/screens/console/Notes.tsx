// Clinical notes about the member. Only therapists read them; the member never does.
import { useState } from 'preact/hooks';
import { consoleApi, type ClinicalNote } from '../../api/console';
import { when } from './format';
import { WriteBox } from './WriteBox';

export function Notes({ memberId, notes }: { memberId: string; notes: ClinicalNote[] }) {
  const [list, setList] = useState(notes);
  const newest = [...list].sort((a, b) => b.written_at - a.written_at);
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">Clinical notes</h2>
      <p class="quiet">Only the care team reads these. The member does not see them.</p>
      {newest.length === 0 ? (
        <p class="quiet">No notes yet.</p>
      ) : (
        <ul class="note-list">
          {newest.map((n) => (
            <li key={n.id} class="card">
              <p class="quiet">{when(n.written_at)}</p>
              <p class="pre">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      <WriteBox
        id="new-note"
        label="New note"
        button="Save note"
        done="Note saved."
        send={async (text) => {
          const note = await consoleApi.addNote(memberId, text);
          setList((l) => [...l, note]);
        }}
      />
    </section>
  );
}
