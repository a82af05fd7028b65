import { describe, expect, it } from 'vitest';
import type { Dose, MemberRecord } from '../../src/api/console';
import { addedRow, draftFrom, fieldName, inputId, planInForce, toPlan } from '../../src/screens/console/programDraft';

const bridge: Dose = { exercise_id: 'bridge', sets: 2, reps: 10, hold_seconds: 0, sides: 'both', rest_seconds: 30 };
const bracing: Dose = { exercise_id: 'abdominal_bracing', sets: 4, reps: 0, hold_seconds: 10, sides: 'both', rest_seconds: 10 };

function record(override: Dose[] | null): Pick<MemberRecord, 'program' | 'program_override'> {
  return {
    program: {
      started_at: 0,
      updated_at: 0,
      paused: false,
      state: {
        phase: 'build',
        paused: false,
        sessions: 0,
        exercises: [bridge, bracing].map((d) => ({ current: { ...d, minutes: 0, pattern: 'si_joint', why: 'because' } })),
      },
    },
    program_override: override && { id: 'o1', exercises: override, note: 'n', created_at: 1, applied: false },
  };
}

describe('planInForce', () => {
  it("uses the engine's program when the therapist has not changed it", () => {
    expect(planInForce(record(null)).map((d) => d.exercise_id)).toEqual(['bridge', 'abdominal_bracing']);
  });
  it("uses the therapist's latest plan when there is one", () => {
    expect(planInForce(record([bracing]))).toEqual([bracing]);
  });
  it('is empty when there is no program yet', () => {
    expect(planInForce({ program: null, program_override: null })).toEqual([]);
  });
});

describe('draft and plan', () => {
  it('round-trips the doses through the text the editor shows', () => {
    const rows = draftFrom(record(null));
    expect(rows[0].sets).toBe('2');
    const plan = toPlan(rows);
    expect(plan.problems).toEqual([]);
    expect(plan.exercises[0]).toEqual(bridge);
    expect(plan.exercises[1]).toEqual(bracing);
  });
  it('names every number that is not whole the way the server names fields', () => {
    const rows = draftFrom(record(null));
    rows[1] = { ...rows[1], reps: '', rest_seconds: '2.5' };
    const plan = toPlan(rows);
    expect(plan.problems.map((p) => p.field)).toEqual(['exercises[1].reps', 'exercises[1].rest_seconds']);
  });
  it('starts an added exercise at the dose it is given, or one set with no reps', () => {
    expect(addedRow('bird_dog', { sets: 3, reps: 8, sides: 'each' })).toMatchObject({ sets: '3', reps: '8', sides: 'each', hold_seconds: '0' });
    expect(addedRow('walking')).toMatchObject({ sets: '1', reps: '0', sides: 'both' });
  });
});

describe('field names', () => {
  it('turns a server field name into the id of the input it is about', () => {
    expect(inputId('exercises[2].sets')).toBe('plan-exercises-2-sets');
    expect(inputId(fieldName(2, 'sets'))).toBe('plan-exercises-2-sets');
    expect(inputId('exercises[0]')).toBe('plan-exercises-0');
    expect(inputId('note')).toBe('plan-note');
  });
});
