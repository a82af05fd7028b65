// The intake as a step-by-step form: one topic per step, "Step 3 of 9", Back and Next. Answers
// live in sessionStorage, so going back or reloading the page keeps them; they are cleared
// once the server has the intake.
import { useEffect, useRef, useState } from 'preact/hooks';
import { memberApi } from '../../api/member';
import { ScreenTitle } from '../../components/Screen';
import { navigate } from '../../router';
import type { Account } from '../../session';
import { focusField } from './Field';
import { formProblem } from './formErrors';
import { buildIntake, EMPTY_ANSWERS, intakeRefusal, problemsOn, stepsFor, type Answers, type StepId } from './intake';
import { STEP_TITLES, StepBody } from './IntakeSteps';
import { rememberResult, rememberSentIntake } from './lastResult';

const STORE = 'motus.intake';

interface Saved {
  answers: Answers;
  step: StepId;
}

function load(): Saved {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as Saved | null;
    if (saved) return { answers: { ...EMPTY_ANSWERS, ...saved.answers }, step: saved.step };
  } catch {
    // A damaged copy: start again.
  }
  return { answers: EMPTY_ANSWERS, step: 'about' };
}

export function IntakeWizard({ account }: { account: Account }) {
  const [saved, setSavedState] = useState<Saved>(load);
  // Written at once rather than after the next paint, so a reload straight after a tap keeps it.
  const setSaved = (next: Saved) => {
    sessionStorage.setItem(STORE, JSON.stringify(next));
    setSavedState(next);
  };
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
    window.scrollTo(0, 0);
  };

  const send = async () => {
    setBusy(true);
    try {
      const intake = buildIntake(answers);
      const answer = await memberApi.sendIntake(intake);
      rememberSentIntake(account.id, intake);
      rememberResult(account.id, { assessment: answer.assessment, has_program: answer.program !== undefined, program: answer.program });
      sessionStorage.removeItem(STORE);
      navigate('/result');
    } catch (error) {
      const refused = intakeRefusal(error);
      if (refused?.step && refused.step !== step) go(refused.step);
      if (refused) {
        setErrors({ [refused.field]: refused.message });
        focusField(refused.field);
      }
      setSummary(refused ? `Please check this answer: ${refused.message}.` : formProblem(error).summary);
    } finally {
      setBusy(false);
    }
  };

  const next = (e: Event) => {
    e.preventDefault();
    const problems = problemsOn(step, answers);
    if (Object.keys(problems).length) {
      setErrors(problems);
      setSummary('Please answer the marked question before going on.');
      focusField(Object.keys(problems)[0]);
      return;
    }
    if (last) send();
    else go(steps[index + 1]);
  };

  return (
    <>
      <ScreenTitle title="Questions about your pain">Questions about your pain</ScreenTitle>
      <div class="wizard-progress">
        <p class="step-count">
          Step {index + 1} of {steps.length}
        </p>
        <div class="progress-track" aria-hidden="true">
          <div class="progress-fill" style={{ width: `${((index + 1) / steps.length) * 100}%` }} />
        </div>
      </div>
      <form class="wizard" onSubmit={next} noValidate aria-labelledby="step-title">
        <h2 id="step-title" tabIndex={-1} ref={heading}>
          {STEP_TITLES[step]}
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
              Back
            </button>
          )}
          <button type="submit" class="button primary" disabled={busy}>
            {last ? (busy ? 'Sending…' : 'Send my answers') : 'Next'}
          </button>
        </div>
      </form>
      <p class="quiet">Your answers stay in this browser tab until you send them. Motus is education and exercise, not medical advice.</p>
    </>
  );
}
