// Log in with email and password. Wrong details, too many tries and no connection each get their
// own plain sentence; how long to wait after too many tries comes from the answer's Retry-After
// (formProblem, the same words the sign-up screen uses). Staff with two-step login are then asked
// for the code from their authenticator app (or a recovery code) before the session starts.
import { useState } from 'preact/hooks';
import { ScreenTitle } from '../../components/Screen';
import { navigate, type Location } from '../../router';
import { logIn, logInWithCode, type Account } from '../../session';
import { Field, focusField } from './Field';
import { firstProblem, formProblem, type FormProblem } from './formErrors';
import { afterLogin } from './home';

const ORDER = ['email', 'password'] as const;
const TOO_MANY = 'There were too many wrong passwords, so we have paused logging in to keep the account safe.';

/** Where an account goes once logged in: staff who must set up two-step login go to their account. */
function goOn(account: Account | null, location: Location) {
  if (!account) return;
  navigate(account.must_enrol_second_factor ? '/account' : afterLogin(account.role, location.query.get('next')), true);
}

const CODE_WRONG = 'That code is not right, or it was already used. Type the code your app shows now.';

function CodeStep({ ticket, location }: { ticket: string; location: Location }) {
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!code.trim()) {
      setProblem({ fields: { code: 'Please write the code.' }, summary: 'Please write the code.' });
      focusField('code');
      return;
    }
    setBusy(true);
    try {
      goOn(await logInWithCode(ticket, code.trim(), recovery), location);
    } catch (error) {
      const found = formProblem(error, { 429: TOO_MANY });
      if (found.fields.code) found.fields.code = CODE_WRONG;
      setProblem(found);
      focusField('code');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ScreenTitle title="Two-step login">Type your code</ScreenTitle>
      <p>
        {recovery
          ? 'Type one of the recovery codes you saved when you set up two-step login. Each works once.'
          : 'Open your authenticator app and type the 6-digit code it shows for Motus.'}
      </p>
      <form class="member-form" onSubmit={submit} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem.summary}
          </p>
        )}
        <Field
          name="code"
          label={recovery ? 'Recovery code' : 'Code from your app'}
          type="text"
          inputMode={recovery ? 'text' : 'numeric'}
          autocomplete="one-time-code"
          value={code}
          onInput={setCode}
          error={problem?.fields.code}
        />
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? 'Checking…' : 'Log in'}
          </button>
        </div>
      </form>
      <p>
        <button
          type="button"
          class="button quiet-button"
          onClick={() => {
            setRecovery(!recovery);
            setCode('');
            setProblem(null);
          }}
        >
          {recovery ? 'Use the code from my app instead' : 'I cannot use my app: use a recovery code'}
        </button>
      </p>
    </>
  );
}

export function LogIn({ location }: { location: Location }) {
  const [ticket, setTicket] = useState<string | null>(null);
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
      const step = await logIn(email.trim(), password);
      if (step.kind === 'code') setTicket(step.ticket);
      else goOn(step.account, location);
    } catch (error) {
      const found = formProblem(error, { 429: TOO_MANY });
      setProblem(found);
      focusField(firstProblem(ORDER, found.fields) ?? (Object.keys(found.fields).length ? null : 'password'));
    } finally {
      setBusy(false);
    }
  };

  if (ticket) return <CodeStep ticket={ticket} location={location} />;
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
        <a href="/forgot-password">Forgot your password?</a>
      </p>
      <p>
        New here? <a href="/signup">Check if you are covered and sign up</a>.
      </p>
    </>
  );
}
