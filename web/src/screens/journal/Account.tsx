// The member's account: who they are, their record to take away (FHIR JSON download and the
// printable report), a new password, logging out, and deleting the account for good. Staff get
// their own short account screen here too: a new password and logging out.
import { useState } from 'preact/hooks';
import { journal } from '../../api/journal';
import { memberApi, type Contact } from '../../api/member';
import { ScreenTitle } from '../../components/Screen';
import { navigate } from '../../router';
import { logOut, refreshAccount, useAccount } from '../../session';
import { ContactFields } from '../member/ContactFields';
import { ExercisePreferences } from './ExercisePreferences';
import { PracticeReminders } from './PracticeReminders';
import { Field, focusField } from '../member/Field';
import { formProblem, type FormProblem } from '../member/formErrors';
import { afterLogin } from '../member/home';
import { TwoStep } from './TwoStep';

function Download() {
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
      <h2 id="record-title">Your record</h2>
      <p>
        Take your record to a doctor, a physio or another app. The download is a FHIR file, a standard format health
        systems can read.
      </p>
      <div class="journal-actions">
        <button type="button" class="button primary" onClick={download} disabled={state === 'busy'}>
          Download my data
        </button>
        <a class="button quiet-button" href={journal.reportUrl} target="_blank" rel="noopener">
          Printable report (opens in a new tab)
        </a>
      </div>
      <p role="status" class={state === 'failed' ? 'failure' : 'quiet'}>
        {state === 'done' && 'Your record was downloaded.'}
        {state === 'failed' && 'Sorry, the download did not work. Please try again.'}
      </p>
    </section>
  );
}

export function ChangePassword({ onChanged, title = 'Change your password' }: { onChanged?: () => void; title?: string } = {}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    const fields: Record<string, string> = {};
    if (!current) fields.current_password = 'Please write your current password.';
    if (next.length < 12) fields.new_password = 'Your new password needs at least 12 characters.';
    if (Object.keys(fields).length) {
      setProblem({ fields, summary: 'Please check the boxes below.' });
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
      <h2 id="password-title">{title}</h2>
      <form class="member-form" onSubmit={submit} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem.summary}
          </p>
        )}
        <Field
          name="current_password"
          label="Current password"
          type="password"
          autocomplete="current-password"
          value={current}
          onInput={setCurrent}
          error={problem?.fields.current_password}
        />
        <Field
          name="new_password"
          label="New password"
          hint="At least 12 characters. A few words you can remember work well."
          type="password"
          autocomplete="new-password"
          value={next}
          onInput={setNext}
          error={problem?.fields.new_password}
        />
        <button type="submit" class="button primary" disabled={busy}>
          Change password
        </button>
        <p role="status" class="quiet">
          {done && 'Your password is changed. You stay logged in here; any other device is logged out.'}
        </p>
      </form>
    </section>
  );
}

function DeleteAccount() {
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!password) {
      setProblem({ fields: { password: 'Please write your password to confirm.' }, summary: 'Nothing was deleted.' });
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
      <h2 id="delete-title">Delete your account</h2>
      {!asking ? (
        <button
          type="button"
          class="button quiet-button"
          onClick={() => {
            setAsking(true);
            requestAnimationFrame(() => document.getElementById('delete-confirm')?.focus());
          }}
        >
          Delete my account…
        </button>
      ) : (
        <form class="danger-zone member-form" onSubmit={submit} noValidate>
          <h3 id="delete-confirm" tabIndex={-1}>
            Are you sure?
          </h3>
          <p>This deletes, for good:</p>
          <ul>
            <li>your account and your login</li>
            <li>your answers about your pain and your program</li>
            <li>your sessions, check-ins and questionnaires</li>
            <li>your messages with your care team</li>
          </ul>
          <p>
            <strong>This cannot be undone.</strong> If you want to keep a copy, download your data first. A record that
            the account was deleted is kept, as the law asks, without your health details.
          </p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem.summary}
            </p>
          )}
          <Field
            name="delete_password"
            label="Your password, to confirm it is you"
            type="password"
            autocomplete="current-password"
            value={password}
            onInput={setPassword}
            error={problem?.fields.password}
          />
          <div class="journal-actions">
            <button type="submit" class="button danger" disabled={busy}>
              Delete my account for good
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
              Keep my account
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Logs out and goes to the start page. */
function LogOut() {
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
      Log out
    </button>
  );
}

function Who() {
  const account = useAccount();
  if (!account) return null;
  return (
    <dl class="who">
      <dt>Name</dt>
      <dd>
        {account.first_name} {account.last_name}
      </dd>
      <dt>Email</dt>
      <dd>{account.email}</dd>
    </dl>
  );
}

/** The optional phone number and safe time to call, changed here without signing up again. */
function CallMe() {
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
      <h2 id="call-title">Your phone number</h2>
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
          Save phone details
        </button>
        <p role="status" class="quiet">
          {state === 'saved' && (contact.phone.trim() ? 'Saved. Your care team can call you on this number.' : 'Saved. Your care team has no phone number for you.')}
        </p>
      </form>
    </section>
  );
}

export function Account() {
  return (
    <>
      <ScreenTitle title="Your account">Your account</ScreenTitle>
      <Who />
      <LogOut />
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
  const account = useAccount();
  return (
    <>
      <ScreenTitle title="Choose your password">Choose your own password</ScreenTitle>
      <p class="lead">
        Welcome to Motus{account ? `, ${account.first_name}` : ''}. Your account was made for you with a first password. Please
        choose your own now: only you should know it.
      </p>
      <ChangePassword
        title="Your new password"
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
  return (
    <>
      <ScreenTitle title="Your account">Your account</ScreenTitle>
      <Who />
      <LogOut />
      <TwoStep />
      <ChangePassword />
    </>
  );
}

export function Goodbye() {
  return (
    <>
      <ScreenTitle title="Account deleted">Your account is deleted</ScreenTitle>
      <p class="lead">Your account and your health records are gone from Motus. Thank you for moving with us, and take care.</p>
      <p>
        <a href="/">Go to the start</a>
      </p>
    </>
  );
}
