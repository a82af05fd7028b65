// The platform admin's form for a new staff account: a therapist, an organization admin (tied to
// one organization) or another admin. Members never come this way; they sign up from a roster.
// It sits under the staff list (Staff.tsx), which it asks to refresh once an account is made.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { consoleApi, type StaffRole } from '../../api/console';
import { Failure } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { errorsByField } from './fieldErrors';
import { Field, focusFirstProblem } from './Field';
import { ROLE_NAMES } from './staffWords';

const ROLES: { role: StaffRole; about: string }[] = [
  { role: 'therapist', about: 'cares for members: queue, records, programs, notes and messages' },
  { role: 'org_admin', about: "sees one organization's report, never a person's health data" },
  { role: 'admin', about: 'organizations, rosters, staff and the audit log' },
];

const EMPTY = { first_name: '', last_name: '', email: '', password: '', organization_id: '' };

export function StaffAccounts({ onCreated }: { onCreated: () => void }) {
  const organizations = useLoad(consoleApi.organizations, []);
  const [role, setRole] = useState<StaffRole>('therapist');
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const [created, setCreated] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => focusFirstProblem(formRef.current), [errors]);

  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const orgs = organizations.state === 'ready' ? organizations.value : [];
  const organizationId = form.organization_id || orgs[0]?.id || '';

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem('');
    setCreated('');
    try {
      const account = await consoleApi.addStaff({
        role,
        first_name: form.first_name.trim(),
        last_name: form.last_name.trim(),
        email: form.email.trim(),
        password: form.password,
        ...(role === 'org_admin' ? { organization_id: organizationId } : {}),
      });
      setForm(EMPTY);
      setErrors({});
      setCreated(`Account created for ${account.email} (${ROLE_NAMES[account.role]}). Tell them their password safely.`);
      onCreated();
    } catch (err) {
      if (!(err instanceof ApiError)) {
        setProblem('Something went wrong. Try again.');
        return;
      }
      const byField = errorsByField(err.errors);
      if (err.status === 409) byField.email = err.detail;
      setErrors(byField);
      if (Object.keys(byField).length === 0) setProblem(err.detail);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-staff-heading">
      <h2 id="new-staff-heading">Add someone to your team</h2>
      {organizations.state === 'failed' && <Failure error={organizations.error} />}
      <form ref={formRef} onSubmit={submit} noValidate class="console-form">
        <fieldset class="choices">
          <legend>Kind of account</legend>
          {ROLES.map((r) => (
            <label key={r.role} class={role === r.role ? 'choice-row chosen' : 'choice-row'}>
              <input type="radio" name="role" value={r.role} checked={role === r.role} onChange={() => setRole(r.role)} />
              <span>
                <strong>{ROLE_NAMES[r.role]}</strong>: {r.about}
              </span>
            </label>
          ))}
        </fieldset>
        {role === 'org_admin' && (
          <div class="field">
            <label for="staff-org">Organization</label>
            <select id="staff-org" value={organizationId} onChange={(e) => set('organization_id')((e.target as HTMLSelectElement).value)}>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            {errors.organization_id && <p class="field-error">{errors.organization_id}</p>}
          </div>
        )}
        <Field id="staff-first" label="First name" value={form.first_name} onValue={set('first_name')} error={errors.first_name} autoComplete="off" />
        <Field id="staff-last" label="Last name" value={form.last_name} onValue={set('last_name')} error={errors.last_name} autoComplete="off" />
        <Field id="staff-email" label="Email" type="email" value={form.email} onValue={set('email')} error={errors.email} autoComplete="off" />
        <Field
          id="staff-password"
          label="First password"
          hint="At least 12 characters. Give it to them safely: at their first log-in they must choose their own before anything else."
          type="password"
          value={form.password}
          onValue={set('password')}
          error={errors.password}
          autoComplete="new-password"
        />
        {problem && (
          <p class="failure" role="alert">
            {problem}
          </p>
        )}
        <div class="form-row">
          <button class="button primary" type="submit" disabled={busy}>
            {busy ? 'Creating…' : 'Create account'}
          </button>
        </div>
        <p role="status" class="created">
          {created}
        </p>
      </form>
    </section>
  );
}
