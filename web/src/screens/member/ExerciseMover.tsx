// One exercise inside a session: the moving figure at today's dose with the player's clock,
// rings and breathing circle. Start, pause and continue; finish early or skip; "This hurts"
// is always one tap away and offers a lighter dose and the easier version before skipping.
// The steps of the exercise are one tap away too.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type Dosage, type Exercise } from '../../api';
import { PainRule } from '../../components/PainRule';
import { cueAt, holdLeft, poseAt, withHold } from '../../figure/keyframes';
import { buildPlan, positionAt } from '../../figure/plan';
import { figureBounds, solvePose } from '../../figure/pose';
import { StickFigure } from '../../figure/StickFigure';
import { Breath, clock, Ring, useClock, useReducedMotion } from '../Player';

interface Props {
  exercise: Exercise;
  dosage: Dosage;
  /** The server's lighter dose and its words; null when it sent none (a run kept from before). */
  lighter: { dosage: Dosage; words: string } | null;
  onFinished: () => void;
  onSkipped: () => void;
  /** Whole seconds into this exercise, as the clock runs (for the session's time left). */
  onTick?: (seconds: number) => void;
}

interface Variant {
  exercise: Exercise;
  dosage: Dosage;
  /** What was changed because it hurt, said above the figure. */
  note: string | null;
}

export function ExerciseMover({ exercise, dosage, lighter: less, onFinished, onSkipped, onTick }: Props) {
  const [now, setNow] = useState<Variant>({ exercise, dosage, note: null });
  const [problem, setProblem] = useState<string | null>(null);
  const lighter = less ? () => setNow({ exercise, dosage: less.dosage, note: `A lighter dose: ${less.words}. Stop if it still hurts.` }) : null;
  const easier =
    exercise.easier && now.exercise.id === exercise.id
      ? async () => {
          try {
            const other = await api.exercise(exercise.easier!);
            setNow({ exercise: other, dosage: less?.dosage ?? dosage, note: `The easier version: ${other.name}. Stop if it still hurts.` });
          } catch {
            setProblem('The easier version could not be loaded. Try the lighter dose, or skip this exercise.');
          }
        }
      : null;
  return (
    <Mover
      key={`${now.exercise.id}:${now.dosage.sets}:${now.dosage.reps}:${now.dosage.hold_seconds}`}
      {...now}
      problem={problem}
      onFinished={onFinished}
      onSkipped={onSkipped}
      onTick={onTick}
      onLighter={now.note ? null : lighter}
      onEasier={easier}
    />
  );
}

interface MoverProps extends Variant {
  problem: string | null;
  onFinished: () => void;
  onSkipped: () => void;
  onTick?: (seconds: number) => void;
  onLighter: (() => void) | null;
  onEasier: (() => void) | null;
}

function Mover({ exercise, dosage, note, problem, onFinished, onSkipped, onTick, onLighter, onEasier }: MoverProps) {
  const reduced = useReducedMotion();
  const frames = useMemo(() => withHold(exercise.keyframes, dosage.hold_seconds), [exercise, dosage]);
  const plan = useMemo(() => buildPlan(dosage, frames), [dosage, frames]);
  const bounds = useMemo(() => figureBounds(frames.map((k) => solvePose(k.pose, exercise.view))), [frames, exercise]);
  const [running, setRunning] = useState(false);
  const [hurts, setHurts] = useState(false);
  const [elapsed] = useClock(running);
  const at = positionAt(plan, elapsed);

  useEffect(() => {
    if (at.done) onFinished();
  }, [at.done]);
  const second = Math.floor(elapsed);
  useEffect(() => onTick?.(second), [second]);

  const started = elapsed > 0;
  const working = at.block.kind === 'work';
  const t = working ? at.into : 0;
  const key = cueAt(frames, t);
  const hold = working && dosage.hold_seconds > 0 ? holdLeft(frames, t) : null;
  let cue = started ? key.cue : exercise.keyframes[0].cue;
  if (at.block.kind === 'rest') cue = 'Rest. Breathe easy and let your muscles relax.';
  if (at.block.kind === 'switch') cue = `Now the ${at.block.side} side.`;
  const breathing = working && (key.phase === 'breathe_in' || key.phase === 'breathe_out');
  const segStart = frames[Math.max(0, frames.indexOf(key) - 1)].at;
  const breathFraction = breathing ? ((t % plan.cycle) - segStart) / Math.max(0.1, key.at - segStart) : 0;

  return (
    <section class="player" aria-label={`${exercise.name}: exercise player`}>
      {note && (
        <p class="notice variant-note" role="status">
          {note}
        </p>
      )}
      <div class="stage">
        <StickFigure pose={poseAt(frames, t, reduced)} view={exercise.view} bounds={bounds} label={`Moving figure showing ${exercise.name}`} />
        {at.block.kind === 'switch' && <p class="banner">Now the {at.block.side} side</p>}
      </div>
      <div class="player-info">
        <p class="set-line">
          Set {at.block.set} of {Math.max(dosage.sets, 1)}
          {at.block.side ? `, your ${at.block.side} side` : ''}
        </p>
        <p class="cue" aria-live="polite">
          {cue}
        </p>
        <div class="meters">
          {breathing && <Breath phase={key.phase === 'breathe_in' ? 'in' : 'out'} fraction={breathFraction} />}
          {(at.block.kind !== 'work' || plan.timed) && started && (
            <Ring fraction={at.left / at.block.seconds} text={clock(at.left)} caption={`${working ? 'Time' : 'Rest'} left: ${clock(at.left)} seconds`} />
          )}
          {working && !plan.timed && dosage.hold_seconds > 0 && (
            <Ring
              fraction={hold === null ? 1 : hold / dosage.hold_seconds}
              text={clock(hold ?? dosage.hold_seconds)}
              caption={hold === null ? `Hold for ${dosage.hold_seconds} seconds` : `Hold: ${clock(hold)} seconds left`}
            />
          )}
          {working && !plan.timed && (
            <p class="counter">
              <span class="counter-number">{started ? Math.min(at.rep, plan.repsPerSet) : 0}</span>
              <span class="counter-of">
                {' '}
                of {plan.repsPerSet} {dosage.hold_seconds > 0 ? 'holds' : 'reps'}
              </span>
            </p>
          )}
        </div>
      </div>
      {hurts && (
        <div class="hurts-panel" role="region" aria-label="If this hurts">
          <PainRule lead="Listen to your pain." />
          <p>Try it lighter first. If it still hurts, skip it; we will make it easier next time when you tell us it hurt.</p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem}
            </p>
          )}
          {onLighter && (
            <button type="button" class="button" onClick={onLighter}>
              Try a lighter dose
            </button>
          )}
          {onEasier && (
            <button type="button" class="button" onClick={onEasier}>
              Try the easier version
            </button>
          )}
          <button type="button" class="button" onClick={onSkipped}>
            Skip this exercise
          </button>
        </div>
      )}
      <div class="primary-bar">
        <button type="button" class="button primary big" onClick={() => setRunning(!running)}>
          {running ? 'Pause' : started ? 'Continue' : 'Start'}
        </button>
        <div class="secondary-row">
          <button type="button" class="button quiet-button" onClick={() => setHurts(!hurts)} aria-expanded={hurts}>
            This hurts
          </button>
          <button
            type="button"
            class="button quiet-button"
            onClick={() => {
              setRunning(false);
              onFinished();
            }}
          >
            I have done this one
          </button>
          {!hurts && (
            <button type="button" class="button quiet-button" onClick={onSkipped}>
              Skip this exercise
            </button>
          )}
        </div>
      </div>
      {exercise.steps.length > 0 && (
        <details class="steps-box">
          <summary>How to do it ({exercise.steps.length} steps)</summary>
          <ol class="steps">
            {exercise.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
