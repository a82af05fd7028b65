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

const IDENTITY_ORDER = ['first_name', 'last_name', 'date_of_birth', 'email', 'enrollment_code'] as const;

const NOT_FOUND =
  "We could not find you on your employer's or plan's list. Check the spelling and date of birth, or ask your benefits team.";

// Checks and sign-ups count together per network (the server's roster check limit); the wait
// itself comes from the answer's Retry-After.
const TOO_MANY = 'There have been a lot of tries from your network, so we have paused checking for a little while.';

// One account per person on a roster: the check and the sign-up both answer 409 when this person
// already has theirs.
const ALREADY_ENROLLED = 'You already have a Motus account. Please log in with the email you signed up with.';

const EMPTY: Identity = { first_name: '', last_name: '', date_of_birth: '', email: '', enrollment_code: '' };

function missingIdentity(who: Identity): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!who.first_name.trim()) missing.first_name = 'Please write your first name.';
  if (!who.last_name.trim()) missing.last_name = 'Please write your last name.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(who.date_of_birth.trim()))
    missing.date_of_birth = 'Write it as year-month-day, like 1985-04-23.';
  if (!who.email.includes('@')) missing.email = 'Write your email, like name@example.com.';
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
    if (Object.keys(missing).length) return fail({ fields: missing, summary: 'Please fix the marked boxes.' }, IDENTITY_ORDER);
    setBusy(true);
    try {
      const answer = await memberApi.checkEligibility(trimmed(who));
      setProblem(null);
      setOrganization(answer.organization);
      focusField('password');
    } catch (error) {
      fail(formProblem(error, { 403: NOT_FOUND, 409: ALREADY_ENROLLED, 429: TOO_MANY }), IDENTITY_ORDER);
    } finally {
      setBusy(false);
    }
  };

  const create = async (e: Event) => {
    e.preventDefault();
    if (password.length < 12)
      return fail({ fields: { password: 'Your password needs at least 12 characters.' }, summary: 'Please choose a longer password.' }, ['password']);
    setBusy(true);
    try {
      await memberApi.signUp(trimmed(who), password, contact);
      await refreshAccount();
      navigate('/start', true);
    } catch (error) {
      // The server's 409 for a person who already joined starts "You already have" (src/api/shared/account_fields.cpp).
      const enrolled = error instanceof ApiError && error.status === 409 && error.detail.startsWith('You already have');
      const found = formProblem(error, {
        403: NOT_FOUND,
        409: enrolled ? ALREADY_ENROLLED : 'There is already an account with this email.',
        429: TOO_MANY,
      });
      fail(found, ['password', 'phone', 'call_time', ...IDENTITY_ORDER]);
    } finally {
      setBusy(false);
    }
  };

  if (organization) {
    return (
      <>
        <ScreenTitle title="Choose a password">Good news: you are covered</ScreenTitle>
        <p class="lead">
          Motus is offered to you by <strong>{organization}</strong>. Now choose a password for your account.
        </p>
        <form class="member-form" onSubmit={create} noValidate>
          <ErrorSummary problem={problem} />
          {(problem?.summary.startsWith('There is already') || problem?.summary === ALREADY_ENROLLED) && (
            <p>
              <a href="/login">Log in instead</a>
            </p>
          )}
          <Field
            name="password"
            label="Choose a password"
            type="password"
            autocomplete="new-password"
            value={password}
            onInput={setPassword}
            error={problem?.fields.password}
            hint="At least 12 characters. A few words strung together work well, like “blue kettle sings at noon”. Do not use your email."
          />
          <ContactFields contact={contact} onChange={setContact} errors={problem?.fields ?? {}} />
          <div class="primary-bar">
            <button type="submit" class="button primary big" disabled={busy}>
              {busy ? 'Creating your account…' : 'Create my account'}
            </button>
          </div>
        </form>
        <p>
          <button type="button" class="link-button" onClick={() => setOrganization(null)}>
            Go back and change my details
          </button>
        </p>
      </>
    );
  }

  return (
    <>
      <ScreenTitle title="Sign up">Sign up</ScreenTitle>
      <p class="lead">
        Motus is free for you when your employer or health plan offers it. First we check that you are on their list.
        Write your details exactly as they have them.
      </p>
      <form class="member-form" onSubmit={check} noValidate>
        <ErrorSummary problem={problem} />
        <Field name="first_name" label="First name" autocomplete="given-name" value={who.first_name} onInput={set('first_name')} error={problem?.fields.first_name} />
        <Field name="last_name" label="Last name" autocomplete="family-name" value={who.last_name} onInput={set('last_name')} error={problem?.fields.last_name} />
        <Field
          name="date_of_birth"
          label="Date of birth"
          hint="Year-month-day, like 1985-04-23."
          autocomplete="bday"
          value={who.date_of_birth}
          onInput={set('date_of_birth')}
          error={problem?.fields.date_of_birth}
        />
        <Field name="email" label="Email" type="email" autocomplete="email" value={who.email} onInput={set('email')} error={problem?.fields.email} />
        <Field
          name="enrollment_code"
          label="Enrollment code (if you have one)"
          hint="Your employer or health plan may have given you a code."
          value={who.enrollment_code}
          onInput={set('enrollment_code')}
          error={problem?.fields.enrollment_code}
        />
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? 'Checking…' : 'Check if I am covered'}
          </button>
        </div>
      </form>
      <p>
        Already have an account? <a href="/login">Log in</a>.
      </p>
    </>
  );
}
