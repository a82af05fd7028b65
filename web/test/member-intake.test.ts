import { ApiError } from '../src/api';
import { describe, expect, it } from 'vitest';
import { asksBothLegs, buildIntake, durationWeeks, emergencyAnswered, EMERGENCY_ON_ITS_OWN, EMPTY_ANSWERS, problemsOn, intakeRefusal, stepOfField, stepsFor, warningFlags, type Answers } from '../src/screens/member/intake';
import { PREGNANCY_FLAGS, RED_FLAGS } from '../src/screens/member/intakeWords';

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

describe('intake v2 questions (issue 14)', () => {
  const allNo = (flags: string[]) => Object.fromEntries(flags.map((f) => [f, 'no' as const]));

  it('asks the new warning signs and refuses to go on until each has a yes or no', () => {
    for (const f of ['unwell_or_infection', 'recent_spinal_procedure', 'blood_thinners', 'tearing_pain', 'pulsing_belly_lump']) {
      expect(RED_FLAGS).toContain(f);
      const { [f]: _, ...open } = allNo(RED_FLAGS);
      expect(Object.keys(problemsOn('warning', answers({ red_flags: open })))).toEqual([`red_flags.${f}`]);
    }
  });

  it('asks the obstetric warning signs only in pregnancy', () => {
    const pregnant = answers({ sex: 'female', age: '30', pregnancy: 'trimester3' });
    expect(warningFlags(pregnant)).toEqual(expect.arrayContaining(PREGNANCY_FLAGS));
    expect(warningFlags(answers({ sex: 'female', age: '30', pregnancy: 'postpartum' }))).not.toContain('pregnancy_bleeding');
    expect(Object.keys(problemsOn('warning', { ...pregnant, red_flags: allNo(RED_FLAGS) }))).toEqual(['red_flags.pregnancy_bleeding']);
    expect(problemsOn('warning', { ...pregnant, red_flags: allNo([...RED_FLAGS, ...PREGNANCY_FLAGS]) })).toEqual({});
  });

  it('asks the weeks of pregnancy, in the trimester chosen, and the weeks since birth', () => {
    const woman = answers({ sex: 'female', age: '30' });
    expect(problemsOn('pregnancy', { ...woman, pregnancy: 'trimester2' })).toHaveProperty('pregnancy_weeks');
    expect(problemsOn('pregnancy', { ...woman, pregnancy: 'trimester2', pregnancy_weeks: '30' })).toHaveProperty('pregnancy_weeks');
    expect(problemsOn('pregnancy', { ...woman, pregnancy: 'trimester2', pregnancy_weeks: '20' })).toEqual({});
    expect(problemsOn('pregnancy', { ...woman, pregnancy: 'postpartum' })).toHaveProperty('weeks_since_birth');
    expect(problemsOn('pregnancy', { ...woman, pregnancy: 'postpartum', weeks_since_birth: '0' })).toEqual({});
    expect(problemsOn('pregnancy', { ...woman, pregnancy: 'none' })).toEqual({});
  });

  it('sends the weeks and the pregnancy answers as numbers and true/false, only when they apply', () => {
    const base = { age: '30', sex: 'female', duration_amount: '1', pain_now: '3' };
    const flags = { ...allNo([...RED_FLAGS, ...PREGNANCY_FLAGS]), reduced_baby_movements: 'yes' as const };
    const pregnant = buildIntake(answers({ ...base, pregnancy: 'trimester3', pregnancy_weeks: '33', weeks_since_birth: '4', red_flags: flags }));
    expect(pregnant.pregnancy_weeks).toBe(33);
    expect(pregnant).not.toHaveProperty('weeks_since_birth');
    expect((pregnant.red_flags as Record<string, boolean>).reduced_baby_movements).toBe(true);
    expect((pregnant.red_flags as Record<string, boolean>).pregnancy_bleeding).toBe(false);
    const after = buildIntake(answers({ ...base, pregnancy: 'postpartum', pregnancy_weeks: '33', weeks_since_birth: '120', red_flags: flags }));
    expect(after.weeks_since_birth).toBe(120);
    expect(after).not.toHaveProperty('pregnancy_weeks');
    expect(after.red_flags).not.toHaveProperty('reduced_baby_movements');
  });

  it('asks about both legs on the legs step when pain is marked below both knees with no nerve sign', () => {
    const both = answers({ locations: ['below_knee_left', 'below_knee_right'] });
    expect(asksBothLegs(both)).toBe(true);
    expect(asksBothLegs(answers({ locations: ['foot_left', 'foot_right'] }))).toBe(true);
    expect(asksBothLegs(answers({ locations: ['below_knee_left', 'foot_left'] }))).toBe(false);
    expect(asksBothLegs({ ...both, leg_tingling: true })).toBe(false);
    expect(problemsOn('legs', both)).toHaveProperty(['red_flags.bilateral_leg_symptoms']);
    expect(problemsOn('legs', { ...both, red_flags: { bilateral_leg_symptoms: 'no' } })).toEqual({});
    // Asked once: the warning step then leaves it out.
    expect(warningFlags(both)).not.toContain('bilateral_leg_symptoms');
    expect(warningFlags(answers({}))).toContain('bilateral_leg_symptoms');
  });

  it('never sends an unanswered warning sign, nor a leg side not given, as "no"', () => {
    const intake = buildIntake(answers({ age: '40', duration_amount: '1', pain_now: '3', leg_weakness: true, red_flags: { fever: 'no' } }));
    expect(intake.red_flags).toEqual({ fever: false });
    expect(intake.leg_symptoms).toEqual({ numbness: false, tingling: false, weakness: true });
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
    expect(stepOfField('pain_now')).toBe('pain');
    expect(stepOfField('red_flags.fever')).toBe('warning');
    expect(stepOfField('prefs.minutes_per_day')).toBe('prefs');
    expect(stepOfField('prefs.equipment[1]')).toBe('prefs');
    expect(stepOfField('pregnancy_weeks')).toBe('pregnancy');
    expect(stepOfField('weeks_since_birth')).toBe('pregnancy');
    expect(stepOfField('intake')).toBeNull();
  });
  it("read the refused field from the problem's errors, never from its prose", () => {
    const refused = intakeRefusal(new ApiError(400, 'pain_now: something', [{ field: 'red_flags.fever', message: 'expected true or false' }]));
    expect(refused).toEqual({ field: 'red_flags.fever', message: 'expected true or false', step: 'warning' });
    expect(intakeRefusal(new ApiError(400, 'pain_now: expected a whole number'))).toBeNull();
    expect(intakeRefusal(new ApiError(500, 'x', [{ field: 'age', message: 'm' }]))).toBeNull();
    expect(intakeRefusal(new Error('offline'))).toBeNull();
  });
});

describe('an emergency answer skips the comfort questions', () => {
  it('knows the warning signs that are an emergency on their own', () => {
    expect(emergencyAnswered(answers({ red_flags: { saddle_numbness: 'yes' } }))).toBe(true);
    expect(emergencyAnswered(answers({ red_flags: { reduced_baby_movements: 'yes' } }))).toBe(true);
    expect(emergencyAnswered(answers({ red_flags: { saddle_numbness: 'no', cancer_history: 'yes' } }))).toBe(false);
    expect(emergencyAnswered(answers({}))).toBe(false);
  });
  it('names only questions the intake asks', () => {
    const asked = new Set([...RED_FLAGS, ...PREGNANCY_FLAGS]);
    for (const flag of EMERGENCY_ON_ITS_OWN) expect(asked.has(flag)).toBe(true);
  });
});
