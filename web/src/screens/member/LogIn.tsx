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
import { useWords, words } from '../../i18n';

const ORDER = ['email', 'password'] as const;

const WORDS = words({
  en: {
    tooMany: 'There were too many wrong passwords, so we have paused logging in to keep the account safe.',
    codeWrong: 'That code is not right, or it was already used. Type the code your app shows now.',
    writeCode: 'Please write the code.',
    twoStep: 'Two-step login',
    typeCode: 'Type your code',
    recoveryLead: 'Type one of the recovery codes you saved when you set up two-step login. Each works once.',
    appLead: 'Open your authenticator app and type the 6-digit code it shows for Motus.',
    recoveryCode: 'Recovery code',
    appCode: 'Code from your app',
    checking: 'Checking…',
    logIn: 'Log in',
    useApp: 'Use the code from my app instead',
    useRecovery: 'I cannot use my app: use a recovery code',
    writeEmail: 'Please write your email.',
    writePassword: 'Please write your password.',
    fillBoth: 'Please fill in both boxes.',
    email: 'Email',
    password: 'Password',
    loggingIn: 'Logging in…',
    forgot: 'Forgot your password?',
    newHere: 'New here?',
    signUp: 'Check if you are covered and sign up',
  },
  es: {
    tooMany: 'Ha habido demasiadas contraseñas incorrectas, así que hemos parado los inicios de sesión para proteger la cuenta.',
    codeWrong: 'Ese código no es correcto o ya se ha usado. Escribe el código que muestra ahora tu aplicación.',
    writeCode: 'Escribe el código, por favor.',
    twoStep: 'Inicio de sesión en dos pasos',
    typeCode: 'Escribe tu código',
    recoveryLead:
      'Escribe uno de los códigos de recuperación que guardaste al activar el inicio de sesión en dos pasos. Cada uno sirve una sola vez.',
    appLead: 'Abre tu aplicación de autenticación y escribe el código de 6 cifras que muestra para Motus.',
    recoveryCode: 'Código de recuperación',
    appCode: 'Código de tu aplicación',
    checking: 'Comprobando…',
    logIn: 'Iniciar sesión',
    useApp: 'Mejor uso el código de mi aplicación',
    useRecovery: 'No puedo usar mi aplicación: usar un código de recuperación',
    writeEmail: 'Escribe tu email, por favor.',
    writePassword: 'Escribe tu contraseña, por favor.',
    fillBoth: 'Rellena las dos casillas, por favor.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    loggingIn: 'Iniciando sesión…',
    forgot: '¿Has olvidado tu contraseña?',
    newHere: '¿Es tu primera vez?',
    signUp: 'Comprueba si tienes acceso y regístrate',
  },
});

/** Where an account goes once logged in: staff who must set up two-step login go to their account. */
function goOn(account: Account | null, location: Location) {
  if (!account) return;
  navigate(account.must_enrol_second_factor ? '/account' : afterLogin(account.role, location.query.get('next')), true);
}

function CodeStep({ ticket, location }: { ticket: string; location: Location }) {
  const w = useWords(WORDS);
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!code.trim()) {
      setProblem({ fields: { code: w.writeCode }, summary: w.writeCode });
      focusField('code');
      return;
    }
    setBusy(true);
    try {
      goOn(await logInWithCode(ticket, code.trim(), recovery), location);
    } catch (error) {
      const found = formProblem(error, { 429: w.tooMany });
      if (found.fields.code) found.fields.code = w.codeWrong;
      setProblem(found);
      focusField('code');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ScreenTitle title={w.twoStep}>{w.typeCode}</ScreenTitle>
      <p>{recovery ? w.recoveryLead : w.appLead}</p>
      <form class="member-form" onSubmit={submit} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem.summary}
          </p>
        )}
        <Field
          name="code"
          label={recovery ? w.recoveryCode : w.appCode}
          type="text"
          inputMode={recovery ? 'text' : 'numeric'}
          autocomplete="one-time-code"
          value={code}
          onInput={setCode}
          error={problem?.fields.code}
        />
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? w.checking : w.logIn}
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
          {recovery ? w.useApp : w.useRecovery}
        </button>
      </p>
    </>
  );
}

export function LogIn({ location }: { location: Location }) {
  const w = useWords(WORDS);
  const [ticket, setTicket] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = w.writeEmail;
    if (!password) missing.password = w.writePassword;
    if (Object.keys(missing).length) {
      setProblem({ fields: missing, summary: w.fillBoth });
      focusField(firstProblem(ORDER, missing));
      return;
    }
    setBusy(true);
    try {
      const step = await logIn(email.trim(), password);
      if (step.kind === 'code') setTicket(step.ticket);
      else goOn(step.account, location);
    } catch (error) {
      const found = formProblem(error, { 429: w.tooMany });
      setProblem(found);
      focusField(firstProblem(ORDER, found.fields) ?? (Object.keys(found.fields).length ? null : 'password'));
    } finally {
      setBusy(false);
    }
  };

  if (ticket) return <CodeStep ticket={ticket} location={location} />;
  return (
    <>
      <ScreenTitle title={w.logIn}>{w.logIn}</ScreenTitle>
      <form class="member-form" onSubmit={submit} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem.summary}
          </p>
        )}
        <Field name="email" label={w.email} type="email" autocomplete="username" value={email} onInput={setEmail} error={problem?.fields.email} />
        <Field
          name="password"
          label={w.password}
          type="password"
          autocomplete="current-password"
          value={password}
          onInput={setPassword}
          error={problem?.fields.password}
        />
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? w.loggingIn : w.logIn}
          </button>
        </div>
      </form>
      <p>
        <a href="/forgot-password">{w.forgot}</a>
      </p>
      <p>
        {w.newHere} <a href="/signup">{w.signUp}</a>.
      </p>
    </>
  );
}
