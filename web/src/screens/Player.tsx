// The library's player for one exercise: the moving figure, the cue, one big control, and a
// "well done" at the end (a member's ratings go with their session, from the session runner).
// Its clock, rings and breathing circle are shared with the member's session runner.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type Exercise } from '../api';
import { PainRule } from '../components/PainRule';
import { Failure, Loading, ScreenTitle } from '../components/Screen';
import { cueAt, holdLeft, poseAt, withHold } from '../figure/keyframes';
import { buildPlan, positionAt, type Side } from '../figure/plan';
import { figureBounds, solvePose } from '../figure/pose';
import { StickFigure } from '../figure/StickFigure';
import { useLoad } from '../useLoad';
import { label } from '../words';
import { ExerciseDone } from './ExerciseDone';
import { useWords, words } from '../i18n';

/** The player's words, shared with the member's session runner (ExerciseMover). */
export const PLAYER_WORDS = words({
  en: {
    yourSide: (side: string) => `your ${side === 'left' ? 'left' : 'right'} side`,
    rest: 'Rest. Breathe easy and let your muscles relax.',
    nowSide: (side: string) => `Now the ${side === 'left' ? 'left' : 'right'} side`,
    setOf: (set: number, sets: number) => `Set ${set} of ${sets}`,
    breatheIn: 'Breathe in',
    breatheOut: 'Breathe out',
    timeLeft: (clock: string) => `Time left: ${clock} seconds`,
    restLeft: (clock: string) => `Rest left: ${clock} seconds`,
    holdFor: (n: number) => `Hold for ${n} seconds`,
    holdLeft: (clock: string) => `Hold: ${clock} seconds left`,
    ofReps: (n: number) => `of ${n} reps`,
    ofHolds: (n: number) => `of ${n} holds`,
    ifHurts: 'If this hurts',
    listen: 'Listen to your pain.',
    easier: 'Try the easier version',
    pause: 'Pause',
    continue: 'Continue',
    start: 'Start',
    hurts: 'This hurts',
    figure: (name: string) => `Moving figure showing ${name}`,
  },
  es: {
    yourSide: (side: string) => `tu lado ${side === 'left' ? 'izquierdo' : 'derecho'}`,
    rest: 'Descansa. Respira con calma y deja que los músculos se relajen.',
    nowSide: (side: string) => `Ahora el lado ${side === 'left' ? 'izquierdo' : 'derecho'}`,
    setOf: (set: number, sets: number) => `Serie ${set} de ${sets}`,
    breatheIn: 'Toma aire',
    breatheOut: 'Suelta el aire',
    timeLeft: (clock: string) => `Tiempo que queda: ${clock} segundos`,
    restLeft: (clock: string) => `Descanso que queda: ${clock} segundos`,
    holdFor: (n: number) => `Mantén ${n} segundos`,
    holdLeft: (clock: string) => `Mantén: quedan ${clock} segundos`,
    ofReps: (n: number) => `de ${n} repeticiones`,
    ofHolds: (n: number) => `de ${n} mantenimientos`,
    ifHurts: 'Si esto te duele',
    listen: 'Escucha a tu dolor.',
    easier: 'Probar la versión más fácil',
    pause: 'Pausa',
    continue: 'Seguir',
    start: 'Empezar',
    hurts: 'Esto me duele',
    figure: (name: string) => `Figura en movimiento que muestra: ${name}`,
  },
});

const WORDS = words({
  en: {
    player: 'Exercise player',
    seenFrom: (name: string, side: boolean) => `Moving figure showing ${name}, seen from the ${side ? 'side' : 'front'}`,
    stop: 'Stop for now',
    finish: 'Finish exercise',
    sets: (n: number) => `${n} ${n === 1 ? 'set' : 'sets'}`,
    minutes: (n: number) => `${n} minutes`,
    hold: (reps: number, seconds: number) => `${reps} × ${seconds}-second hold`,
    reps: (n: number) => `${n} reps`,
    eachSide: 'each side',
    restBetween: (n: number) => `rest ${n} seconds between sets`,
    howTo: 'How to do it',
    breathing: 'Breathing:',
    takeCare: 'Take care if…',
    easierVersion: 'Easier version',
    harderVersion: 'Harder version',
  },
  es: {
    player: 'Reproductor del ejercicio',
    seenFrom: (name: string, side: boolean) => `Figura en movimiento que muestra: ${name}, vista ${side ? 'de lado' : 'de frente'}`,
    stop: 'Parar por ahora',
    finish: 'Terminar el ejercicio',
    sets: (n: number) => `${n} ${n === 1 ? 'serie' : 'series'}`,
    minutes: (n: number) => `${n} minutos`,
    hold: (reps: number, seconds: number) => `${reps} × mantener ${seconds} segundos`,
    reps: (n: number) => `${n} repeticiones`,
    eachSide: 'cada lado',
    restBetween: (n: number) => `descansa ${n} segundos entre series`,
    howTo: 'Cómo se hace',
    breathing: 'Respiración:',
    takeCare: 'Ten cuidado si…',
    easierVersion: 'Versión más fácil',
    harderVersion: 'Versión más difícil',
  },
});

export function useReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const update = () => setReduced(mq.matches);
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }, []);
  return reduced;
}

/** Running time in seconds that only advances while `running`. */
export function useClock(running: boolean): [number, (s: number) => void] {
  const [elapsed, setElapsed] = useState(0);
  const base = useRef(0);
  useEffect(() => {
    if (!running) return;
    const started = performance.now();
    const from = base.current;
    let frame = 0;
    const tick = () => {
      const now = from + (performance.now() - started) / 1000;
      base.current = now;
      setElapsed(now);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running]);
  const jump = (s: number) => {
    base.current = s;
    setElapsed(s);
  };
  return [elapsed, jump];
}

export const clock = (s: number) => {
  const whole = Math.ceil(s);
  return whole >= 60 ? `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}` : `${whole}`;
};

export function Ring({ fraction, text, caption }: { fraction: number; text: string; caption: string }) {
  const r = 42;
  const around = 2 * Math.PI * r;
  return (
    <div class="ring" role="timer" aria-label={caption}>
      <svg viewBox="0 0 100 100" aria-hidden="true">
        <circle class="ring-track" cx="50" cy="50" r={r} />
        <circle
          class="ring-fill"
          cx="50"
          cy="50"
          r={r}
          stroke-dasharray={around.toFixed(1)}
          stroke-dashoffset={(around * (1 - Math.max(0, Math.min(1, fraction)))).toFixed(1)}
        />
      </svg>
      <span class="ring-text">{text}</span>
    </div>
  );
}

export function Breath({ phase, fraction }: { phase: 'in' | 'out'; fraction: number }) {
  const p = useWords(PLAYER_WORDS);
  const grow = phase === 'in' ? fraction : 1 - fraction;
  return (
    <div class="breath" aria-live="polite">
      <span class="breath-circle" style={{ transform: `scale(${(0.55 + 0.45 * grow).toFixed(3)})` }} aria-hidden="true" />
      <span class="breath-text">{phase === 'in' ? p.breatheIn : p.breatheOut}</span>
    </div>
  );
}

function PlayerBody({ exercise }: { exercise: Exercise }) {
  const p = useWords(PLAYER_WORDS);
  const w = useWords(WORDS);
  const reduced = useReducedMotion();
  const frames = useMemo(
    () => withHold(exercise.keyframes, exercise.dosage.hold_seconds),
    [exercise],
  );
  const plan = useMemo(() => buildPlan(exercise.dosage, frames), [exercise, frames]);
  const bounds = useMemo(() => figureBounds(frames.map((k) => solvePose(k.pose, exercise.view))), [frames, exercise]);
  const [running, setRunning] = useState(false);
  const [finished, setFinished] = useState(false);
  const [hurts, setHurts] = useState(false);
  const [elapsed, jump] = useClock(running && !finished);
  const at = positionAt(plan, elapsed);

  useEffect(() => {
    if (at.done && !finished) {
      setFinished(true);
      setRunning(false);
    }
  }, [at.done, finished]);

  const started = elapsed > 0;
  const working = at.block.kind === 'work';
  const t = working ? at.into : 0;
  const pose = poseAt(frames, t, reduced);
  const key = cueAt(frames, t);
  const hold = working && exercise.dosage.hold_seconds > 0 ? holdLeft(frames, t) : null;

  let cue = started ? key.cue : exercise.keyframes[0].cue;
  if (at.block.kind === 'rest') cue = p.rest;
  if (at.block.kind === 'switch') cue = `${p.nowSide(at.block.side ?? '')}.`;

  const setLine = `${p.setOf(at.block.set, Math.max(exercise.dosage.sets, 1))}${sideWords(p, at.block.side)}`;

  const breathing = working && (key.phase === 'breathe_in' || key.phase === 'breathe_out');
  const segStart = frames[Math.max(0, frames.indexOf(key) - 1)].at;
  const breathFraction = breathing ? (t % plan.cycle - segStart) / Math.max(0.1, key.at - segStart) : 0;

  if (finished) {
    return <ExerciseDone onAgain={() => { jump(0); setFinished(false); }} />;
  }

  return (
    <section class="player" aria-label={w.player}>
      <div class="stage">
        <StickFigure
          pose={pose}
          view={exercise.view}
          bounds={bounds}
          label={w.seenFrom(exercise.name, exercise.view === 'side')}
        />
        {at.block.kind === 'switch' && <p class="banner">{p.nowSide(at.block.side ?? '')}</p>}
      </div>
      <div class="player-info">
        <p class="set-line">{setLine}</p>
        <p class="cue" aria-live="polite">
          {cue}
        </p>
        <div class="meters">
          {breathing && <Breath phase={key.phase === 'breathe_in' ? 'in' : 'out'} fraction={breathFraction} />}
          {(at.block.kind !== 'work' || plan.timed) && started && (
            <Ring
              fraction={at.left / at.block.seconds}
              text={clock(at.left)}
              caption={at.block.kind === 'work' ? p.timeLeft(clock(at.left)) : p.restLeft(clock(at.left))}
            />
          )}
          {working && !plan.timed && exercise.dosage.hold_seconds > 0 && (
            <Ring
              fraction={hold === null ? 1 : hold / exercise.dosage.hold_seconds}
              text={clock(hold ?? exercise.dosage.hold_seconds)}
              caption={hold === null ? p.holdFor(exercise.dosage.hold_seconds) : p.holdLeft(clock(hold))}
            />
          )}
          {working && !plan.timed && (
            <p class="counter">
              <span class="counter-number">{started ? Math.min(at.rep, plan.repsPerSet) : 0}</span>
              <span class="counter-of"> {exercise.dosage.hold_seconds > 0 ? p.ofHolds(plan.repsPerSet) : p.ofReps(plan.repsPerSet)}</span>
            </p>
          )}
        </div>
      </div>
      {hurts && (
        <div class="hurts-panel" role="region" aria-label={p.ifHurts}>
          <PainRule lead={p.listen} />
          {exercise.easier ? (
            <a class="button" href={`/exercises/${exercise.easier}`}>
              {p.easier}
            </a>
          ) : null}
          <a class="button" href="/exercises">
            {w.stop}
          </a>
        </div>
      )}
      <div class="primary-bar">
        <button
          type="button"
          class="button primary big"
          onClick={() => setRunning(!running)}
        >
          {running ? p.pause : started ? p.continue : p.start}
        </button>
        <div class="secondary-row">
          <button type="button" class="button quiet-button" onClick={() => setHurts(!hurts)} aria-expanded={hurts}>
            {p.hurts}
          </button>
          {started && (
            <button type="button" class="button quiet-button" onClick={() => { setRunning(false); setFinished(true); }}>
              {w.finish}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}

/** ", your left side" after a set's number when the set is one side's; nothing otherwise. */
export const sideWords = (p: (typeof PLAYER_WORDS)['en'], side: Side) => (side ? `, ${p.yourSide(side)}` : '');

function dosageWords(w: (typeof WORDS)['en'], e: Exercise): string {
  const d = e.dosage;
  const parts = [w.sets(d.sets)];
  if (d.minutes > 0) parts.push(w.minutes(d.minutes));
  else if (d.hold_seconds > 0) parts.push(w.hold(Math.max(d.reps, 1), d.hold_seconds));
  else parts.push(w.reps(d.reps));
  if (d.sides === 'each') parts.push(w.eachSide);
  if (d.rest_seconds > 0) parts.push(w.restBetween(d.rest_seconds));
  return parts.join(', ');
}

export function Player({ id }: { id: string }) {
  const w = useWords(WORDS);
  const load = useLoad(() => api.exercise(id), [id]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <Failure error={load.error} />;
  const e = load.value;
  return (
    <>
      <ScreenTitle title={e.name}>{e.name}</ScreenTitle>
      <p class="lead">{e.summary}</p>
      <PlayerBody key={e.id} exercise={e} />
      <h2>{w.howTo}</h2>
      <p class="quiet">{dosageWords(w, e)}</p>
      <ol class="steps">
        {e.steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      <p>
        <strong>{w.breathing}</strong> {e.breathing}
      </p>
      {e.cautions.length > 0 && (
        <details class="cautions">
          <summary>{w.takeCare}</summary>
          <ul>
            {e.cautions.map((c, i) => (
              <li key={i}>
                <strong>{label(c.condition)}:</strong> {c.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p class="variants">
        {e.easier && <a href={`/exercises/${e.easier}`}>{w.easierVersion}</a>}
        {e.harder && <a href={`/exercises/${e.harder}`}>{w.harderVersion}</a>}
      </p>
    </>
  );
}
