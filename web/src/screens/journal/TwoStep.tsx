// Two-step login for staff: scan a QR code into an authenticator app, confirm with the first code,
// then keep the ten recovery codes shown once. When the clinic requires it, this is all a staff
// member can do until it is set up.
import { useEffect, useState } from 'preact/hooks';
import { getJson, sendJson } from '../../api';
import { refreshAccount, useAccount } from '../../session';
import { Field, focusField } from '../member/Field';
import { formProblem, type FormProblem } from '../member/formErrors';
import { QrCode } from './QrCode';

interface Status {
  enrolled: boolean;
  required: boolean;
  recovery_codes_left: number;
}

interface Started {
  secret: string;
  otpauth_uri: string;
}

/** The secret in groups of four, easier to type into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function TwoStep() {
  const account = useAccount();
  const [status, setStatus] = useState<Status | null>(null);
  const [started, setStarted] = useState<Started | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    getJson<Status>('/api/v1/me/second-factor')
      .then(setStatus)
      .catch(() => setStatus(null));
  }, [codes]);

  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      setStarted(await sendJson<Started>('POST', '/api/v1/me/second-factor'));
    } catch (error) {
      setProblem(formProblem(error, {}));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (e: Event) => {
    e.preventDefault();
    if (!code.trim()) {
      setProblem({ fields: { code: 'Please write the code.' }, summary: 'Please write the 6-digit code your app shows.' });
      focusField('code');
      return;
    }
    setBusy(true);
    try {
      const answer = await sendJson<{ recovery_codes: string[] }>('POST', '/api/v1/me/second-factor/confirm', { code: code.trim() });
      setCodes(answer.recovery_codes);
      setStarted(null);
      setProblem(null);
      await refreshAccount();
    } catch (error) {
      setProblem(formProblem(error, {}));
      focusField('code');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="two-step-title">
      <h2 id="two-step-title">Two-step login</h2>
      {account?.must_enrol_second_factor && (
        <p class="form-problem" role="alert">
          Your clinic asks every staff account to use two-step login. Set it up here first; then everything else opens.
        </p>
      )}
      {codes ? (
        <>
          <p>Two-step login is on. Keep these recovery codes somewhere safe, away from your phone. Each works once, if you lose the app. They are shown only now.</p>
          <ul class="recovery-codes" aria-label="Recovery codes">
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </>
      ) : status?.enrolled ? (
        <p>
          Two-step login is on: after your password, Motus asks for the code from your authenticator app. Recovery codes
          left: {status.recovery_codes_left}.
        </p>
      ) : started ? (
        <form class="member-form" onSubmit={confirm} noValidate>
          <p>Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator).</p>
          <QrCode text={started.otpauth_uri} label="QR code to add Motus to your authenticator app" />
          <p>
            Cannot scan? Type this key into the app: <code class="totp-secret">{grouped(started.secret)}</code>
          </p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem.summary}
            </p>
          )}
          <Field
            name="code"
            label="The 6-digit code your app shows"
            inputMode="numeric"
            autocomplete="one-time-code"
            value={code}
            onInput={setCode}
            error={problem?.fields.code}
          />
          <div class="journal-actions">
            <button type="submit" class="button primary" disabled={busy}>
              Turn on two-step login
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>
            Add a second step to logging in: a code from an app on your phone, so a stolen password alone cannot open
            members' records.
          </p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem.summary}
            </p>
          )}
          <button type="button" class="button primary" onClick={start} disabled={busy}>
            Set up two-step login
          </button>
        </>
      )}
    </section>
  );
}
