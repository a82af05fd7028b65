// Today's session from start to end: pain before, then each exercise in the player followed by
// its pain and difficulty, then pain after. The finished session is sent with an id made here,
// so sending it twice (a retry, or the offline queue) counts once. Every step is kept on the
// device (runState.ts), so a reload comes back to the same place.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Exercise } from '../../api';
import type { Difficulty, TodayExercise } from '../../api/member';
import { sendOrQueue } from '../../offline/sync';
import { PainScale } from '../../components/PainScale';
import { painRefusal, type PainChoice } from '../../components/painScale';
import type { Account } from '../../session';
import { ChooseOne } from './Choices';
import { ExerciseMover } from './ExerciseMover';
import { formProblem } from './formErrors';
import { freshRun, resumable, type Run, type Stage } from './runState';
import { keepDone } from './doneToday';
import { countdown, dosageOf, secondsFor, sessionReport } from './sessionWords';
import { WhatChanged } from './WhatChanged';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    easy: 'Easy',
    right: 'About right',
    hard: 'Hard',
    howDid: (name: string) => `How did ${name} feel?`,
    howFeel: 'How did that feel?',
    painDuring: 'Your pain during it',
    howHard: 'How hard was it?',
    nextFeel: 'Next: how you feel now',
    nextExercise: 'Next exercise',
    before: 'Before you start',
    painBefore: 'Before you start, your pain now',
    begin: 'Begin the first exercise',
    exerciseOf: (n: number, of: number) => `Exercise ${n} of ${of}, `,
    after: 'After the session',
    wellDone: 'Well done',
    didOf: (done: number, of: number) => `You did ${done} of ${of} exercises.`,
    painAfter: 'Your pain now, after the session',
    sending: 'Sending…',
    finish: 'Finish the session',
    savedLabel: 'Session saved',
    savedHere: 'Saved on this device',
    offline: 'You are offline, so your session is kept here and sent as soon as you are back online. You do not need to do anything.',
    doneToday: 'Done for today',
  },
  es: {
    easy: 'Fácil',
    right: 'Lo justo',
    hard: 'Difícil',
    howDid: (name: string) => `¿Qué tal te ha ido con ${name}?`,
    howFeel: '¿Qué tal te ha ido?',
    painDuring: 'Tu dolor mientras lo hacías',
    howHard: '¿Cuánto te ha costado?',
    nextFeel: 'Siguiente: cómo te encuentras ahora',
    nextExercise: 'Siguiente ejercicio',
    before: 'Antes de empezar',
    painBefore: 'Antes de empezar, tu dolor ahora',
    begin: 'Empezar el primer ejercicio',
    exerciseOf: (n: number, of: number) => `Ejercicio ${n} de ${of}, `,
    after: 'Después de la sesión',
    wellDone: '¡Bien hecho!',
    didOf: (done: number, of: number) => `Has hecho ${done} de ${of} ejercicios.`,
    painAfter: 'Tu dolor ahora, después de la sesión',
    sending: 'Enviando…',
    finish: 'Terminar la sesión',
    savedLabel: 'Sesión guardada',
    savedHere: 'Guardada en este dispositivo',
    offline:
      'No tienes conexión, así que tu sesión se guarda aquí y se envía en cuanto vuelvas a tenerla. No tienes que hacer nada.',
    doneToday: 'Hecho por hoy',
  },
});

function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

interface Props {
  account: Account;
  date: string;
  plan: TodayExercise[];
  details: Exercise[];
  /** Back to Today once the session is over. */
  onClose: () => void;
}

const KEPT = 'motus.session-run';

/** This account's unfinished session of today's plan, if the device kept one. */
export function keptRun(accountId: string, date: string, plan: TodayExercise[]): Run | null {
  try {
    return resumable(JSON.parse(localStorage.getItem(KEPT) ?? 'null'), accountId, date, plan.map((p) => p.exercise_id));
  } catch {
    return null;
  }
}

function keep(run: Run) {
  const done = run.stage.kind === 'sent' || run.stage.kind === 'queued';
  try {
    if (done) localStorage.removeItem(KEPT);
    else localStorage.setItem(KEPT, JSON.stringify(run));
  } catch {
    // Storage full or blocked: the session goes on, it just cannot be taken up after a reload.
  }
}

function RateExercise({ name, last, onDone }: { name: string; last: boolean; onDone: (pain: number, difficulty: Difficulty) => void }) {
  const w = useWords(WORDS);
  const difficulties = [
    { id: 'easy', text: w.easy },
    { id: 'right', text: w.right },
    { id: 'hard', text: w.hard },
  ];
  const [pain, setPain] = useState<PainChoice>(null);
  const [painError, setPainError] = useState<string | null>(null);
  const [difficulty, setDifficulty] = useState('');
  return (
    <form
      class="rating"
      aria-label={w.howDid(name)}
      onSubmit={(e) => {
        e.preventDefault();
        if (pain === null) {
          setPainError(painRefusal(pain));
          document.getElementById('exercise-pain')?.focus();
        } else if (difficulty) onDone(pain, difficulty as Difficulty);
      }}
    >
      <h3 tabIndex={-1}>{w.howFeel}</h3>
      <PainScale
        id="exercise-pain"
        label={w.painDuring}
        value={pain}
        onChange={(n) => {
          setPain(n);
          setPainError(null);
        }}
        error={painError}
      />
      <ChooseOne name="difficulty" legend={w.howHard} choices={difficulties} value={difficulty} onChange={setDifficulty} class="effort" />
      <div class="primary-bar">
        <button type="submit" class="button primary big" disabled={!difficulty}>
          {last ? w.nextFeel : w.nextExercise}
        </button>
      </div>
    </form>
  );
}

export function SessionRunner({ account, date, plan, details, onClose }: Props) {
  const w = useWords(WORDS);
  const [run, setRunState] = useState<Run>(
    () => keptRun(account.id, date, plan) ?? freshRun(account.id, date, plan.map((p) => p.exercise_id), newClientId()),
  );
  const setRun = (change: Partial<Run>) => {
    const next = { ...run, ...change };
    keep(next);
    setRunState(next);
  };
  const { stage, painBefore, painAfter, results } = run;
  const setStage = (next: Stage) => setRun({ stage: next });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const section = useRef<HTMLDivElement>(null);
  // Whole seconds into the exercise on screen, so the time left counts down as it runs.
  const [into, setInto] = useState(0);
  const first = useRef(true);
  const where = stage.kind === 'moving' || stage.kind === 'rating' ? `${stage.kind}${stage.index}` : stage.kind;
  // Each new part of the session announces itself: focus goes to its heading.
  useEffect(() => setInto(0), [where]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = section.current;
    (root?.querySelector<HTMLElement>('.rating [tabindex="-1"]') ?? root?.querySelector<HTMLElement>('[tabindex="-1"]'))?.focus();
  }, [where]);
  const detailOf = (id: string) => details.find((d) => d.id === id)!;
  const nameOf = (id: string) => details.find((d) => d.id === id)?.name ?? plan.find((p) => p.exercise_id === id)?.name ?? id.replace(/_/g, ' ');

  const secondsLeft = (from: number) =>
    plan.slice(from).reduce((sum, item) => sum + secondsFor(detailOf(item.exercise_id), dosageOf(item)), 0);

  const nextStage = (index: number): Stage => (index + 1 < plan.length ? { kind: 'moving', index: index + 1 } : { kind: 'after' });
  const after = (index: number) => setStage(nextStage(index));

  // A pain not chosen yet stops the step: the message shows under the slider, which gets focus.
  const refuse = (slider: string) => {
    setProblem(painRefusal(null));
    document.getElementById(slider)?.focus();
  };

  const send = async () => {
    if (painBefore === null || painAfter === null) return refuse(painBefore === null ? 'pain-before' : 'pain-after');
    setBusy(true);
    setProblem(null);
    try {
      const sent = await sendOrQueue(account.id, sessionReport(run.clientId, painBefore, painAfter, results));
      const answer = 'answer' in sent ? sent.answer : null;
      keepDone({ accountId: account.id, date, painBefore, painAfter, answer });
      setStage(answer ? { kind: 'sent', answer } : { kind: 'queued' });
    } catch (error) {
      setProblem(formProblem(error).summary);
    } finally {
      setBusy(false);
    }
  };

  const view = () => {
    if (stage.kind === 'before') {
      return (
        <section class="runner" aria-label={w.before}>
          <h2 tabIndex={-1}>{w.before}</h2>
          <PainScale
            id="pain-before"
            label={w.painBefore}
            value={painBefore}
            onChange={(n) => {
              setRun({ painBefore: n });
              setProblem(null);
            }}
            error={problem}
          />
          <div class="primary-bar">
            <button type="button" class="button primary big" onClick={() => (painBefore === null ? refuse('pain-before') : setStage({ kind: 'moving', index: 0 }))}>
              {w.begin}
            </button>
          </div>
        </section>
      );
    }

    if (stage.kind === 'moving' || stage.kind === 'rating') {
      const item = plan[stage.index];
      const exercise = detailOf(item.exercise_id);
      const dosage = dosageOf(item);
      return (
        <section class="runner" aria-labelledby="runner-title">
          <p class="step-count">
            {w.exerciseOf(stage.index + 1, plan.length)}
            <span class="time-left">{countdown(secondsLeft(stage.index) - into)}</span>
          </p>
          <h2 id="runner-title" class="runner-title" tabIndex={-1}>
            {exercise.name}
          </h2>
          <p class="quiet">
            {item.dose_words}. {item.why}
          </p>
          {stage.kind === 'moving' ? (
            <ExerciseMover
              key={item.exercise_id}
              exercise={exercise}
              dosage={dosage}
              lighter={item.lighter ? { dosage: dosageOf(item.lighter), words: item.lighter.dose_words } : null}
              onFinished={() => setStage({ kind: 'rating', index: stage.index })}
              onSkipped={() => after(stage.index)}
              onTick={setInto}
            />
          ) : (
            <RateExercise
              key={`rate-${item.exercise_id}`}
              name={exercise.name}
              last={stage.index + 1 === plan.length}
              onDone={(pain, difficulty) => {
                setRun({ results: [...results, { exercise_id: item.exercise_id, pain, difficulty }], stage: nextStage(stage.index) });
              }}
            />
          )}
        </section>
      );
    }

    if (stage.kind === 'after') {
      return (
        <section class="runner" aria-label={w.after}>
          <h2 tabIndex={-1}>{w.wellDone}</h2>
          <p>{w.didOf(results.length, plan.length)}</p>
          <PainScale
            id="pain-after"
            label={w.painAfter}
            value={painAfter}
            onChange={(n) => {
              setRun({ painAfter: n });
              setProblem(null);
            }}
            error={painAfter === null ? problem : null}
          />
          {problem && painAfter !== null && (
            <p class="form-problem" role="alert">
              {problem}
            </p>
          )}
          <div class="primary-bar">
            <button type="button" class="button primary big" onClick={send} disabled={busy}>
              {busy ? w.sending : w.finish}
            </button>
          </div>
        </section>
      );
    }

    if (stage.kind === 'queued') {
      return (
        <section class="runner" aria-label={w.savedLabel}>
          <h2 tabIndex={-1}>{w.savedHere}</h2>
          <p>{w.offline}</p>
          <div class="primary-bar">
            <a class="button primary big" href="/today" onClick={onClose}>
              {w.doneToday}
            </a>
          </div>
        </section>
      );
    }

    // Sent means both pains were chosen (send() refuses otherwise).
    return <WhatChanged answer={stage.answer} nameOf={nameOf} painBefore={painBefore!} painAfter={painAfter!} onDone={onClose} />;
  };

  return <div ref={section}>{view()}</div>;
}
