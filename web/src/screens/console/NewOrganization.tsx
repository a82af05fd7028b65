// Adds a sponsoring organization: its name and the enrollment code its people type at sign-up.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { consoleApi, type Organization } from '../../api/console';
import { errorsByField } from './fieldErrors';
import { Field, focusFirstProblem } from './Field';

export function NewOrganization({ onAdded }: { onAdded: (org: Organization) => void }) {
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => focusFirstProblem(form.current), [errors]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem('');
    setDone('');
    try {
      const org = await consoleApi.addOrganization(name.trim(), code.trim());
      setName('');
      setCode('');
      setErrors({});
      setDone(`${org.name} added with the code ${org.enrollment_code}. Upload its roster below.`);
      onAdded(org);
    } catch (err) {
      if (!(err instanceof ApiError)) {
        setProblem('Something went wrong. Try again.');
      } else if (err.status === 409) {
        setErrors({ enrollment_code: err.detail });
      } else {
        setErrors(errorsByField(err.errors));
        if (err.errors.length === 0) setProblem(err.detail);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-org-title">
      <h2 id="new-org-title">Add an organization</h2>
      <form ref={form} onSubmit={submit} noValidate class="console-form">
        <Field id="org-name" label="Name" value={name} onValue={setName} error={errors.name} autoComplete="organization" />
        <Field
          id="org-code"
          label="Enrollment code"
          hint="3 to 32 letters, digits or hyphens. People type it when they sign up."
          value={code}
          onValue={setCode}
          error={errors.enrollment_code}
          autoCapitalize="characters"
        />
        {problem && (
          <p class="failure" role="alert">
            {problem}
          </p>
        )}
        <div class="form-row">
          <button class="button primary" type="submit" disabled={busy}>
            {busy ? 'Adding…' : 'Add organization'}
          </button>
          <span role="status">{done}</span>
        </div>
      </form>
    </section>
  );
}
