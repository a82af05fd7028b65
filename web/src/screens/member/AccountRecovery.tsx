// Forgot password, choosing a new one from the emailed link, and confirming an email address.
// Each says plainly when this server sends no email (503 from the API).
import { useEffect, useState } from 'preact/hooks';
import { ApiError, sendJson } from '../../api';
import { ScreenTitle } from '../../components/Screen';
import type { Location } from '../../router';
import { Field, focusField } from './Field';
import { formProblem, offlineWords, type FormProblem } from './formErrors';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    tooMany: 'There have been too many requests from your network.',
    writeEmail: 'Please write your email.',
    forgotTitle: 'Forgot your password',
    forgot: 'Forgot your password?',
    forgotLead: 'Write the email you log in with. We will send a link to choose a new password.',
    email: 'Email',
    sending: 'Sending…',
    sendLink: 'Send me a link',
    backToLogIn: 'Back to log in',
    writeNew: 'Please write a new password.',
    changedTitle: 'Password changed',
    changed: 'Your password is changed',
    changedLead: 'You can log in with your new password now. Everywhere you were logged in before is logged out.',
    logIn: 'Log in',
    chooseNew: 'Choose a new password',
    newLink: 'Ask for a new link',
    newPassword: 'New password',
    newHint: 'At least 12 characters. A few words you will remember work well.',
    saving: 'Saving…',
    save: 'Save my new password',
    confirmTitle: 'Confirm your email',
    confirming: 'Confirming…',
    confirmed: 'Thank you: your email is confirmed.',
    toStart: 'Go to the start',
  },
  es: {
    tooMany: 'Ha habido demasiadas solicitudes desde tu red.',
    writeEmail: 'Escribe tu email, por favor.',
    forgotTitle: 'Has olvidado tu contraseña',
    forgot: '¿Has olvidado tu contraseña?',
    forgotLead: 'Escribe el email con el que inicias sesión. Te enviaremos un enlace para elegir una contraseña nueva.',
    email: 'Correo electrónico',
    sending: 'Enviando…',
    sendLink: 'Envíame un enlace',
    backToLogIn: 'Volver a iniciar sesión',
    writeNew: 'Escribe una contraseña nueva, por favor.',
    changedTitle: 'Contraseña cambiada',
    changed: 'Tu contraseña ya está cambiada',
    changedLead: 'Ya puedes iniciar sesión con tu contraseña nueva. Se ha cerrado la sesión en todos los sitios donde la tenías abierta.',
    logIn: 'Iniciar sesión',
    chooseNew: 'Elige una contraseña nueva',
    newLink: 'Pide un enlace nuevo',
    newPassword: 'Contraseña nueva',
    newHint: 'Al menos 12 caracteres. Unas cuantas palabras que vayas a recordar funcionan bien.',
    saving: 'Guardando…',
    save: 'Guardar mi contraseña nueva',
    confirmTitle: 'Confirma tu email',
    confirming: 'Confirmando…',
    confirmed: 'Gracias: tu email está confirmado.',
    toStart: 'Ir al inicio',
  },
});

export function ForgotPassword() {
  const w = useWords(WORDS);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!email.trim()) {
      setProblem({ fields: { email: w.writeEmail }, summary: w.writeEmail });
      focusField('email');
      return;
    }
    setBusy(true);
    try {
      const answer = await sendJson<{ message: string }>('POST', '/api/v1/auth/password/forgot', { email: email.trim() });
      setSent(answer.message);
      setProblem(null);
    } catch (error) {
      setProblem(formProblem(error, { 429: w.tooMany }));
      focusField('email');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ScreenTitle title={w.forgotTitle}>{w.forgot}</ScreenTitle>
      {sent ? (
        <p class="lead" role="status">
          {sent}
        </p>
      ) : (
        <form class="member-form" onSubmit={submit} noValidate>
          <p>{w.forgotLead}</p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem.summary}
            </p>
          )}
          <Field name="email" label={w.email} type="email" autocomplete="username" value={email} onInput={setEmail} error={problem?.fields.email} />
          <div class="primary-bar">
            <button type="submit" class="button primary big" disabled={busy}>
              {busy ? w.sending : w.sendLink}
            </button>
          </div>
        </form>
      )}
      <p>
        <a href="/login">{w.backToLogIn}</a>
      </p>
    </>
  );
}

export function ResetPassword({ location }: { location: Location }) {
  const w = useWords(WORDS);
  const token = location.query.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!password) {
      setProblem({ fields: { password: w.writeNew }, summary: w.writeNew });
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
        <ScreenTitle title={w.changedTitle}>{w.changed}</ScreenTitle>
        <p class="lead">{w.changedLead}</p>
        <p>
          <a class="button primary" href="/login">
            {w.logIn}
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <ScreenTitle title={w.chooseNew}>{w.chooseNew}</ScreenTitle>
      <form class="member-form" onSubmit={submit} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem.summary} {problem.fields.token && <a href="/forgot-password">{w.newLink}</a>}
          </p>
        )}
        <Field
          name="password"
          label={w.newPassword}
          type="password"
          autocomplete="new-password"
          hint={w.newHint}
          value={password}
          onInput={setPassword}
          error={problem?.fields.password}
        />
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? w.saving : w.save}
          </button>
        </div>
      </form>
    </>
  );
}

export function VerifyEmail({ location }: { location: Location }) {
  const w = useWords(WORDS);
  const token = location.query.get('token') ?? '';
  const [state, setState] = useState<'busy' | 'done' | { failed: string }>('busy');
  useEffect(() => {
    sendJson('POST', '/api/v1/auth/email/verify', { token }).then(
      () => setState('done'),
      (error) => setState({ failed: error instanceof ApiError ? error.detail : offlineWords() }),
    );
  }, [token]);
  return (
    <>
      <ScreenTitle title={w.confirmTitle}>{w.confirmTitle}</ScreenTitle>
      {state === 'busy' && <p role="status">{w.confirming}</p>}
      {state === 'done' && (
        <p class="lead" role="status">
          {w.confirmed}
        </p>
      )}
      {typeof state === 'object' && (
        <p class="form-problem" role="alert">
          {state.failed}
        </p>
      )}
      <p>
        <a href="/">{w.toStart}</a>
      </p>
    </>
  );
}
