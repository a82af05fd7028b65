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
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    title: 'Check in',
    heading: 'How is your back today?',
    saved: (pain: number, painWords: string, flare: boolean) => `Saved: pain ${pain} of 10 (${painWords})${flare ? ', a flare-up' : ''}.`,
    seeProgress: 'See your progress',
    answerYesNo: 'Please answer yes or no.',
    safetyTitle: 'A few safety questions',
    safetyLead1:
      'Flare-ups are common and usually settle. These questions look for the rare signs that need a doctor. Please answer each one about how you are now. Most people answer no to all of them. You can read more about',
    safetyLink: 'the warning signs',
    whichLeg: 'Which leg?',
    left: 'Left',
    right: 'Right',
    both: 'Both',
    chooseLeg: 'Please choose a leg.',
    sinceFlare: 'Since this flare-up began, is any of these true for you?',
    sayFlare: 'Please say whether today is a flare-up.',
    notLoaded: 'The safety questions have not loaded yet. Please wait a moment, or reload the page, and try again.',
    answerEach: 'Please answer each safety question. They matter most during a flare-up.',
    notSaved: 'Your check-in was not saved.',
    lead: 'A quick check-in helps you and your care team see how things change.',
    painNow: 'Your pain right now',
    judge: 'How to judge your pain:',
    flareQuestion: 'Is today a flare-up (much worse than usual)?',
    no: 'No',
    yes: 'Yes',
    notes: 'Anything else to note? (optional)',
    saving: 'Saving…',
    save: 'Save my check-in',
  },
  es: {
    title: 'Registro del día',
    heading: '¿Cómo está tu espalda hoy?',
    saved: (pain: number, painWords: string, flare: boolean) =>
      `Guardado: dolor ${pain} de 10 (${painWords})${flare ? ', con crisis de dolor' : ''}.`,
    seeProgress: 'Ver tu progreso',
    answerYesNo: 'Responde sí o no, por favor.',
    safetyTitle: 'Unas preguntas de seguridad',
    safetyLead1:
      'Las crisis de dolor son frecuentes y suelen calmarse. Estas preguntas buscan las señales raras que necesitan un médico. Responde cada una según cómo estás ahora. La mayoría de las personas responde que no a todas. Puedes leer más sobre',
    safetyLink: 'las señales de alarma',
    whichLeg: '¿Qué pierna?',
    left: 'Izquierda',
    right: 'Derecha',
    both: 'Las dos',
    chooseLeg: 'Elige una pierna, por favor.',
    sinceFlare: 'Desde que empezó esta crisis de dolor, ¿te pasa alguna de estas cosas?',
    sayFlare: 'Dinos, por favor, si hoy tienes una crisis de dolor.',
    notLoaded: 'Las preguntas de seguridad aún no se han cargado. Espera un momento, o vuelve a cargar la página, e inténtalo de nuevo.',
    answerEach: 'Responde cada pregunta de seguridad, por favor. Son lo más importante durante una crisis de dolor.',
    notSaved: 'No se ha guardado tu registro.',
    lead: 'Un registro rápido os ayuda a ti y a tu equipo de atención a ver cómo cambian las cosas.',
    painNow: 'Tu dolor ahora mismo',
    judge: 'Cómo valorar tu dolor:',
    flareQuestion: '¿Tienes hoy una crisis de dolor (mucho peor de lo normal)?',
    no: 'No',
    yes: 'Sí',
    notes: '¿Algo más que quieras anotar? (opcional)',
    saving: 'Guardando…',
    save: 'Guardar mi registro',
  },
});

const LONGEST_NOTE = 2000;
const fieldId = (field: string) => `field-flare_check.${field}`;

function Saved({ answer }: { answer: CheckinAnswer }) {
  const w = useWords(WORDS);
  return (
    <>
      {answer.flare_check && <FlareAdvice screen={answer.flare_check} paused={answer.paused === true} />}
      <section class="checkin-saved" aria-labelledby="saved-title">
        <div role="status">
          <h2 id="saved-title">
            {w.saved(answer.pain, answer.pain_words, answer.flare)}
          </h2>
        </div>
        <p class="lead">{checkinWords(answer)}</p>
        <div class="primary-bar">
          <a class="button primary big" href="/progress">
            {w.seeProgress}
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
  const w = useWords(WORDS);
  const sideWords: Record<string, string> = { left: w.left, right: w.right, both: w.both };
  const missing = (v: string) => (showMissing && !v ? w.answerYesNo : undefined);
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
      <h2 id="flare-questions-title">{w.safetyTitle}</h2>
      <p>
        {w.safetyLead1} <a href="/articles/warning-signs">{w.safetyLink}</a>.
      </p>
      {legs.map((q) => question(q.field, q.question))}
      {side && asksLegSide(questions, answers) && (
        <ChooseOne
          name={`flare_check.${side.field}`}
          legend={w.whichLeg}
          choices={legSides(side).map((id) => ({ id, text: sideWords[id] ?? id }))}
          value={answers.side}
          onChange={(v) => onChange({ ...answers, side: v as LegSide })}
          error={showMissing && !answers.side ? w.chooseLeg : undefined}
        />
      )}
      <h3>{w.sinceFlare}</h3>
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
  const w = useWords(WORDS);
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
      setProblem(w.sayFlare);
      document.getElementById('flare-no')?.focus();
      return;
    }
    if (flare && questions.state !== 'ready') {
      setProblem(w.notLoaded);
      return;
    }
    const asked = questions.state === 'ready' ? questions.value : [];
    const open = flare ? firstUnanswered(asked, flareAnswers) : null;
    if (open) {
      setShowMissing(true);
      setProblem(w.answerEach);
      document.getElementById(fieldId(open))?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setAnswer(await journal.checkIn(pain, flare, notes, flare ? flareCheckBody(asked, flareAnswers, pain) : undefined));
    } catch (error) {
      setProblem(error instanceof Error ? `${w.notSaved} ${error.message}` : w.notSaved);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ScreenTitle title={w.title}>{w.heading}</ScreenTitle>
      {answer ? (
        <Saved answer={answer} />
      ) : (
        <form class="checkin" onSubmit={submit} noValidate>
          <p>{w.lead}</p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem}
            </p>
          )}
          <PainScale
            id="checkin-pain"
            label={w.painNow}
            value={pain}
            onChange={(n) => {
              setPain(n);
              setPainError(null);
            }}
            error={painError}
          />
          <PainRule lead={w.judge} />
          <fieldset class="effort">
            <legend>{w.flareQuestion}</legend>
            <label class={flare === false ? 'choice chosen' : 'choice'}>
              <input id="flare-no" type="radio" name="flare" checked={flare === false} onChange={() => setFlare(false)} />
              {w.no}
            </label>
            <label class={flare === true ? 'choice chosen' : 'choice'}>
              <input type="radio" name="flare" checked={flare === true} onChange={() => setFlare(true)} />
              {w.yes}
            </label>
          </fieldset>
          {flare && <FlareSection load={questions} answers={flareAnswers} onChange={setFlareAnswers} showMissing={showMissing} />}
          <div class="field">
            <label for="checkin-notes">{w.notes}</label>
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
              {busy ? w.saving : w.save}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
