import { describe, expect, it } from 'vitest';
import { buildIntake, durationWeeks, EMPTY_ANSWERS, problemsOn, stepOfProblem, stepsFor, type Answers } from '../src/screens/member/intake';
import { RED_FLAGS } from '../src/screens/member/intakeWords';

const answers = (more: Partial<Answers>): Answers => ({ ...EMPTY_ANSWERS, ...more });

describe('which steps apply', () => {
  it('asks about pregnancy only when it can apply', () => {
    expect(stepsFor(answers({ sex: 'male', age: '30' }))).not.toContain('pregnancy');
    expect(stepsFor(answers({ sex: 'female', age: '30' }))).toContain('pregnancy');
    expect(stepsFor(answers({ sex: 'female', age: '70' }))).not.toContain('pregnancy');
    expect(stepsFor(answers({ sex: '', age: '30' }))).not.toContain('pregnancy');
    expect(stepsFor(answers({ sex: 'male' })).length).toBe(9);
  });
});

describe('what each step needs', () => {
  it('needs an age in range', () => {
    expect(problemsOn('about', answers({ age: '' }))).toHaveProperty('age');
    expect(problemsOn('about', answers({ age: '15' }))).toHaveProperty('age');
    expect(problemsOn('about', answers({ age: '4.5' }))).toHaveProperty('age');
    expect(problemsOn('about', answers({ age: '40' }))).toEqual({});
  });
  it('needs pain now, and a side when a leg symptom is ticked', () => {
    expect(problemsOn('pain', answers({}))).toHaveProperty('pain_now');
    expect(problemsOn('pain', answers({ pain_now: '0' }))).toEqual({});
    expect(problemsOn('legs', answers({ leg_tingling: true }))).toHaveProperty('leg_side');
    expect(problemsOn('legs', answers({ leg_tingling: true, leg_side: 'left' }))).toEqual({});
  });
  it('needs every warning sign answered, naming the first open one', () => {
    const all = Object.fromEntries(RED_FLAGS.map((f) => [f, 'no' as const]));
    expect(problemsOn('warning', answers({ red_flags: all }))).toEqual({});
    const { fever: _, ...missing } = all;
    expect(Object.keys(problemsOn('warning', answers({ red_flags: missing })))).toEqual(['red_flags.fever']);
  });
});

describe('the intake document', () => {
  const full = answers({
    age: '41',
    sex: 'female',
    pregnancy: 'none',
    duration_amount: '2',
    duration_unit: 'months',
    pain_now: '5',
    pain_worst_week: '7',
    locations: ['sacrum_left', 'buttock_left'],
    points_to_one_spot: 'yes',
    aggravating: ['sitting'],
    red_flags: Object.fromEntries(RED_FLAGS.map((f) => [f, f === 'saddle_numbness' ? 'yes' : 'no'])),
    floor_ok: 'no',
  });

  it('turns answers into contract fields', () => {
    const intake = buildIntake(full);
    expect(intake.age).toBe(41);
    expect(intake.duration_weeks).toBe(9);
    expect(intake.pain_now).toBe(5);
    expect(intake.pain_worst_week).toBe(7);
    expect(intake.pregnancy).toBe('none');
    expect(intake.points_to_one_spot).toBe(true);
    expect(intake.locations).toEqual(['sacrum_left', 'buttock_left']);
    expect((intake.red_flags as Record<string, boolean>).saddle_numbness).toBe(true);
    expect((intake.red_flags as Record<string, boolean>).fever).toBe(false);
    expect(intake.prefs).toEqual({ minutes_per_day: 15, equipment: [], floor_ok: false });
    expect(intake.leg_symptoms).toEqual({ numbness: false, tingling: false, weakness: false, side: 'none' });
  });

  it('leaves out what was not said', () => {
    const intake = buildIntake(answers({ age: '30', sex: 'male', duration_amount: '1', pain_now: '3', pregnancy: 'trimester1' }));
    for (const key of ['onset', 'trigger', 'pain_worst_week', 'points_to_one_spot', 'night_pain', 'nsaid_helps', 'pregnancy'])
      expect(intake).not.toHaveProperty(key);
  });

  it('counts the duration in weeks', () => {
    expect(durationWeeks(10, 'days')).toBe(1);
    expect(durationWeeks(3, 'weeks')).toBe(3);
    expect(durationWeeks(6, 'months')).toBe(26);
    expect(durationWeeks(2, 'years')).toBe(104);
  });
});

describe('server complaints', () => {
  it('point back to the step that asked', () => {
    expect(stepOfProblem('pain_now: expected a whole number from 0 to 10')).toBe('pain');
    expect(stepOfProblem('red_flags.fever: expected true or false')).toBe('warning');
    expect(stepOfProblem('prefs.minutes_per_day: expected a whole number from 5 to 60')).toBe('prefs');
    expect(stepOfProblem('something else went wrong')).toBeNull();
  });
});
