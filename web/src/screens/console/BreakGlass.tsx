// Break-glass: a member outside your care opens only after you say why. The access lasts one
// hour, is on the audit log, and the member's therapist sees it in the record (BreakGlassLog).
import { useState } from 'preact/hooks';
import { consoleApi, type BreakGlassEntry } from '../../api/console';
import { ScreenTitle } from '../../components/Screen';
import { Field, focusField } from '../member/Field';
import { formProblem, type FormProblem } from '../member/formErrors';
import { day } from './format';

export function OpenWithReason({ id, onOpened }: { id: string; onOpened: () => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (reason.trim().length < 10) {
      const text = 'Say why you need this record, in a sentence (at least 10 characters).';
      setProblem({ fields: { reason: text }, summary: text });
      focusField('reason');
      return;
    }
    setBusy(true);
    try {
      await consoleApi.breakGlass(id, reason.trim());
      onOpened();
    } catch (error) {
      setProblem(formProblem(error, {}));
      focusField('reason');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ScreenTitle title="Not in your care">This member is not in your care</ScreenTitle>
      <p>
        You can still open the record if you need to (break-glass access). Say why: it is recorded, the access lasts
        one hour, and the member's therapist sees who opened it and why.
      </p>
      <form class="member-form" onSubmit={submit} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem.summary}
          </p>
        )}
        <Field name="reason" label="Why do you need this record?" value={reason} onInput={setReason} error={problem?.fields.reason} />
        <div class="journal-actions">
          <button type="submit" class="button primary" disabled={busy}>
            Open the record for one hour
          </button>
        </div>
      </form>
    </>
  );
}

const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export function BreakGlassLog({ entries }: { entries: BreakGlassEntry[] }) {
  if (!entries.length) return null;
  return (
    <section aria-labelledby="break-glass-title">
      <h2 id="break-glass-title">Opened from outside the care team</h2>
      <ul>
        {entries.map((e) => (
          <li key={`${e.opened_at}-${e.by}`}>
            <strong>{e.by}</strong> ({e.by_role === 'admin' ? 'admin' : 'therapist'}) on {day(e.opened_at)} at{' '}
            {time(e.opened_at)}: “{e.reason}”
          </li>
        ))}
      </ul>
    </section>
  );
}
