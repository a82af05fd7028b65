// Forgot password, choosing a new one from the emailed link, and confirming an email address.
// Each says plainly when this server sends no email (503 from the API).
import { useEffect, useState } from 'preact/hooks';
import { ApiError, sendJson } from '../../api';
import { ScreenTitle } from '../../components/Screen';
import type { Location } from '../../router';
import { Field, focusField } from './Field';
import { formProblem, type FormProblem } from './formErrors';

const TOO_MANY = 'There have been too many requests from your network.';

export function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!email.trim()) {
      setProblem({ fields: { email: 'Please write your email.' }, summary: 'Please write your email.' });
      focusField('email');
      return;
    }
    setBusy(true);
    try {
      const answer = await sendJson<{ message: string }>('POST', '/api/v1/auth/password/forgot', { email: email.trim() });
      setSent(answer.message);
      setProblem(null);
    } catch (error) {
      setProblem(formProblem(error, { 429: TOO_MANY }));
      focusField('email');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ScreenTitle title="Forgot your password">Forgot your password?</ScreenTitle>
      {sent ? (
        <p class="lead" role="status">
          {sent}
        </p>
      ) : (
        <form class="member-form" onSubmit={submit} noValidate>
          <p>Write the email you log in with. We will send a link to choose a new password.</p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem.summary}
            </p>
          )}
          <Field name="email" label="Email" type="email" autocomplete="username" value={email} onInput={setEmail} error={problem?.fields.email} />
          <div class="primary-bar">
            <button type="submit" class="button primary big" disabled={busy}>
              {busy ? 'Sending…' : 'Send me a link'}
            </button>
          </div>
        </form>
      )}
      <p>
        <a href="/login">Back to log in</a>
      </p>
    </>
  );
}

export function ResetPassword({ location }: { location: Location }) {
  const token = location.query.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!password) {
      setProblem({ fields: { password: 'Please write a new password.' }, summary: 'Please write a new password.' });
      focusField('password');
      return;
    }
    setBusy(true);
    try {
      await sendJson('POST', '/api/v1/auth/password/reset', { token, password });
      setDone(true);
    } catch (error) {
      setProblem(formProblem(error, {}));
      focusField('password');
    } finally {
      setBusy(false);
    }
  };
  if (done) {
    return (
      <>
        <ScreenTitle title="Password changed">Your password is changed</ScreenTitle>
        <p class="lead">You can log in with your new password now. Everywhere you were logged in before is logged out.</p>
        <p>
          <a class="button primary" href="/login">
            Log in
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <ScreenTitle title="Choose a new password">Choose a new password</ScreenTitle>
      <form class="member-form" onSubmit={submit} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem.summary} {problem.fields.token && <a href="/forgot-password">Ask for a new link</a>}
          </p>
        )}
        <Field
          name="password"
          label="New password"
          type="password"
          autocomplete="new-password"
          hint="At least 12 characters. A few words you will remember work well."
          value={password}
          onInput={setPassword}
          error={problem?.fields.password}
        />
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? 'Saving…' : 'Save my new password'}
          </button>
        </div>
      </form>
    </>
  );
}

export function VerifyEmail({ location }: { location: Location }) {
  const token = location.query.get('token') ?? '';
  const [state, setState] = useState<'busy' | 'done' | { failed: string }>('busy');
  useEffect(() => {
    sendJson('POST', '/api/v1/auth/email/verify', { token }).then(
      () => setState('done'),
      (error) => setState({ failed: error instanceof ApiError ? error.detail : 'We could not reach Motus. Please try again.' }),
    );
  }, [token]);
  return (
    <>
      <ScreenTitle title="Confirm your email">Confirm your email</ScreenTitle>
      {state === 'busy' && <p role="status">Confirming…</p>}
      {state === 'done' && (
        <p class="lead" role="status">
          Thank you: your email is confirmed.
        </p>
      )}
      {typeof state === 'object' && (
        <p class="form-problem" role="alert">
          {state.failed}
        </p>
      )}
      <p>
        <a href="/">Go to the start</a>
      </p>
    </>
  );
}
