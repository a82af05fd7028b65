// Shaping a finished session for the server and its answer for the member. No rules here: the
// server decides what changes; these only put its answer into words and order.
import type { Change, Difficulty, ExerciseReport, ServedDose, SessionReport } from '../../api/member';
import type { Dosage, Exercise } from '../../api';
import { withHold } from '../../figure/keyframes';
import { buildPlan } from '../../figure/plan';
import { words, wordsNow } from '../../i18n';

export interface ExerciseResult {
  exercise_id: string;
  pain: number;
  difficulty: Difficulty;
}

/** The POST /me/sessions body: exercises rated were done; skipped ones are simply not listed. */
export function sessionReport(clientId: string, painBefore: number, painAfter: number, results: ExerciseResult[]): SessionReport {
  const exercises: ExerciseReport[] = results.map((r) => ({ exercise_id: r.exercise_id, done: true, pain: r.pain, difficulty: r.difficulty }));
  return { client_id: clientId, pain_before: painBefore, pain_after: painAfter, exercises };
}

/** A served dose as the player's plan reads it (the server leaves minutes out when 0). */
export function dosageOf(e: ServedDose): Dosage {
  return { sets: e.sets, reps: e.reps, hold_seconds: e.hold_seconds, minutes: e.minutes ?? 0, sides: e.sides, rest_seconds: e.rest_seconds };
}

const ACTION_WORDS = words({
  en: {
    progress: 'A step up',
    hold: 'Stays the same',
    regress: 'A step back',
    swap: 'Swapped',
    modify: 'Made lighter',
    pause: 'Paused',
  },
  es: {
    progress: 'Un paso adelante',
    hold: 'Se queda igual',
    regress: 'Un paso atrás',
    swap: 'Cambiado por otro',
    modify: 'Más suave',
    pause: 'En pausa',
  },
});

const WORDS = words({
  en: { left: (clock: string) => `${clock} left` },
  es: { left: (clock: string) => `quedan ${clock}` },
});

export interface ChangeLine {
  heading: string;
  reason: string;
  exerciseId?: string;
}

/** The server's changes, the ones that really change something first, each with a heading. */
export function changeLines(changes: Change[], nameOf: (id: string) => string): ChangeLine[] {
  const actions = wordsNow(ACTION_WORDS) as Record<string, string>;
  const action = (c: Change) => (Object.hasOwn(actions, c.action) ? actions[c.action] : c.action);
  const weight = (c: Change) => (c.action === 'hold' ? 1 : 0);
  return [...changes]
    .sort((a, b) => weight(a) - weight(b))
    .map((c) => ({
      heading: c.exercise_id ? `${nameOf(c.exercise_id)}: ${action(c).toLowerCase()}` : action(c),
      reason: c.reason,
      exerciseId: c.exercise_id,
    }));
}

/** How long the player takes for an exercise at this dose, rests and side switches included. */
export function secondsFor(exercise: Exercise, dosage: Dosage): number {
  return buildPlan(dosage, withHold(exercise.keyframes, dosage.hold_seconds)).totalSeconds;
}

/** The session's time left as a ticking clock: "10:42 left". */
export function countdown(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return wordsNow(WORDS).left(`${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`);
}

