// A member's warning signs in the record: the open ones first, each with a box to say what was
// done and mark it handled (the queue then drops it); the handled ones stay below as history,
// with who handled them, when and how. A new warning sign raises a new flag.
import { useState } from 'preact/hooks';
import { consoleApi, type CareFlag } from '../../api/console';
import { useAccount } from '../../session';
import { flagWords } from './flagWords';
import { day } from './format';
import { WriteBox } from './WriteBox';

function Raised({ flag }: { flag: CareFlag }) {
  const words = flagWords(flag);
  return (
    <>
      <strong>{words.what}</strong> Raised {words.where} on {day(flag.created_at)}
      {words.codes && ` (${words.codes})`}.
    </>
  );
}

export function CareFlags({ memberId, flags }: { memberId: string; flags: CareFlag[] }) {
  const [list, setList] = useState(flags);
  const account = useAccount();
  const me = account ? `${account.first_name} ${account.last_name}` : null;
  const open = list.filter((f) => f.open);
  const handled = list.filter((f) => !f.open && f.handled);
  if (open.length === 0 && handled.length === 0) return null;
  return (
    <>
      {open.length > 0 && (
        <section class="safety" aria-labelledby="flags-title">
          <h2 id="flags-title">Warning signs to follow up</h2>
          <ul>
            {open.map((f, i) => (
              <li key={f.id ?? `${f.kind}-${f.created_at}`}>
                <Raised flag={f} />
                {f.id && account?.role === 'therapist' && (
                  <WriteBox
                    id={`handled-${i}`}
                    label="What you did (kept in the record)"
                    hint="For example: called them, they see their doctor today."
                    button="Mark handled"
                    done="Marked handled."
                    send={async (note) => {
                      const done = await consoleApi.handleFlag(memberId, f.id!, note);
                      setList((all) => all.map((x) => (x.id === f.id ? { ...x, open: false, handled: { at: done.handled_at, by: me, note: done.note } } : x)));
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="sr-status" role="status">
        {open.length === 0 ? 'No warning signs are open.' : ''}
      </p>
      {handled.length > 0 && (
        <section aria-labelledby="handled-title">
          <h2 id="handled-title">Warning signs handled</h2>
          <ul class="handled-flags">
            {handled.map((f) => (
              <li key={f.id ?? `${f.kind}-${f.created_at}`} class="card">
                <Raised flag={f} />
                <p class="quiet">
                  Handled{f.handled!.by ? ` by ${f.handled!.by}` : ''} on {day(f.handled!.at)}:
                </p>
                <p class="pre">{f.handled!.note}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
