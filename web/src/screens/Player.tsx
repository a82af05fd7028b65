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

const sideWords = (side: Side) => (side ? `your ${side} side` : '');
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
  const grow = phase === 'in' ? fraction : 1 - fraction;
  return (
    <div class="breath" aria-live="polite">
      <span class="breath-circle" style={{ transform: `scale(${(0.55 + 0.45 * grow).toFixed(3)})` }} aria-hidden="true" />
      <span class="breath-text">{phase === 'in' ? 'Breathe in' : 'Breathe out'}</span>
    </div>
  );
}

function PlayerBody({ exercise }: { exercise: Exercise }) {
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
  if (at.block.kind === 'rest') cue = 'Rest. Breathe easy and let your muscles relax.';
  if (at.block.kind === 'switch') cue = `Now the ${at.block.side} side.`;

  const setLine = `Set ${at.block.set} of ${Math.max(exercise.dosage.sets, 1)}${at.block.side ? `, ${sideWords(at.block.side)}` : ''}`;

  const breathing = working && (key.phase === 'breathe_in' || key.phase === 'breathe_out');
  const segStart = frames[Math.max(0, frames.indexOf(key) - 1)].at;
  const breathFraction = breathing ? (t % plan.cycle - segStart) / Math.max(0.1, key.at - segStart) : 0;

  if (finished) {
    return <ExerciseDone onAgain={() => { jump(0); setFinished(false); }} />;
  }

  return (
    <section class="player" aria-label="Exercise player">
      <div class="stage">
        <StickFigure
          pose={pose}
          view={exercise.view}
          bounds={bounds}
          label={`Moving figure showing ${exercise.name}, seen from the ${exercise.view === 'side' ? 'side' : 'front'}`}
        />
        {at.block.kind === 'switch' && <p class="banner">Now the {at.block.side} side</p>}
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
              caption={`${at.block.kind === 'work' ? 'Time' : 'Rest'} left: ${clock(at.left)} seconds`}
            />
          )}
          {working && !plan.timed && exercise.dosage.hold_seconds > 0 && (
            <Ring
              fraction={hold === null ? 1 : hold / exercise.dosage.hold_seconds}
              text={clock(hold ?? exercise.dosage.hold_seconds)}
              caption={hold === null ? `Hold for ${exercise.dosage.hold_seconds} seconds` : `Hold: ${clock(hold)} seconds left`}
            />
          )}
          {working && !plan.timed && (
            <p class="counter">
              <span class="counter-number">{started ? Math.min(at.rep, plan.repsPerSet) : 0}</span>
              <span class="counter-of"> of {plan.repsPerSet} {exercise.dosage.hold_seconds > 0 ? 'holds' : 'reps'}</span>
            </p>
          )}
        </div>
      </div>
      {hurts && (
        <div class="hurts-panel" role="region" aria-label="If this hurts">
          <PainRule lead="Listen to your pain." />
          {exercise.easier ? (
            <a class="button" href={`/exercises/${exercise.easier}`}>
              Try the easier version
            </a>
          ) : null}
          <a class="button" href="/exercises">
            Stop for now
          </a>
        </div>
      )}
      <div class="primary-bar">
        <button
          type="button"
          class="button primary big"
          onClick={() => setRunning(!running)}
        >
          {running ? 'Pause' : started ? 'Continue' : 'Start'}
        </button>
        <div class="secondary-row">
          <button type="button" class="button quiet-button" onClick={() => setHurts(!hurts)} aria-expanded={hurts}>
            This hurts
          </button>
          {started && (
            <button type="button" class="button quiet-button" onClick={() => { setRunning(false); setFinished(true); }}>
              Finish exercise
            </button>
          )}
        </div>
      </div>
    </section>
  );
}

function dosageWords(e: Exercise): string {
  const d = e.dosage;
  const parts = [`${d.sets} ${d.sets === 1 ? 'set' : 'sets'}`];
  if (d.minutes > 0) parts.push(`${d.minutes} minutes`);
  else if (d.hold_seconds > 0) parts.push(`${Math.max(d.reps, 1)} × ${d.hold_seconds}-second hold`);
  else parts.push(`${d.reps} reps`);
  if (d.sides === 'each') parts.push('each side');
  if (d.rest_seconds > 0) parts.push(`rest ${d.rest_seconds} seconds between sets`);
  return parts.join(', ');
}

export function Player({ id }: { id: string }) {
  const load = useLoad(() => api.exercise(id), [id]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <Failure error={load.error} />;
  const e = load.value;
  return (
    <>
      <ScreenTitle title={e.name}>{e.name}</ScreenTitle>
      <p class="lead">{e.summary}</p>
      <PlayerBody key={e.id} exercise={e} />
      <h2>How to do it</h2>
      <p class="quiet">{dosageWords(e)}</p>
      <ol class="steps">
        {e.steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      <p>
        <strong>Breathing:</strong> {e.breathing}
      </p>
      {e.cautions.length > 0 && (
        <details class="cautions">
          <summary>Take care if…</summary>
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
        {e.easier && <a href={`/exercises/${e.easier}`}>Easier version</a>}
        {e.harder && <a href={`/exercises/${e.harder}`}>Harder version</a>}
      </p>
    </>
  );
}
