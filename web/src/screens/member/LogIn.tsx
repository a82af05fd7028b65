// Log in with email and password. Wrong details, too many tries and no connection each get their
// own plain sentence; how long to wait after too many tries comes from the answer's Retry-After
// (formProblem, the same words the sign-up screen uses).
import { useState } from 'preact/hooks';
import { ScreenTitle } from '../../components/Screen';
import { navigate, type Location } from '../../router';
import { logIn } from '../../session';
import { Field, focusField } from './Field';
import { firstProblem, formProblem, type FormProblem } from './formErrors';
import { afterLogin } from './home';

const ORDER = ['email', 'password'] as const;
const TOO_MANY = 'There were too many wrong passwords, so we have paused logging in to keep the account safe.';

export function LogIn({ location }: { location: Location }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = 'Please write your email.';
    if (!password) missing.password = 'Please write your password.';
    if (Object.keys(missing).length) {
      setProblem({ fields: missing, summary: 'Please fill in both boxes.' });
      focusField(firstProblem(ORDER, missing));
      return;
    }
    setBusy(true);
    try {
      const account = await logIn(email.trim(), password);
      if (account) navigate(afterLogin(account.role, location.query.get('next')), true);
    } catch (error) {
      const found = formProblem(error, { 429: TOO_MANY });
      setProblem(found);
      focusField(firstProblem(ORDER, found.fields) ?? (Object.keys(found.fields).length ? null : 'password'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ScreenTitle title="Log in">Log in</ScreenTitle>
      <form class="member-form" onSubmit={submit} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem.summary}
          </p>
        )}
        <Field name="email" label="Email" type="email" autocomplete="username" value={email} onInput={setEmail} error={problem?.fields.email} />
        <Field
          name="password"
          label="Password"
          type="password"
          autocomplete="current-password"
          value={password}
          onInput={setPassword}
          error={problem?.fields.password}
        />
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? 'Logging in…' : 'Log in'}
          </button>
        </div>
      </form>
      <p>
        New here? <a href="/signup">Check if you are covered and sign up</a>.
      </p>
    </>
  );
}
