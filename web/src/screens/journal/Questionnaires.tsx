// Questionnaires about pain, everyday activities and mood, drawn from the server's definitions.
// One question at a time: on a phone that keeps each answer big and easy to tap. The result
// shows any safety guidance first, then the score and what it means.
import { useState } from 'preact/hooks';
import { journal, type Instrument, type InstrumentResult } from '../../api/journal';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { formatNumber, language, useWords, words } from '../../i18n';
import { answersToSend, maySkip, neededAnswers, phoneParts, wordsLanguage, type Chosen } from './questionnaire';

const WORDS = words({
  en: {
    yourScore: 'Your score:',
    careTeamTold: 'Your care team has been told, so they can help.',
    notDiagnosis: 'A questionnaire is not a diagnosis. It helps you and your care team see how things change.',
    seeProgress: 'See your progress',
    others: 'Other questionnaires',
    atLeast: (n: number) => `Please answer at least ${n} questions.`,
    notSaved: 'Your answers were not saved.',
    questionOf: (i: number, n: number) => `Question ${i} of ${n}`,
    whichActivity: 'Which activity is hard for you? (for example: walking to the shop)',
    saving: 'Saving…',
    seeScore: 'See my score',
    next: 'Next',
    back: 'Back',
    skip: 'Skip this question',
    questions: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
    title: 'Questionnaires',
    lead: 'Short sets of questions about your pain, what you can do and how you feel. Your answers help you and your care team see change over time.',
    notFound: 'We could not find that questionnaire.',
    seeAll: 'See them all',
  },
  es: {
    yourScore: 'Tu puntuación:',
    careTeamTold: 'Ya hemos avisado a tu equipo de atención, para que pueda ayudarte.',
    notDiagnosis: 'Un cuestionario no es un diagnóstico. Sirve para que tú y tu equipo de atención vean cómo cambian las cosas.',
    seeProgress: 'Ver tu progreso',
    others: 'Otros cuestionarios',
    atLeast: (n: number) => `Responde al menos ${n} preguntas, por favor.`,
    notSaved: 'No se guardaron tus respuestas.',
    questionOf: (i: number, n: number) => `Pregunta ${i} de ${n}`,
    whichActivity: '¿Qué actividad te cuesta? (por ejemplo: caminar hasta la tienda)',
    saving: 'Guardando…',
    seeScore: 'Ver mi puntuación',
    next: 'Siguiente',
    back: 'Atrás',
    skip: 'Saltar esta pregunta',
    questions: (n: number) => (n === 1 ? '1 pregunta' : `${n} preguntas`),
    title: 'Cuestionarios',
    lead: 'Grupos cortos de preguntas sobre tu dolor, lo que puedes hacer y cómo te sientes. Tus respuestas sirven para que tú y tu equipo de atención vean los cambios con el tiempo.',
    notFound: 'No encontramos ese cuestionario.',
    seeAll: 'Verlos todos',
  },
});

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
  const w = useWords(WORDS);
  return (
    <>
      {result.safety && <SafetyPanel safety={result.safety} />}
      <section class="score-card" aria-labelledby="score-title">
        <h2 id="score-title" tabIndex={-1}>
          {w.yourScore} {formatNumber(result.score)}
          {result.band ? ` (${result.band.label})` : ''}
        </h2>
        <p class="lead">{result.interpretation}</p>
        {result.care_team_told && !result.safety && <p>{w.careTeamTold}</p>}
        <p class="quiet">{w.notDiagnosis}</p>
      </section>
      <div class="journal-actions">
        <a class="button primary" href="/progress">
          {w.seeProgress}
        </a>
        <a class="button quiet-button" href="/questionnaires">
          {w.others}
        </a>
      </div>
    </>
  );
}

function Form({ instrument }: { instrument: Instrument }) {
  const w = useWords(WORDS);
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
      setProblem(w.atLeast(neededAnswers(instrument)));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setResult(await journal.answerInstrument(instrument.id, answers, clientId));
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.crisis h2, #score-title')?.focus());
    } catch (error) {
      setProblem(error instanceof Error ? `${w.notSaved} ${error.message}` : w.notSaved);
    } finally {
      setBusy(false);
    }
  };
  const answered = current !== undefined && current.value >= 0 && named;

  return (
    <form
      class="quiz"
      lang={wordsLanguage(instrument, language())}
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
        {w.questionOf(index + 1, instrument.items.length)}
      </p>
      <fieldset class="quiz-answers">
        <legend>
          <h2 id="question" tabIndex={-1}>
            {item.text}
          </h2>
        </legend>
        {item.named_by_person && (
          <div class="field">
            <label for="named">{w.whichActivity}</label>
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
          {last ? (busy ? w.saving : w.seeScore) : w.next}
        </button>
        <div class="secondary-row">
          {index > 0 && (
            <button type="button" class="button quiet-button" onClick={() => move(index - 1)}>
              {w.back}
            </button>
          )}
          {maySkip(instrument, index, chosen) && (
            <button type="button" class="button quiet-button" onClick={skip} disabled={busy}>
              {w.skip}
            </button>
          )}
        </div>
      </div>
      <p class="quiet">{instrument.licence}</p>
    </form>
  );
}

function List({ instruments }: { instruments: Instrument[] }) {
  const w = useWords(WORDS);
  return (
    <ul class="cards">
      {instruments.map((i) => (
        <li class="card" key={i.id}>
          <h2 class="card-title" lang={wordsLanguage(i, language())}>
            <a href={`/questionnaires/${encodeURIComponent(i.id)}`}>{i.title}</a>
          </h2>
          <p>{w.questions(i.items.length)}</p>
        </li>
      ))}
    </ul>
  );
}

export function Questionnaires({ id }: { id?: string }) {
  const w = useWords(WORDS);
  const load = useLoad(() => journal.instruments(), []);
  const chosen = load.state === 'ready' && id ? load.value.find((i) => i.id === id) : undefined;
  return (
    <>
      <ScreenTitle title={chosen ? chosen.title : w.title}>{chosen ? chosen.title : w.title}</ScreenTitle>
      {!id && <p class="lead">{w.lead}</p>}
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' && !id && <List instruments={load.value} />}
      {load.state === 'ready' && id && !chosen && (
        <p>
          {w.notFound} <a href="/questionnaires">{w.seeAll}</a>.
        </p>
      )}
      {chosen && <Form key={chosen.id} instrument={chosen} />}
    </>
  );
}
