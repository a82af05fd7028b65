// Joining takes two short steps: first we check the person is on their sponsor's list (name,
// date of birth, email or enrollment code), then they choose a password. A "no" is explained
// kindly, with what to check and who to ask.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { memberApi, type Identity } from '../../api/member';
import { ScreenTitle } from '../../components/Screen';
import { navigate } from '../../router';
import { refreshAccount } from '../../session';
import { ContactFields } from './ContactFields';
import { Field, focusField } from './Field';
import { firstProblem, formProblem, type FormProblem } from './formErrors';
import { useWords, words, wordsNow } from '../../i18n';

const IDENTITY_ORDER = ['first_name', 'last_name', 'date_of_birth', 'email', 'enrollment_code'] as const;

const WORDS = words({
  en: {
    notFound:
      "We could not find you on your employer's or plan's list. Check the spelling and date of birth, or ask your benefits team.",
    // Checks and sign-ups count together per network (the server's roster check limit); the
    // wait itself comes from the answer's Retry-After.
    tooMany: 'There have been a lot of tries from your network, so we have paused checking for a little while.',
    // One account per person on a roster: the check and the sign-up both answer 409 when this
    // person already has theirs.
    alreadyEnrolled: 'You already have a Motus account. Please log in with the email you signed up with.',
    emailTaken: 'There is already an account with this email.',
    firstName: 'Please write your first name.',
    lastName: 'Please write your last name.',
    dateOfBirth: 'Write it as year-month-day, like 1985-04-23.',
    email: 'Write your email, like name@example.com.',
    fixMarked: 'Please fix the marked boxes.',
    passwordShort: 'Your password needs at least 12 characters.',
    longerPassword: 'Please choose a longer password.',
    choosePasswordTitle: 'Choose a password',
    covered: 'Good news: you are covered',
    offeredBy: 'Motus is offered to you by',
    nowChoose: 'Now choose a password for your account.',
    logInInstead: 'Log in instead',
    choosePassword: 'Choose a password',
    passwordHint:
      'At least 12 characters. A few words strung together work well, like “blue kettle sings at noon”. Do not use your email.',
    creating: 'Creating your account…',
    create: 'Create my account',
    goBack: 'Go back and change my details',
    title: 'Sign up',
    lead:
      'Motus is free for you when your employer or health plan offers it. First we check that you are on their list. Write your details exactly as they have them.',
    firstNameLabel: 'First name',
    lastNameLabel: 'Last name',
    dateOfBirthLabel: 'Date of birth',
    dateOfBirthHint: 'Year-month-day, like 1985-04-23.',
    emailLabel: 'Email',
    codeLabel: 'Enrollment code (if you have one)',
    codeHint: 'Your employer or health plan may have given you a code.',
    checking: 'Checking…',
    check: 'Check if I am covered',
    already: 'Already have an account?',
    logIn: 'Log in',
  },
  es: {
    notFound:
      'No te hemos encontrado en la lista de tu empresa o de tu seguro. Revisa cómo has escrito el nombre y la fecha de nacimiento, o pregunta al equipo que gestiona tus beneficios.',
    tooMany: 'Ha habido muchos intentos desde tu red, así que hemos parado las comprobaciones durante un rato.',
    alreadyEnrolled: 'Ya tienes una cuenta de Motus. Inicia sesión con el email con el que te registraste.',
    emailTaken: 'Ya hay una cuenta con este email.',
    firstName: 'Escribe tu nombre, por favor.',
    lastName: 'Escribe tus apellidos, por favor.',
    dateOfBirth: 'Escríbela como año-mes-día, por ejemplo 1985-04-23.',
    email: 'Escribe tu email, por ejemplo nombre@ejemplo.com.',
    fixMarked: 'Corrige las casillas marcadas, por favor.',
    passwordShort: 'Tu contraseña necesita al menos 12 caracteres.',
    longerPassword: 'Elige una contraseña más larga, por favor.',
    choosePasswordTitle: 'Elige una contraseña',
    covered: 'Buenas noticias: tienes acceso',
    offeredBy: 'Motus te lo ofrece',
    nowChoose: 'Ahora elige una contraseña para tu cuenta.',
    logInInstead: 'Mejor inicia sesión',
    choosePassword: 'Elige una contraseña',
    passwordHint:
      'Al menos 12 caracteres. Unas cuantas palabras seguidas funcionan bien, como «la tetera azul canta a mediodía». No uses tu email.',
    creating: 'Creando tu cuenta…',
    create: 'Crear mi cuenta',
    goBack: 'Volver y cambiar mis datos',
    title: 'Registrarse',
    lead:
      'Motus es gratis para ti cuando te lo ofrece tu empresa o tu seguro médico. Primero comprobamos que estás en su lista. Escribe tus datos tal como ellos los tienen.',
    firstNameLabel: 'Nombre',
    lastNameLabel: 'Apellidos',
    dateOfBirthLabel: 'Fecha de nacimiento',
    dateOfBirthHint: 'Año-mes-día, por ejemplo 1985-04-23.',
    emailLabel: 'Correo electrónico',
    codeLabel: 'Código de inscripción (si tienes uno)',
    codeHint: 'Puede que tu empresa o tu seguro médico te hayan dado un código.',
    checking: 'Comprobando…',
    check: 'Comprobar si tengo acceso',
    already: '¿Ya tienes una cuenta?',
    logIn: 'Inicia sesión',
  },
});

const EMPTY: Identity = { first_name: '', last_name: '', date_of_birth: '', email: '', enrollment_code: '' };

function missingIdentity(who: Identity): Record<string, string> {
  const w = wordsNow(WORDS);
  const missing: Record<string, string> = {};
  if (!who.first_name.trim()) missing.first_name = w.firstName;
  if (!who.last_name.trim()) missing.last_name = w.lastName;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(who.date_of_birth.trim())) missing.date_of_birth = w.dateOfBirth;
  if (!who.email.includes('@')) missing.email = w.email;
  return missing;
}

function trimmed(who: Identity): Identity {
  return {
    first_name: who.first_name.trim(),
    last_name: who.last_name.trim(),
    date_of_birth: who.date_of_birth.trim(),
    email: who.email.trim(),
    enrollment_code: who.enrollment_code.trim(),
  };
}

function ErrorSummary({ problem }: { problem: FormProblem | null }) {
  if (!problem) return null;
  return (
    <p class="form-problem" role="alert">
      {problem.summary}
    </p>
  );
}

export function SignUp() {
  const w = useWords(WORDS);
  const [who, setWho] = useState<Identity>(EMPTY);
  const [organization, setOrganization] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [contact, setContact] = useState({ phone: '', call_time: '' });
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Identity) => (value: string) => setWho({ ...who, [key]: value });

  const fail = (found: FormProblem, order: readonly string[]) => {
    setProblem(found);
    focusField(firstProblem(order, found.fields));
  };

  const check = async (e: Event) => {
    e.preventDefault();
    const missing = missingIdentity(who);
    if (Object.keys(missing).length) return fail({ fields: missing, summary: w.fixMarked }, IDENTITY_ORDER);
    setBusy(true);
    try {
      const answer = await memberApi.checkEligibility(trimmed(who));
      setProblem(null);
      setOrganization(answer.organization);
      focusField('password');
    } catch (error) {
      fail(formProblem(error, { 403: w.notFound, 409: w.alreadyEnrolled, 429: w.tooMany }), IDENTITY_ORDER);
    } finally {
      setBusy(false);
    }
  };

  const create = async (e: Event) => {
    e.preventDefault();
    if (password.length < 12)
      return fail({ fields: { password: w.passwordShort }, summary: w.longerPassword }, ['password']);
    setBusy(true);
    try {
      await memberApi.signUp(trimmed(who), password, contact);
      await refreshAccount();
      navigate('/start', true);
    } catch (error) {
      // The server's 409 for a person who already joined starts "You already have" (src/api/shared/account_fields.cpp).
      const enrolled = error instanceof ApiError && error.status === 409 && error.detail.startsWith('You already have');
      const found = formProblem(error, {
        403: w.notFound,
        409: enrolled ? w.alreadyEnrolled : w.emailTaken,
        429: w.tooMany,
      });
      fail(found, ['password', 'phone', 'call_time', ...IDENTITY_ORDER]);
    } finally {
      setBusy(false);
    }
  };

  if (organization) {
    return (
      <>
        <ScreenTitle title={w.choosePasswordTitle}>{w.covered}</ScreenTitle>
        <p class="lead">
          {w.offeredBy} <strong>{organization}</strong>. {w.nowChoose}
        </p>
        <form class="member-form" onSubmit={create} noValidate>
          <ErrorSummary problem={problem} />
          {(problem?.summary === w.emailTaken || problem?.summary === w.alreadyEnrolled) && (
            <p>
              <a href="/login">{w.logInInstead}</a>
            </p>
          )}
          <Field
            name="password"
            label={w.choosePassword}
            type="password"
            autocomplete="new-password"
            value={password}
            onInput={setPassword}
            error={problem?.fields.password}
            hint={w.passwordHint}
          />
          <ContactFields contact={contact} onChange={setContact} errors={problem?.fields ?? {}} />
          <div class="primary-bar">
            <button type="submit" class="button primary big" disabled={busy}>
              {busy ? w.creating : w.create}
            </button>
          </div>
        </form>
        <p>
          <button type="button" class="link-button" onClick={() => setOrganization(null)}>
            {w.goBack}
          </button>
        </p>
      </>
    );
  }

  return (
    <>
      <ScreenTitle title={w.title}>{w.title}</ScreenTitle>
      <p class="lead">{w.lead}</p>
      <form class="member-form" onSubmit={check} noValidate>
        <ErrorSummary problem={problem} />
        <Field name="first_name" label={w.firstNameLabel} autocomplete="given-name" value={who.first_name} onInput={set('first_name')} error={problem?.fields.first_name} />
        <Field name="last_name" label={w.lastNameLabel} autocomplete="family-name" value={who.last_name} onInput={set('last_name')} error={problem?.fields.last_name} />
        <Field
          name="date_of_birth"
          label={w.dateOfBirthLabel}
          hint={w.dateOfBirthHint}
          autocomplete="bday"
          value={who.date_of_birth}
          onInput={set('date_of_birth')}
          error={problem?.fields.date_of_birth}
        />
        <Field name="email" label={w.emailLabel} type="email" autocomplete="email" value={who.email} onInput={set('email')} error={problem?.fields.email} />
        <Field
          name="enrollment_code"
          label={w.codeLabel}
          hint={w.codeHint}
          value={who.enrollment_code}
          onInput={set('enrollment_code')}
          error={problem?.fields.enrollment_code}
        />
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? w.checking : w.check}
          </button>
        </div>
      </form>
      <p>
        {w.already} <a href="/login">{w.logIn}</a>.
      </p>
    </>
  );
}
