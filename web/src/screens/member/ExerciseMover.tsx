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
import { Breath, clock, PLAYER_WORDS, Ring, sideWords, useClock, useReducedMotion } from '../Player';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    lighter: (dose: string) => `A lighter dose: ${dose}. Stop if it still hurts.`,
    easier: (name: string) => `The easier version: ${name}. Stop if it still hurts.`,
    easierFailed: 'The easier version could not be loaded. Try the lighter dose, or skip this exercise.',
    player: (name: string) => `${name}: exercise player`,
    tryLighter: 'Try it lighter first. If it still hurts, skip it; we will make it easier next time when you tell us it hurt.',
    lighterButton: 'Try a lighter dose',
    skip: 'Skip this exercise',
    done: 'I have done this one',
    howTo: (n: number) => `How to do it (${n} steps)`,
  },
  es: {
    lighter: (dose: string) => `Una dosis más suave: ${dose}. Detente si todavía te duele.`,
    easier: (name: string) => `La versión más fácil: ${name}. Detente si todavía te duele.`,
    easierFailed: 'No se ha podido cargar la versión más fácil. Prueba la dosis más suave o sáltate este ejercicio.',
    player: (name: string) => `${name}: reproductor del ejercicio`,
    tryLighter:
      'Prueba primero más suave. Si todavía te duele, sáltatelo; cuando nos digas que te ha dolido, la próxima vez te lo pondremos más fácil.',
    lighterButton: 'Probar una dosis más suave',
    skip: 'Saltar este ejercicio',
    done: 'Ya he hecho este',
    howTo: (n: number) => `Cómo se hace (${n} pasos)`,
  },
});

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
  const w = useWords(WORDS);
  const [now, setNow] = useState<Variant>({ exercise, dosage, note: null });
  const [problem, setProblem] = useState<string | null>(null);
  const lighter = less ? () => setNow({ exercise, dosage: less.dosage, note: w.lighter(less.words) }) : null;
  const easier =
    exercise.easier && now.exercise.id === exercise.id
      ? async () => {
          try {
            const other = await api.exercise(exercise.easier!);
            setNow({ exercise: other, dosage: less?.dosage ?? dosage, note: w.easier(other.name) });
          } catch {
            setProblem(w.easierFailed);
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
  const w = useWords(WORDS);
  const p = useWords(PLAYER_WORDS);
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
  if (at.block.kind === 'rest') cue = p.rest;
  if (at.block.kind === 'switch') cue = `${p.nowSide(at.block.side ?? '')}.`;
  const breathing = working && (key.phase === 'breathe_in' || key.phase === 'breathe_out');
  const segStart = frames[Math.max(0, frames.indexOf(key) - 1)].at;
  const breathFraction = breathing ? ((t % plan.cycle) - segStart) / Math.max(0.1, key.at - segStart) : 0;

  return (
    <section class="player" aria-label={w.player(exercise.name)}>
      {note && (
        <p class="notice variant-note" role="status">
          {note}
        </p>
      )}
      <div class="stage">
        <StickFigure pose={poseAt(frames, t, reduced)} view={exercise.view} bounds={bounds} label={p.figure(exercise.name)} />
        {at.block.kind === 'switch' && <p class="banner">{p.nowSide(at.block.side ?? '')}</p>}
      </div>
      <div class="player-info">
        <p class="set-line">
          {p.setOf(at.block.set, Math.max(dosage.sets, 1))}
          {sideWords(p, at.block.side)}
        </p>
        <p class="cue" aria-live="polite">
          {cue}
        </p>
        <div class="meters">
          {breathing && <Breath phase={key.phase === 'breathe_in' ? 'in' : 'out'} fraction={breathFraction} />}
          {(at.block.kind !== 'work' || plan.timed) && started && (
            <Ring fraction={at.left / at.block.seconds} text={clock(at.left)} caption={working ? p.timeLeft(clock(at.left)) : p.restLeft(clock(at.left))} />
          )}
          {working && !plan.timed && dosage.hold_seconds > 0 && (
            <Ring
              fraction={hold === null ? 1 : hold / dosage.hold_seconds}
              text={clock(hold ?? dosage.hold_seconds)}
              caption={hold === null ? p.holdFor(dosage.hold_seconds) : p.holdLeft(clock(hold))}
            />
          )}
          {working && !plan.timed && (
            <p class="counter">
              <span class="counter-number">{started ? Math.min(at.rep, plan.repsPerSet) : 0}</span>
              <span class="counter-of"> {dosage.hold_seconds > 0 ? p.ofHolds(plan.repsPerSet) : p.ofReps(plan.repsPerSet)}</span>
            </p>
          )}
        </div>
      </div>
      {hurts && (
        <div class="hurts-panel" role="region" aria-label={p.ifHurts}>
          <PainRule lead={p.listen} />
          <p>{w.tryLighter}</p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem}
            </p>
          )}
          {onLighter && (
            <button type="button" class="button" onClick={onLighter}>
              {w.lighterButton}
            </button>
          )}
          {onEasier && (
            <button type="button" class="button" onClick={onEasier}>
              {p.easier}
            </button>
          )}
          <button type="button" class="button" onClick={onSkipped}>
            {w.skip}
          </button>
        </div>
      )}
      <div class="primary-bar">
        <button type="button" class="button primary big" onClick={() => setRunning(!running)}>
          {running ? p.pause : started ? p.continue : p.start}
        </button>
        <div class="secondary-row">
          <button type="button" class="button quiet-button" onClick={() => setHurts(!hurts)} aria-expanded={hurts}>
            {p.hurts}
          </button>
          <button
            type="button"
            class="button quiet-button"
            onClick={() => {
              setRunning(false);
              onFinished();
            }}
          >
            {w.done}
          </button>
          {!hurts && (
            <button type="button" class="button quiet-button" onClick={onSkipped}>
              {w.skip}
            </button>
          )}
        </div>
      </div>
      {exercise.steps.length > 0 && (
        <details class="steps-box">
          <summary>{w.howTo(exercise.steps.length)}</summary>
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
