// The intake as a step-by-step form: one topic per step, "Step 3 of 9", Back and Next. Answers
// are kept on this device (localStorage, per account) as they are typed, and with the account on
// the server at each step (PUT /me/intake/draft), so a reload, a closed tab or another device
// resumes where the member left off; both copies go once the server has the intake. An
// emergency warning sign sends the intake at once, skipping the comfort questions after it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { memberApi } from '../../api/member';
import { ScreenTitle } from '../../components/Screen';
import { navigate } from '../../router';
import type { Account } from '../../session';
import { focusField } from './Field';
import { formProblem } from './formErrors';
import { buildIntake, emergencyAnswered, EMPTY_ANSWERS, intakeRefusal, problemsOn, stepsFor, type Answers, type StepId } from './intake';
import { stepTitle, StepBody } from './IntakeSteps';
import { rememberResult, rememberSentIntake } from './lastResult';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    title: 'Questions about your pain',
    stepOf: (n: number, of: number) => `Step ${n} of ${of}`,
    welcomeBack: 'Welcome back. We kept your answers, so you can go on from where you left off.',
    checkAnswer: (message: string) => `Please check this answer: ${message}.`,
    answerMarked: 'Please answer the marked question before going on.',
    back: 'Back',
    sending: 'Sending…',
    send: 'Send my answers',
    next: 'Next',
    kept:
      'Your answers are kept on this device and with your account until you send them, so you can stop and come back. Motus is education and exercise, not medical advice.',
  },
  es: {
    title: 'Preguntas sobre tu dolor',
    stepOf: (n: number, of: number) => `Paso ${n} de ${of}`,
    welcomeBack: 'Hola de nuevo. Hemos guardado tus respuestas, así que puedes seguir donde lo dejaste.',
    checkAnswer: (message: string) => `Revisa esta respuesta, por favor: ${message}.`,
    answerMarked: 'Responde a la pregunta marcada antes de seguir, por favor.',
    back: 'Atrás',
    sending: 'Enviando…',
    send: 'Enviar mis respuestas',
    next: 'Siguiente',
    kept:
      'Tus respuestas se guardan en este dispositivo y con tu cuenta hasta que las envíes, así que puedes parar y volver más tarde. Motus es educación y ejercicio, no consejo médico.',
  },
});

const store = (accountId: string) => `motus.intake.${accountId}`;

interface Saved {
  answers: Answers;
  step: StepId;
}

function load(accountId: string): Saved | null {
  try {
    const saved = JSON.parse(localStorage.getItem(store(accountId)) ?? 'null') as Saved | null;
    if (saved) return { answers: { ...EMPTY_ANSWERS, ...saved.answers }, step: saved.step };
  } catch {
    // A damaged copy: start again.
  }
  return null;
}

function keep(accountId: string, saved: Saved) {
  try {
    localStorage.setItem(store(accountId), JSON.stringify(saved));
  } catch {
    // Storage full or blocked: the server's copy still keeps the steps done.
  }
}

export function IntakeWizard({ account }: { account: Account }) {
  const w = useWords(WORDS);
  const [saved, setSavedState] = useState<Saved>(() => load(account.id) ?? { answers: EMPTY_ANSWERS, step: 'about' });
  // Written at once rather than after the next paint, so a reload straight after a tap keeps it.
  const setSaved = (next: Saved) => {
    keep(account.id, next);
    setSavedState(next);
  };
  const [resumed, setResumed] = useState(false);
  // Nothing on this device: the draft kept with the account (another device's) takes up from there.
  useEffect(() => {
    if (load(account.id)) return;
    memberApi
      .intakeDraft()
      .then((r) => {
        if (!r.draft || load(account.id)) return;
        setSaved({ answers: { ...EMPTY_ANSWERS, ...(r.draft.answers as Partial<Answers>) }, step: r.draft.step as StepId });
        setResumed(true);
      })
      .catch(() => {
        // Offline or refused: start here; the answers are kept on this device as they come.
      });
  }, [account.id]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const { answers } = saved;
  const steps = stepsFor(answers);
  const step = steps.includes(saved.step) ? saved.step : steps[0];
  const index = steps.indexOf(step);
  const last = index === steps.length - 1;

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [step]);

  const set = (change: Partial<Answers>) => setSaved({ ...saved, answers: { ...answers, ...change } });
  const go = (to: StepId) => {
    moved.current = true;
    setErrors({});
    setSummary(null);
    setSaved({ answers, step: to });
    // The server's copy follows at each step; a failure is no matter, this device keeps them.
    memberApi.saveIntakeDraft(answers, to).catch(() => undefined);
    window.scrollTo(0, 0);
  };

  const send = async () => {
    setBusy(true);
    try {
      const intake = buildIntake(answers);
      const answer = await memberApi.sendIntake(intake);
      rememberSentIntake(account.id, intake);
      rememberResult(account.id, { assessment: answer.assessment, has_program: answer.program !== undefined, program: answer.program });
      localStorage.removeItem(store(account.id));
      navigate('/result');
    } catch (error) {
      const refused = intakeRefusal(error);
      if (refused?.step && refused.step !== step) go(refused.step);
      if (refused) {
        setErrors({ [refused.field]: refused.message });
        focusField(refused.field);
      }
      setSummary(refused ? w.checkAnswer(refused.message) : formProblem(error).summary);
    } finally {
      setBusy(false);
    }
  };

  const next = (e: Event) => {
    e.preventDefault();
    const problems = problemsOn(step, answers);
    if (Object.keys(problems).length) {
      setErrors(problems);
      setSummary(w.answerMarked);
      focusField(Object.keys(problems)[0]);
      return;
    }
    // An emergency sign: the comfort questions after it cannot change what to do now.
    if (last || (step === 'warning' && emergencyAnswered(answers))) send();
    else go(steps[index + 1]);
  };

  return (
    <>
      <ScreenTitle title={w.title}>{w.title}</ScreenTitle>
      <div class="wizard-progress">
        <p class="step-count">
          {w.stepOf(index + 1, steps.length)}
        </p>
        <div class="progress-track" aria-hidden="true">
          <div class="progress-fill" style={{ width: `${((index + 1) / steps.length) * 100}%` }} />
        </div>
      </div>
      {resumed && (
        <p class="notice" role="status">
          {w.welcomeBack}
        </p>
      )}
      <form class="wizard" onSubmit={next} noValidate aria-labelledby="step-title">
        <h2 id="step-title" tabIndex={-1} ref={heading}>
          {stepTitle(step)}
        </h2>
        {summary && (
          <p class="form-problem" role="alert">
            {summary}
          </p>
        )}
        <StepBody step={step} a={answers} set={set} errors={errors} />
        <div class="wizard-buttons">
          {index > 0 && (
            <button type="button" class="button quiet-button" onClick={() => go(steps[index - 1])}>
              {w.back}
            </button>
          )}
          <button type="submit" class="button primary" disabled={busy}>
            {last ? (busy ? w.sending : w.send) : w.next}
          </button>
        </div>
      </form>
      <p class="quiet">{w.kept}</p>
    </>
  );
}
