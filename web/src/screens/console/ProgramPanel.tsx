// The member's program as it stands (the therapist's plan when there is one), with the editor
// one button away.
import { useState } from 'preact/hooks';
import type { MemberRecord, ProgramOverride } from '../../api/console';
import { day } from './format';
import type { Library } from './MemberDetail';
import { ProgramEditor } from './ProgramEditor';
import { planInForce } from './programDraft';

export function ProgramPanel({ record, library }: { record: MemberRecord; library: Library }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [plan, setPlan] = useState<ProgramOverride | null>(record.program_override);
  const { program } = record;
  const whys = new Map(program?.state.exercises.map((e) => [e.current.exercise_id, e.current.why]) ?? []);
  const exercises = planInForce({ program, program_override: plan });
  return (
    <section aria-labelledby="program-title">
      <h2 id="program-title">Program</h2>
      {!program ? (
        <p class="quiet">No program yet: it starts once the intake says exercise is safe.</p>
      ) : (
        <>
          <p>
            Phase: <strong>{program.state.phase}</strong> · {program.state.sessions}{' '}
            {program.state.sessions === 1 ? 'session' : 'sessions'} done
            {program.paused && (
              <strong class="paused"> · Paused because of a warning sign</strong>
            )}
          </p>
          {plan && (
            <div class="note">
              <p>
                <strong>Changed by the therapist on {day(plan.created_at)}.</strong> The note the member reads:
              </p>
              <p class="pre">{plan.note}</p>
            </div>
          )}
          {saved && !editing && (
            <p class="notice" role="status">
              Program saved. The member sees the change and your note.
            </p>
          )}
          {editing ? (
            <ProgramEditor
              memberId={record.member.id}
              start={{ program, program_override: plan }}
              library={library}
              onCancel={() => setEditing(false)}
              onSaved={(next) => {
                setPlan(next);
                setEditing(false);
                setSaved(true);
              }}
            />
          ) : (
            <>
              <ol class="program-list">
                {exercises.map((e) => (
                  <li key={e.exercise_id}>
                    <strong>{library.exercises.get(e.exercise_id)?.name ?? e.exercise_id}</strong>: {e.dose_words}
                    {!plan && whys.get(e.exercise_id) && <span class="quiet"> — {whys.get(e.exercise_id)}</span>}
                  </li>
                ))}
              </ol>
              <button class="button" type="button" onClick={() => { setSaved(false); setEditing(true); }}>
                Change the program
              </button>
            </>
          )}
        </>
      )}
    </section>
  );
}
