// The member's account: who they are, the language of Motus, their record to take away (FHIR JSON
// download and the printable report), a new password, logging out, and deleting the account for
// good. Staff get their own short account screen here too: a new password and logging out.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, sendJson } from '../../api';
import { journal } from '../../api/journal';
import { memberApi, type Contact } from '../../api/member';
import { ScreenTitle } from '../../components/Screen';
import { navigate } from '../../router';
import { chooseLanguage, logOut, refreshAccount, useAccount } from '../../session';
import { LANGUAGE_NAMES, LANGUAGES, useLanguage, useWords, words, type Language } from '../../i18n';
import { ContactFields } from '../member/ContactFields';
import { ExercisePreferences } from './ExercisePreferences';
import { PracticeReminders } from './PracticeReminders';
import { Field, focusField } from '../member/Field';
import { formProblem, type FormProblem } from '../member/formErrors';
import { afterLogin } from '../member/home';
import { TwoStep } from './TwoStep';

const WORDS = words({
  en: {
    confirmEmail: 'Your email address is not confirmed yet. We sent a link when you signed up.',
    sendLinkAgain: 'Send the link again',
    linkSent: 'We sent a new link to your email. It works once, for 24 hours; earlier links no longer work.',
    linkAlreadyConfirmed: 'Your email address is confirmed already.',
    linkTooMany: 'We have sent several links in the last hour. Please check your inbox and spam folder, or try again later.',
    linkMailOff: 'This Motus does not send email. Please ask your clinic to confirm your address.',
    linkFailed: 'Sorry, the link could not be sent. Please try again.',
    recordTitle: 'Your record',
    recordLead:
      'Take your record to a doctor, a physio or another app. The download is a FHIR file, a standard format health systems can read.',
    download: 'Download my data',
    report: 'Printable report (opens in a new tab)',
    downloaded: 'Your record was downloaded.',
    downloadFailed: 'Sorry, the download did not work. Please try again.',
    changeTitle: 'Change your password',
    writeCurrent: 'Please write your current password.',
    needs12: 'Your new password needs at least 12 characters.',
    checkBoxes: 'Please check the boxes below.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newHint: 'At least 12 characters. A few words you can remember work well.',
    changePassword: 'Change password',
    changed: 'Your password is changed. You stay logged in here; any other device is logged out.',
    confirmWithPassword: 'Please write your password to confirm.',
    nothingDeleted: 'Nothing was deleted.',
    deleteTitle: 'Delete your account',
    deleteAsk: 'Delete my account…',
    sure: 'Are you sure?',
    deletesForGood: 'This deletes, for good:',
    delAccount: 'your account and your login',
    delAnswers: 'your answers about your pain and your program',
    delSessions: 'your sessions, check-ins and questionnaires',
    delMessages: 'your messages with your care team',
    cannotUndo: 'This cannot be undone.',
    keepCopy:
      'If you want to keep a copy, download your data first. A record that the account was deleted is kept, as the law asks, without your health details.',
    passwordToConfirm: 'Your password, to confirm it is you',
    deleteForGood: 'Delete my account for good',
    keepAccount: 'Keep my account',
    logOut: 'Log out',
    name: 'Name',
    email: 'Email',
    phoneTitle: 'Your phone number',
    savePhone: 'Save phone details',
    phoneSaved: 'Saved. Your care team can call you on this number.',
    phoneCleared: 'Saved. Your care team has no phone number for you.',
    languageTitle: 'Language',
    languageLead: 'The language Motus speaks to you in, on every device where you log in.',
    languageSaved: 'Saved. Motus speaks English to you now.',
    languageFailed: 'Your choice is used on this device, but it could not be saved with your account. Please try again.',
    title: 'Your account',
    chooseTitle: 'Choose your password',
    chooseHeading: 'Choose your own password',
    welcome: (name: string) =>
      `Welcome to Motus${name ? `, ${name}` : ''}. Your account was made for you with a first password. Please choose your own now: only you should know it.`,
    yourNewPassword: 'Your new password',
    deletedTitle: 'Account deleted',
    deletedHeading: 'Your account is deleted',
    deletedLead: 'Your account and your health records are gone from Motus. Thank you for moving with us, and take care.',
    toStart: 'Go to the start',
  },
  es: {
    confirmEmail: 'Todavía no has confirmado tu correo. Te enviamos un enlace cuando te registraste.',
    sendLinkAgain: 'Enviar el enlace otra vez',
    linkSent: 'Te hemos enviado un enlace nuevo. Funciona una vez durante 24 horas; los enlaces anteriores ya no sirven.',
    linkAlreadyConfirmed: 'Tu correo ya está confirmado.',
    linkTooMany: 'Te hemos enviado varios enlaces en la última hora. Mira tu bandeja de entrada y la carpeta de spam, o inténtalo más tarde.',
    linkMailOff: 'Este Motus no envía correos. Pide a tu clínica que confirme tu dirección.',
    linkFailed: 'Lo sentimos, no se pudo enviar el enlace. Inténtalo de nuevo.',
    recordTitle: 'Tu historial',
    recordLead:
      'Lleva tu historial a un médico, a un fisioterapeuta o a otra aplicación. La descarga es un archivo FHIR, un formato estándar que pueden leer los sistemas de salud.',
    download: 'Descargar mis datos',
    report: 'Informe para imprimir (se abre en una pestaña nueva)',
    downloaded: 'Tu historial se ha descargado.',
    downloadFailed: 'Lo sentimos, la descarga no ha funcionado. Inténtalo de nuevo.',
    changeTitle: 'Cambiar tu contraseña',
    writeCurrent: 'Escribe tu contraseña actual, por favor.',
    needs12: 'Tu nueva contraseña necesita al menos 12 caracteres.',
    checkBoxes: 'Revisa las casillas de abajo, por favor.',
    currentPassword: 'Contraseña actual',
    newPassword: 'Contraseña nueva',
    newHint: 'Al menos 12 caracteres. Unas cuantas palabras que puedas recordar funcionan bien.',
    changePassword: 'Cambiar contraseña',
    changed: 'Tu contraseña ha cambiado. Aquí sigues con la sesión iniciada; en los demás dispositivos se ha cerrado.',
    confirmWithPassword: 'Escribe tu contraseña para confirmarlo, por favor.',
    nothingDeleted: 'No se ha borrado nada.',
    deleteTitle: 'Borrar tu cuenta',
    deleteAsk: 'Borrar mi cuenta…',
    sure: '¿Seguro que quieres hacerlo?',
    deletesForGood: 'Esto borra para siempre:',
    delAccount: 'tu cuenta y tu acceso',
    delAnswers: 'tus respuestas sobre tu dolor y tu programa',
    delSessions: 'tus sesiones, tus registros del día y tus cuestionarios',
    delMessages: 'tus mensajes con tu equipo de atención',
    cannotUndo: 'No se puede deshacer.',
    keepCopy:
      'Si quieres guardar una copia, descarga antes tus datos. Guardamos una constancia de que la cuenta se borró, como pide la ley, sin tus datos de salud.',
    passwordToConfirm: 'Tu contraseña, para confirmar que eres tú',
    deleteForGood: 'Borrar mi cuenta para siempre',
    keepAccount: 'Mantener mi cuenta',
    logOut: 'Cerrar sesión',
    name: 'Nombre',
    email: 'Correo electrónico',
    phoneTitle: 'Tu número de teléfono',
    savePhone: 'Guardar el teléfono',
    phoneSaved: 'Guardado. Tu equipo de atención puede llamarte a este número.',
    phoneCleared: 'Guardado. Tu equipo de atención no tiene ningún teléfono tuyo.',
    languageTitle: 'Idioma',
    languageLead: 'El idioma en el que Motus te habla, en todos los dispositivos en los que inicies sesión.',
    languageSaved: 'Guardado. Motus te habla en español a partir de ahora.',
    languageFailed: 'Tu elección se usa en este dispositivo, pero no se ha podido guardar en tu cuenta. Inténtalo de nuevo.',
    title: 'Tu cuenta',
    chooseTitle: 'Elige tu contraseña',
    chooseHeading: 'Elige tu propia contraseña',
    welcome: (name: string) =>
      `Te damos la bienvenida a Motus${name ? `, ${name}` : ''}. Tu cuenta se creó con una primera contraseña. Elige ahora la tuya: solo tú deberías conocerla.`,
    yourNewPassword: 'Tu nueva contraseña',
    deletedTitle: 'Cuenta borrada',
    deletedHeading: 'Tu cuenta está borrada',
    deletedLead: 'Tu cuenta y tus datos de salud ya no están en Motus. Gracias por moverte con nosotros, y cuídate.',
    toStart: 'Ir al inicio',
  },
});

function Download() {
  const w = useWords(WORDS);
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const file = await journal.exportRecord();
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = `motus-record-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <section aria-labelledby="record-title">
      <h2 id="record-title">{w.recordTitle}</h2>
      <p>{w.recordLead}</p>
      <div class="journal-actions">
        <button type="button" class="button primary" onClick={download} disabled={state === 'busy'}>
          {w.download}
        </button>
        <a class="button quiet-button" href={journal.reportUrl} target="_blank" rel="noopener">
          {w.report}
        </a>
      </div>
      <p role="status" class={state === 'failed' ? 'failure' : 'quiet'}>
        {state === 'done' && w.downloaded}
        {state === 'failed' && w.downloadFailed}
      </p>
    </section>
  );
}

export function ChangePassword({ onChanged, title }: { onChanged?: () => void; title?: string } = {}) {
  const w = useWords(WORDS);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    const fields: Record<string, string> = {};
    if (!current) fields.current_password = w.writeCurrent;
    if (next.length < 12) fields.new_password = w.needs12;
    if (Object.keys(fields).length) {
      setProblem({ fields, summary: w.checkBoxes });
      focusField(fields.current_password ? 'current_password' : 'new_password');
      return;
    }
    setBusy(true);
    try {
      await journal.changePassword(current, next);
      setProblem(null);
      setCurrent('');
      setNext('');
      setDone(true);
      onChanged?.();
    } catch (error) {
      const found = formProblem(error);
      setProblem(found);
      focusField(found.fields.new_password ? 'new_password' : 'current_password');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{title ?? w.changeTitle}</h2>
      <form class="member-form" onSubmit={submit} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem.summary}
          </p>
        )}
        <Field
          name="current_password"
          label={w.currentPassword}
          type="password"
          autocomplete="current-password"
          value={current}
          onInput={setCurrent}
          error={problem?.fields.current_password}
        />
        <Field
          name="new_password"
          label={w.newPassword}
          hint={w.newHint}
          type="password"
          autocomplete="new-password"
          value={next}
          onInput={setNext}
          error={problem?.fields.new_password}
        />
        <button type="submit" class="button primary" disabled={busy}>
          {w.changePassword}
        </button>
        <p role="status" class="quiet">
          {done && w.changed}
        </p>
      </form>
    </section>
  );
}

function DeleteAccount() {
  const w = useWords(WORDS);
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!password) {
      setProblem({ fields: { password: w.confirmWithPassword }, summary: w.nothingDeleted });
      focusField('delete_password');
      return;
    }
    setBusy(true);
    try {
      await journal.deleteAccount(password);
      await refreshAccount();
      navigate('/goodbye', true);
    } catch (error) {
      setProblem(formProblem(error));
      focusField('delete_password');
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{w.deleteTitle}</h2>
      {!asking ? (
        <button
          type="button"
          class="button quiet-button"
          onClick={() => {
            setAsking(true);
            requestAnimationFrame(() => document.getElementById('delete-confirm')?.focus());
          }}
        >
          {w.deleteAsk}
        </button>
      ) : (
        <form class="danger-zone member-form" onSubmit={submit} noValidate>
          <h3 id="delete-confirm" tabIndex={-1}>
            {w.sure}
          </h3>
          <p>{w.deletesForGood}</p>
          <ul>
            <li>{w.delAccount}</li>
            <li>{w.delAnswers}</li>
            <li>{w.delSessions}</li>
            <li>{w.delMessages}</li>
          </ul>
          <p>
            <strong>{w.cannotUndo}</strong> {w.keepCopy}
          </p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem.summary}
            </p>
          )}
          <Field
            name="delete_password"
            label={w.passwordToConfirm}
            type="password"
            autocomplete="current-password"
            value={password}
            onInput={setPassword}
            error={problem?.fields.password}
          />
          <div class="journal-actions">
            <button type="submit" class="button danger" disabled={busy}>
              {w.deleteForGood}
            </button>
            <button
              type="button"
              class="button quiet-button"
              onClick={() => {
                setAsking(false);
                setPassword('');
                setProblem(null);
              }}
            >
              {w.keepAccount}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Logs out and goes to the start page. */
function LogOut() {
  const w = useWords(WORDS);
  const [leaving, setLeaving] = useState(false);
  const leave = async () => {
    setLeaving(true);
    try {
      await logOut();
    } finally {
      navigate('/');
    }
  };
  return (
    <button type="button" class="button quiet-button" onClick={leave} disabled={leaving}>
      {w.logOut}
    </button>
  );
}

function Who() {
  const w = useWords(WORDS);
  const account = useAccount();
  if (!account) return null;
  return (
    <dl class="who">
      <dt>{w.name}</dt>
      <dd>
        {account.first_name} {account.last_name}
      </dd>
      <dt>{w.email}</dt>
      <dd>
        {account.email}
        {account.email_verified === false && <ConfirmEmail />}
      </dd>
    </dl>
  );
}

/** An email not confirmed yet: ask for a new link (the first one was lost or ran out). */
function ConfirmEmail() {
  const w = useWords(WORDS);
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      await sendJson('POST', '/api/v1/auth/email/verification');
      setSaid(w.linkSent);
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      setSaid(
        status === 409 ? w.linkAlreadyConfirmed : status === 429 ? w.linkTooMany : status === 503 ? w.linkMailOff : w.linkFailed,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <p class="confirm-email">
      {w.confirmEmail}{' '}
      <button type="button" class="link-button" onClick={send} disabled={busy}>
        {w.sendLinkAgain}
      </button>
      <span role="status"> {said}</span>
    </p>
  );
}

/** The optional phone number and safe time to call, changed here without signing up again. */
function CallMe() {
  const w = useWords(WORDS);
  const account = useAccount();
  const [contact, setContact] = useState<Contact>({ phone: account?.phone ?? '', call_time: account?.call_time ?? '' });
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'saved'>('idle');
  const save = async (e: Event) => {
    e.preventDefault();
    setState('busy');
    try {
      await memberApi.changeContact(contact);
      setProblem(null);
      await refreshAccount();
      setState('saved');
    } catch (error) {
      const found = formProblem(error);
      setProblem(found);
      focusField(found.fields.call_time && !found.fields.phone ? 'call_time' : 'phone');
      setState('idle');
    }
  };
  return (
    <section aria-labelledby="call-title">
      <h2 id="call-title">{w.phoneTitle}</h2>
      <form class="member-form" onSubmit={save} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem.summary}
          </p>
        )}
        <ContactFields
          contact={contact}
          onChange={(c) => {
            setContact(c);
            setState('idle');
          }}
          errors={problem?.fields ?? {}}
        />
        <button type="submit" class="button primary" disabled={state === 'busy'}>
          {w.savePhone}
        </button>
        <p role="status" class="quiet">
          {state === 'saved' && (contact.phone.trim() ? w.phoneSaved : w.phoneCleared)}
        </p>
      </form>
    </section>
  );
}

/**
 * How the last choice of language went: the screen is drawn again in the new language as soon as
 * it is chosen, so the outcome of storing it with the account is kept here, outside the screen.
 */
type LanguageOutcome = 'saved' | 'failed' | null;
let languageOutcome: LanguageOutcome = null;
const outcomeListeners = new Set<(o: LanguageOutcome) => void>();
function tellOutcome(o: LanguageOutcome) {
  languageOutcome = o;
  outcomeListeners.forEach((f) => f(o));
}

/** Language / Idioma: each choice in its own language, kept with the account (PUT /me/language). */
function LanguageChoice() {
  const w = useWords(WORDS);
  const now = useLanguage();
  const [outcome, setOutcome] = useState<LanguageOutcome>(languageOutcome);
  useEffect(() => {
    outcomeListeners.add(setOutcome);
    return () => {
      outcomeListeners.delete(setOutcome);
    };
  }, []);
  const choose = (l: Language) => {
    tellOutcome(null);
    chooseLanguage(l).then(
      () => tellOutcome('saved'),
      () => tellOutcome('failed'),
    );
  };
  const other = LANGUAGES.find((l) => l !== now) ?? 'en';
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">
        {w.languageTitle} / <span lang={other}>{WORDS[other].languageTitle}</span>
      </h2>
      <fieldset class="effort language-choice">
        <legend>{w.languageLead}</legend>
        {LANGUAGES.map((l) => (
          <label key={l} lang={l} class={l === now ? 'choice chosen' : 'choice'}>
            <input type="radio" name="language" checked={l === now} onChange={() => choose(l)} />
            {LANGUAGE_NAMES[l]}
          </label>
        ))}
      </fieldset>
      <p role="status" class={outcome === 'failed' ? 'failure' : 'quiet'}>
        {outcome === 'saved' && w.languageSaved}
        {outcome === 'failed' && w.languageFailed}
      </p>
    </section>
  );
}

export function Account() {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.title}>{w.title}</ScreenTitle>
      <Who />
      <LogOut />
      <LanguageChoice />
      <CallMe />
      <ExercisePreferences />
      <PracticeReminders />
      <Download />
      <ChangePassword />
      <DeleteAccount />
    </>
  );
}

/**
 * The first screen of an account an admin made: the person chooses their own password before
 * anything else (the server refuses everything else until then), then goes to their start page.
 */
export function FirstPassword() {
  const w = useWords(WORDS);
  const account = useAccount();
  return (
    <>
      <ScreenTitle title={w.chooseTitle}>{w.chooseHeading}</ScreenTitle>
      <p class="lead">{w.welcome(account ? account.first_name : '')}</p>
      <ChangePassword
        title={w.yourNewPassword}
        onChanged={async () => {
          const now = await refreshAccount();
          if (now) navigate(afterLogin(now.role, null), true);
        }}
      />
      <LogOut />
    </>
  );
}

/** A therapist's or admin's account: who is logged in, a new password, and logging out. */
export function StaffAccount() {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.title}>{w.title}</ScreenTitle>
      <Who />
      <LogOut />
      <TwoStep />
      <ChangePassword />
    </>
  );
}

export function Goodbye() {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.deletedTitle}>{w.deletedHeading}</ScreenTitle>
      <p class="lead">{w.deletedLead}</p>
      <p>
        <a href="/">{w.toStart}</a>
      </p>
    </>
  );
}
