import { describe, expect, it } from 'vitest';
import type { Exercise } from '../src/api';
import { changeLines, dosageOf, secondsFor, sessionReport, countdown } from '../src/screens/member/sessionWords';

describe('the session report', () => {
  it('lists rated exercises as done with their pain and difficulty', () => {
    const r = sessionReport('id-1', 4, 3, [
      { exercise_id: 'bridge', pain: 2, difficulty: 'easy' },
      { exercise_id: 'clam', pain: 5, difficulty: 'hard' },
    ]);
    expect(r).toEqual({
      client_id: 'id-1',
      pain_before: 4,
      pain_after: 3,
      exercises: [
        { exercise_id: 'bridge', done: true, pain: 2, difficulty: 'easy' },
        { exercise_id: 'clam', done: true, pain: 5, difficulty: 'hard' },
      ],
    });
  });
});

describe("the server's doses", () => {
  const base = { exercise_id: 'x', name: 'X', keyframes: '', why: '', sets: 2, reps: 10, hold_seconds: 0, sides: 'both' as const, rest_seconds: 30, dose_words: '2 sets of 10, rest 30 seconds' };
  it('reads a served dose with or without minutes (the words are the server\'s)', () => {
    expect(dosageOf(base)).toEqual({ sets: 2, reps: 10, hold_seconds: 0, minutes: 0, sides: 'both', rest_seconds: 30 });
    expect(dosageOf({ ...base, minutes: 5 }).minutes).toBe(5);
  });
});

describe('what changed', () => {
  it('puts real changes before the ones that stay the same, with names', () => {
    const lines = changeLines(
      [
        { exercise_id: 'bridge', action: 'hold', reason: 'It feels about right, so we keep it the same.' },
        { exercise_id: 'clam', action: 'progress', reason: 'Easy twice, so a step up.' },
      ],
      (id) => (id === 'clam' ? 'Clamshell' : 'Bridge'),
    );
    expect(lines.map((l) => l.heading)).toEqual(['Clamshell: a step up', 'Bridge: stays the same']);
    expect(lines[0].reason).toBe('Easy twice, so a step up.');
  });
  it('names a whole-program change without an exercise', () => {
    expect(changeLines([{ action: 'pause', reason: 'See a doctor.' }], (id) => id)[0].heading).toBe('Paused');
  });
});

describe('time left', () => {
  it('counts down as a clock, never below zero', () => {
    expect(countdown(642)).toBe('10:42 left');
    expect(countdown(59.2)).toBe('1:00 left');
    expect(countdown(5)).toBe('0:05 left');
    expect(countdown(-3)).toBe('0:00 left');
  });
  it('counts every set, side and rest of an exercise', () => {
    const exercise = { keyframes: [
      { at: 0, pose: {}, cue: 'a', phase: 'move' },
      { at: 2, pose: {}, cue: 'b', phase: 'move' },
    ] } as unknown as Exercise;
    const one = secondsFor(exercise, { sets: 1, reps: 5, hold_seconds: 0, minutes: 0, sides: 'both', rest_seconds: 0 });
    const two = secondsFor(exercise, { sets: 2, reps: 5, hold_seconds: 0, minutes: 0, sides: 'both', rest_seconds: 30 });
    expect(one).toBeGreaterThan(0);
    expect(two).toBe(2 * one + 30);
    expect(secondsFor(exercise, { sets: 1, reps: 0, hold_seconds: 0, minutes: 3, sides: 'both', rest_seconds: 0 })).toBe(180);
  });
});
