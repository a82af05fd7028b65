// Questionnaires about pain, everyday activities and mood, drawn from the server's definitions.
// One question at a time: on a phone that keeps each answer big and easy to tap. The result
// shows any safety guidance first, then the score and what it means.
import { useState } from 'preact/hooks';
import { journal, type Instrument, type InstrumentResult } from '../../api/journal';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { answersToSend, maySkip, neededAnswers, phoneParts, type Chosen } from './questionnaire';

const newClientId = () =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export function SafetyPanel({ safety }: { safety: NonNullable<InstrumentResult['safety']> }) {
  return (
    <section class="safety crisis" role="alert" aria-labelledby="crisis-title">
      <h2 id="crisis-title" tabIndex={-1}>{safety.title}</h2>
      <ul>
        {safety.steps.map((step) => (
          <li key={step}>
            {phoneParts(step).map((part, i) =>
              'phone' in part ? (
                <a key={i} class="phone" href={`tel:${part.phone}`}>
                  {part.text}
                </a>
              ) : (
                part.text
              ),
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Result({ result }: { result: InstrumentResult }) {
  return (
    <>
      {result.safety && <SafetyPanel safety={result.safety} />}
      <section class="score-card" aria-labelledby="score-title">
        <h2 id="score-title" tabIndex={-1}>
          Your score: {result.score}
          {result.band ? ` (${result.band.label})` : ''}
        </h2>
        <p class="lead">{result.interpretation}</p>
        {result.care_team_told && !result.safety && <p>Your care team has been told, so they can help.</p>}
        <p class="quiet">A questionnaire is not a diagnosis. It helps you and your care team see how things change.</p>
      </section>
      <div class="journal-actions">
        <a class="button primary" href="/progress">
          See your progress
        </a>
        <a class="button quiet-button" href="/questionnaires">
          Other questionnaires
        </a>
      </div>
    </>
  );
}

function Form({ instrument }: { instrument: Instrument }) {
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<Record<string, Chosen>>({});
  const [clientId] = useState(newClientId);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<InstrumentResult | null>(null);
  const item = instrument.items[index];
  const last = index === instrument.items.length - 1;
  const current = chosen[item.id];
  const named = !item.named_by_person || Boolean(current?.named?.trim());

  if (result) return <Result result={result} />;

  const focusQuestion = () => requestAnimationFrame(() => document.getElementById('question')?.focus());
  const move = (to: number) => {
    setIndex(to);
    setProblem(null);
    focusQuestion();
  };
  const choose = (next: Partial<Chosen>) =>
    setChosen((all) => ({ ...all, [item.id]: Object.assign({ value: -1 }, all[item.id], next) }));
  const skip = () => {
    const { [item.id]: _left, ...rest } = chosen;
    setChosen(rest);
    if (last) void submit(rest);
    else move(index + 1);
  };
  const submit = async (given = chosen) => {
    const answers = answersToSend(instrument, given);
    if (answers.length < neededAnswers(instrument)) {
      setProblem(`Please answer at least ${neededAnswers(instrument)} questions.`);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setResult(await journal.answerInstrument(instrument.id, answers, clientId));
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.crisis h2, #score-title')?.focus());
    } catch (error) {
      setProblem(error instanceof Error ? `Your answers were not saved. ${error.message}` : 'Your answers were not saved.');
    } finally {
      setBusy(false);
    }
  };
  const answered = current !== undefined && current.value >= 0 && named;

  return (
    <form
      class="quiz"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!answered) return;
        if (last) void submit();
        else move(index + 1);
      }}
    >
      <p class="quiet">{instrument.instructions}</p>
      <p class="quiz-count">
        Question {index + 1} of {instrument.items.length}
      </p>
      <fieldset class="quiz-answers">
        <legend>
          <h2 id="question" tabIndex={-1}>
            {item.text}
          </h2>
        </legend>
        {item.named_by_person && (
          <div class="field">
            <label for="named">Which activity is hard for you? (for example: walking to the shop)</label>
            <input id="named" type="text" value={current?.named ?? ''} onInput={(e) => choose({ named: (e.target as HTMLInputElement).value })} />
          </div>
        )}
        {item.answers.map((a) => (
          <label key={a.value} class={current?.value === a.value ? 'quiz-answer chosen' : 'quiz-answer'}>
            <input type="radio" name={item.id} checked={current?.value === a.value} onChange={() => choose({ value: a.value })} />
            {a.label}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="primary-bar">
        <button type="submit" class="button primary big" disabled={!answered || busy}>
          {last ? (busy ? 'Saving…' : 'See my score') : 'Next'}
        </button>
        <div class="secondary-row">
          {index > 0 && (
            <button type="button" class="button quiet-button" onClick={() => move(index - 1)}>
              Back
            </button>
          )}
          {maySkip(instrument, index, chosen) && (
            <button type="button" class="button quiet-button" onClick={skip} disabled={busy}>
              Skip this question
            </button>
          )}
        </div>
      </div>
      <p class="quiet">{instrument.licence}</p>
    </form>
  );
}

function List({ instruments }: { instruments: Instrument[] }) {
  return (
    <ul class="cards">
      {instruments.map((i) => (
        <li class="card" key={i.id}>
          <h2 class="card-title">
            <a href={`/questionnaires/${encodeURIComponent(i.id)}`}>{i.title}</a>
          </h2>
          <p>{i.items.length === 1 ? '1 question' : `${i.items.length} questions`}</p>
        </li>
      ))}
    </ul>
  );
}

export function Questionnaires({ id }: { id?: string }) {
  const load = useLoad(() => journal.instruments(), []);
  const chosen = load.state === 'ready' && id ? load.value.find((i) => i.id === id) : undefined;
  return (
    <>
      <ScreenTitle title={chosen ? chosen.title : 'Questionnaires'}>{chosen ? chosen.title : 'Questionnaires'}</ScreenTitle>
      {!id && <p class="lead">Short sets of questions about your pain, what you can do and how you feel. Your answers help you and your care team see change over time.</p>}
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' && !id && <List instruments={load.value} />}
      {load.state === 'ready' && id && !chosen && (
        <p>
          We could not find that questionnaire. <a href="/questionnaires">See them all</a>.
        </p>
      )}
      {chosen && <Form key={chosen.id} instrument={chosen} />}
    </>
  );
}
