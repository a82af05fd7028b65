// The daily check-in: pain 0–10 on a big slider, flare-up yes or no, a note. A flare-up asks the
// warning-sign questions (they matter most in a flare), as the server words them; the server
// judges the answers, and a warning sign comes back first, before the usual "saved" words.
import { useState } from 'preact/hooks';
import { journal, type CheckinAnswer, type FlareQuestion } from '../../api/journal';
import { PainRule } from '../../components/PainRule';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad, type Load } from '../../useLoad';
import { ChooseOne, YesNoQuestion } from '../member/Choices';
import type { YesNo } from '../member/intake';
import { FlareAdvice } from './FlareAdvice';
import {
  asksLegSide,
  checkinWords,
  firstUnanswered,
  flareCheckBody,
  groupQuestions,
  legSideQuestion,
  legSides,
  NO_ANSWERS,
  type FlareAnswers,
  type LegSide,
} from './flareCheck';
import { PainScale } from '../../components/PainScale';
import { painRefusal, type PainChoice } from '../../components/painScale';

const LONGEST_NOTE = 2000;
const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const fieldId = (field: string) => `field-flare_check.${field}`;

function Saved({ answer }: { answer: CheckinAnswer }) {
  return (
    <>
      {answer.flare_check && <FlareAdvice screen={answer.flare_check} paused={answer.paused === true} />}
      <section class="checkin-saved" aria-labelledby="saved-title">
        <div role="status">
          <h2 id="saved-title">
            Saved: pain {answer.pain} of 10 ({answer.pain_words}){answer.flare ? ', a flare-up' : ''}.
          </h2>
        </div>
        <p class="lead">{checkinWords(answer)}</p>
        <div class="primary-bar">
          <a class="button primary big" href="/progress">
            See your progress
          </a>
        </div>
      </section>
    </>
  );
}

interface QuestionsProps {
  questions: FlareQuestion[];
  answers: FlareAnswers;
  onChange: (next: FlareAnswers) => void;
  showMissing: boolean;
}

function FlareQuestions({ questions, answers, onChange, showMissing }: QuestionsProps) {
  const missing = (v: string) => (showMissing && !v ? 'Please answer yes or no.' : undefined);
  const answer = (field: string, v: YesNo) => onChange({ ...answers, yesNo: { ...answers.yesNo, [field]: v } });
  const question = (field: string, text: string) => (
    <YesNoQuestion
      key={field}
      name={`flare_check.${field}`}
      legend={text}
      value={answers.yesNo[field] ?? ''}
      onChange={(v) => answer(field, v)}
      error={missing(answers.yesNo[field] ?? '')}
    />
  );
  const { legs, flags } = groupQuestions(questions);
  const side = legSideQuestion(questions);
  return (
    <section class="flare-questions" aria-labelledby="flare-questions-title">
      <h2 id="flare-questions-title">A few safety questions</h2>
      <p>
        Flare-ups are common and usually settle. These questions look for the rare signs that need a doctor. Please
        answer each one about how you are now. Most people answer no to all of them. You can read more about{' '}
        <a href="/articles/warning-signs">the warning signs</a>.
      </p>
      {legs.map((q) => question(q.field, q.question))}
      {side && asksLegSide(questions, answers) && (
        <ChooseOne
          name={`flare_check.${side.field}`}
          legend="Which leg?"
          choices={legSides(side).map((id) => ({ id, text: capitalized(id) }))}
          value={answers.side}
          onChange={(v) => onChange({ ...answers, side: v as LegSide })}
          error={showMissing && !answers.side ? 'Please choose a leg.' : undefined}
        />
      )}
      <h3>Since this flare-up began, is any of these true for you?</h3>
      {flags.map((q) => question(q.field, q.question))}
    </section>
  );
}

/** `/check-in?flare=yes&pain=7`: a session whose pain rose sends the member here with the flare questions open. */
function fromSession(): { flare: boolean | null; pain: PainChoice } {
  const query = new URLSearchParams(window.location.search);
  const pain = Number(query.get('pain'));
  return {
    flare: query.get('flare') === 'yes' ? true : null,
    pain: query.has('pain') && Number.isInteger(pain) && pain >= 0 && pain <= 10 ? (pain as PainChoice) : null,
  };
}

/** The questions once the server has sent them; a check-in with a flare waits for them. */
function FlareSection({ load, ...props }: Omit<QuestionsProps, 'questions'> & { load: Load<FlareQuestion[]> }) {
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <Failure error={load.error} />;
  return <FlareQuestions questions={load.value} {...props} />;
}

export function CheckIn() {
  const questions = useLoad(journal.flareQuestions, []);
  const [start] = useState(fromSession);
  const [pain, setPain] = useState<PainChoice>(start.pain);
  const [painError, setPainError] = useState<string | null>(null);
  const [flare, setFlare] = useState<boolean | null>(start.flare);
  const [flareAnswers, setFlareAnswers] = useState<FlareAnswers>(NO_ANSWERS);
  const [showMissing, setShowMissing] = useState(false);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [answer, setAnswer] = useState<CheckinAnswer | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (pain === null) {
      setPainError(painRefusal(pain));
      setProblem(painRefusal(pain));
      document.getElementById('checkin-pain')?.focus();
      return;
    }
    if (flare === null) {
      setProblem('Please say whether today is a flare-up.');
      document.getElementById('flare-no')?.focus();
      return;
    }
    if (flare && questions.state !== 'ready') {
      setProblem('The safety questions have not loaded yet. Please wait a moment, or reload the page, and try again.');
      return;
    }
    const asked = questions.state === 'ready' ? questions.value : [];
    const open = flare ? firstUnanswered(asked, flareAnswers) : null;
    if (open) {
      setShowMissing(true);
      setProblem('Please answer each safety question. They matter most during a flare-up.');
      document.getElementById(fieldId(open))?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setAnswer(await journal.checkIn(pain, flare, notes, flare ? flareCheckBody(asked, flareAnswers, pain) : undefined));
    } catch (error) {
      setProblem(error instanceof Error ? `Your check-in was not saved. ${error.message}` : 'Your check-in was not saved.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ScreenTitle title="Check in">How is your back today?</ScreenTitle>
      {answer ? (
        <Saved answer={answer} />
      ) : (
        <form class="checkin" onSubmit={submit} noValidate>
          <p>A quick check-in helps you and your care team see how things change.</p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem}
            </p>
          )}
          <PainScale
            id="checkin-pain"
            label="Your pain right now"
            value={pain}
            onChange={(n) => {
              setPain(n);
              setPainError(null);
            }}
            error={painError}
          />
          <PainRule lead="How to judge your pain:" />
          <fieldset class="effort">
            <legend>Is today a flare-up (much worse than usual)?</legend>
            <label class={flare === false ? 'choice chosen' : 'choice'}>
              <input id="flare-no" type="radio" name="flare" checked={flare === false} onChange={() => setFlare(false)} />
              No
            </label>
            <label class={flare === true ? 'choice chosen' : 'choice'}>
              <input type="radio" name="flare" checked={flare === true} onChange={() => setFlare(true)} />
              Yes
            </label>
          </fieldset>
          {flare && <FlareSection load={questions} answers={flareAnswers} onChange={setFlareAnswers} showMissing={showMissing} />}
          <div class="field">
            <label for="checkin-notes">Anything else to note? (optional)</label>
            <textarea
              id="checkin-notes"
              rows={3}
              maxLength={LONGEST_NOTE}
              value={notes}
              onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)}
            />
          </div>
          <div class="primary-bar">
            <button type="submit" class="button primary big" disabled={busy}>
              {busy ? 'Saving…' : 'Save my check-in'}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
