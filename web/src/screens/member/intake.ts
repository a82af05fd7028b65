// The intake wizard's rules, free of the screen: which steps a person sees, what each step needs
// before moving on, the intake JSON (docs/api-contract.md) built from the answers, and which step a
// server complaint belongs to.
import { ApiError, type FieldError } from '../../api';
import { words, wordsNow } from '../../i18n';
import { PREGNANCY_FLAGS, RED_FLAGS } from './intakeWords';

const WORDS = words({
  en: {
    age: 'Write your age in years, from 16 to 110.',
    pregnancyWeeks: (low: number, high: number) =>
      `Write how many weeks pregnant you are, from ${low} to ${high} for the months you chose. Your best guess is fine.`,
    weeksSinceBirth: 'Write how many weeks ago the birth was, like 6. Write 0 if it was this week.',
    duration: 'Write a number, like 3. Write 0 if it started today.',
    painNow: 'Choose a number from 0 to 10.',
    legSide: 'Which leg is it?',
    yesOrNo: 'Please answer yes or no.',
  },
  es: {
    age: 'Escribe tu edad en años, de 16 a 110.',
    pregnancyWeeks: (low: number, high: number) =>
      `Escribe de cuántas semanas estás, de ${low} a ${high} para los meses que has elegido. Basta con un cálculo aproximado.`,
    weeksSinceBirth: 'Escribe hace cuántas semanas fue el parto, por ejemplo 6. Escribe 0 si fue esta semana.',
    duration: 'Escribe un número, por ejemplo 3. Escribe 0 si empezó hoy.',
    painNow: 'Elige un número del 0 al 10.',
    legSide: '¿Qué pierna es?',
    yesOrNo: 'Responde sí o no, por favor.',
  },
});

export type YesNo = '' | 'yes' | 'no';

export interface Answers {
  age: string;
  sex: string;
  pregnancy: string;
  pregnancy_weeks: string;
  weeks_since_birth: string;
  duration_amount: string;
  duration_unit: string;
  onset: string;
  trigger: string;
  pain_now: string;
  pain_worst_week: string;
  locations: string[];
  points_to_one_spot: YesNo;
  leg_numbness: boolean;
  leg_tingling: boolean;
  leg_weakness: boolean;
  leg_side: string;
  aggravating: string[];
  easing: string[];
  better_with_exercise: YesNo;
  better_with_rest: YesNo;
  nsaid_helps: YesNo;
  morning_stiffness_minutes: string;
  night_pain: string;
  family_history_spa: YesNo;
  psoriasis_or_enthesitis: YesNo;
  hypermobility: YesNo;
  red_flags: Record<string, YesNo>;
  minutes_per_day: string;
  floor_ok: YesNo;
  kneeling_ok: YesNo;
  equipment: string[];
}

export const EMPTY_ANSWERS: Answers = {
  age: '',
  sex: '',
  pregnancy: '',
  pregnancy_weeks: '',
  weeks_since_birth: '',
  duration_amount: '',
  duration_unit: 'weeks',
  onset: '',
  trigger: '',
  pain_now: '',
  pain_worst_week: '',
  locations: [],
  points_to_one_spot: '',
  leg_numbness: false,
  leg_tingling: false,
  leg_weakness: false,
  leg_side: '',
  aggravating: [],
  easing: [],
  better_with_exercise: '',
  better_with_rest: '',
  nsaid_helps: '',
  morning_stiffness_minutes: '',
  night_pain: '',
  family_history_spa: '',
  psoriasis_or_enthesitis: '',
  hypermobility: '',
  red_flags: {},
  minutes_per_day: '15',
  floor_ok: '',
  kneeling_ok: '',
  equipment: [],
};

export type StepId = 'about' | 'pregnancy' | 'story' | 'pain' | 'where' | 'legs' | 'worse_better' | 'mornings' | 'warning' | 'prefs';

export const ALL_STEPS: StepId[] = ['about', 'pregnancy', 'story', 'pain', 'where', 'legs', 'worse_better', 'mornings', 'warning', 'prefs'];

// Pregnancy-related pelvic pain is asked about for anyone who may be or recently was pregnant:
// everyone except those who said male, within the ages it can happen.
export function asksPregnancy(a: Answers): boolean {
  const age = Number(a.age);
  return a.sex !== 'male' && a.sex !== '' && (!Number.isInteger(age) || age <= 55);
}

/** Pregnant now (any trimester, said on the pregnancy step). */
export const isPregnant = (a: Answers) => asksPregnancy(a) && a.pregnancy.startsWith('trimester');

/** Had a baby (said on the pregnancy step). */
export const isPostpartum = (a: Answers) => asksPregnancy(a) && a.pregnancy === 'postpartum';

/** The weeks of pregnancy each trimester covers (docs/api-contract.md; the server checks the same). */
export const TRIMESTER_WEEKS: Record<string, [number, number]> = { trimester1: [1, 13], trimester2: [14, 27], trimester3: [28, 42] };

const LEG_NERVE_SIGN = (a: Answers) => a.leg_numbness || a.leg_tingling || a.leg_weakness;

/**
 * Pain marked below both knees (or in both feet) with no nerve sign ticked: the legs step asks
 * straight away whether there is numbness, tingling or weakness in both legs (docs/clinical-sources.md §3: not
 * said is never read as no).
 */
export function asksBothLegs(a: Answers): boolean {
  const has = (id: string) => a.locations.includes(id);
  const both = (has('below_knee_left') || has('foot_left')) && (has('below_knee_right') || has('foot_right'));
  return both && !LEG_NERVE_SIGN(a);
}

/** The warning signs the warning step asks: all, less the one the legs step asked, plus pregnancy's. */
export function warningFlags(a: Answers): string[] {
  const general = asksBothLegs(a) ? RED_FLAGS.filter((f) => f !== 'bilateral_leg_symptoms') : RED_FLAGS;
  return isPregnant(a) ? [...general, ...PREGNANCY_FLAGS] : general;
}

/** Every warning sign this person is asked, wherever it is asked. */
const askedFlags = (a: Answers) => (isPregnant(a) ? [...RED_FLAGS, ...PREGNANCY_FLAGS] : RED_FLAGS);

export function stepsFor(a: Answers): StepId[] {
  return ALL_STEPS.filter((s) => s !== 'pregnancy' || asksPregnancy(a));
}

const whole = (text: string) => /^\d+$/.test(text.trim());

/** What still needs an answer on this step, by field name (empty when the step may be left). */
export function problemsOn(step: StepId, a: Answers): Record<string, string> {
  const w = wordsNow(WORDS);
  const out: Record<string, string> = {};
  if (step === 'about') {
    if (!whole(a.age) || Number(a.age) < 16 || Number(a.age) > 110) out.age = w.age;
  }
  if (step === 'pregnancy') {
    if (isPregnant(a)) {
      const [low, high] = TRIMESTER_WEEKS[a.pregnancy];
      const weeks = Number(a.pregnancy_weeks);
      if (!whole(a.pregnancy_weeks) || weeks < low || weeks > high)
        out.pregnancy_weeks = w.pregnancyWeeks(low, high);
    }
    if (isPostpartum(a)) {
      if (!whole(a.weeks_since_birth) || Number(a.weeks_since_birth) > 2600)
        out.weeks_since_birth = w.weeksSinceBirth;
    }
  }
  if (step === 'story') {
    if (!whole(a.duration_amount)) out.duration_amount = w.duration;
  }
  if (step === 'pain') {
    if (a.pain_now === '') out.pain_now = w.painNow;
  }
  if (step === 'legs') {
    if (LEG_NERVE_SIGN(a) && !a.leg_side) out.leg_side = w.legSide;
    if (asksBothLegs(a) && !a.red_flags.bilateral_leg_symptoms) out['red_flags.bilateral_leg_symptoms'] = w.yesOrNo;
  }
  if (step === 'warning') {
    const open = warningFlags(a).filter((f) => !a.red_flags[f]);
    if (open.length) out[`red_flags.${open[0]}`] = w.yesOrNo;
  }
  return out;
}

/** The answer in weeks, rounded to whole weeks as the intake counts them. */
export function durationWeeks(amount: number, unit: string): number {
  if (unit === 'days') return Math.round(amount / 7);
  if (unit === 'months') return Math.round((amount * 52) / 12);
  if (unit === 'years') return amount * 52;
  return amount;
}

const yes = (v: YesNo): boolean | undefined => (v === '' ? undefined : v === 'yes');

/** The intake document for POST /me/intake; questions not answered are left out ("not said"). */
export function buildIntake(a: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = {
    age: Number(a.age),
    duration_weeks: durationWeeks(Number(a.duration_amount), a.duration_unit),
    pain_now: Number(a.pain_now),
  };
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== '') out[key] = value;
  };
  put('sex', a.sex);
  if (asksPregnancy(a)) put('pregnancy', a.pregnancy);
  if (isPregnant(a) && whole(a.pregnancy_weeks)) out.pregnancy_weeks = Number(a.pregnancy_weeks);
  if (isPostpartum(a) && whole(a.weeks_since_birth)) out.weeks_since_birth = Number(a.weeks_since_birth);
  put('onset', a.onset);
  put('trigger', a.trigger);
  put('pain_worst_week', a.pain_worst_week === '' ? undefined : Number(a.pain_worst_week));
  out.locations = a.locations;
  put('points_to_one_spot', yes(a.points_to_one_spot));
  // No nerve sign ticked: no leg has one ("none"). A sign ticked: the side asked, or left out
  // when it was not said (the server then asks it as a follow-up, docs/api-contract.md).
  const legs: Record<string, unknown> = { numbness: a.leg_numbness, tingling: a.leg_tingling, weakness: a.leg_weakness };
  const side = LEG_NERVE_SIGN(a) ? a.leg_side : 'none';
  if (side) legs.side = side;
  out.leg_symptoms = legs;
  out.aggravating = a.aggravating;
  out.easing = a.easing;
  put('morning_stiffness_minutes', a.morning_stiffness_minutes === '' ? undefined : Number(a.morning_stiffness_minutes));
  put('night_pain', a.night_pain);
  for (const key of ['better_with_exercise', 'better_with_rest', 'nsaid_helps', 'family_history_spa', 'psoriasis_or_enthesitis', 'hypermobility'] as const)
    put(key, yes(a[key]));
  const flags: Record<string, boolean> = {};
  for (const f of askedFlags(a)) if (a.red_flags[f]) flags[f] = a.red_flags[f] === 'yes';
  out.red_flags = flags;
  const prefs: Record<string, unknown> = { minutes_per_day: Number(a.minutes_per_day), equipment: a.equipment };
  if (a.floor_ok) prefs.floor_ok = a.floor_ok === 'yes';
  if (a.kneeling_ok) prefs.kneeling_ok = a.kneeling_ok === 'yes';
  out.prefs = prefs;
  return out;
}

// Which step asks each intake key, so a refusal from the server can send the person back there.
const STEP_OF_KEY: Record<string, StepId> = {
  age: 'about',
  sex: 'about',
  pregnancy: 'pregnancy',
  pregnancy_weeks: 'pregnancy',
  weeks_since_birth: 'pregnancy',
  duration_weeks: 'story',
  onset: 'story',
  trigger: 'story',
  pain_now: 'pain',
  pain_worst_week: 'pain',
  locations: 'where',
  points_to_one_spot: 'where',
  leg_symptoms: 'legs',
  aggravating: 'worse_better',
  easing: 'worse_better',
  better_with_exercise: 'worse_better',
  better_with_rest: 'worse_better',
  nsaid_helps: 'worse_better',
  morning_stiffness_minutes: 'mornings',
  night_pain: 'mornings',
  family_history_spa: 'mornings',
  psoriasis_or_enthesitis: 'mornings',
  hypermobility: 'mornings',
  red_flags: 'warning',
  prefs: 'prefs',
};

/** The step that asks a field the server refused (its problem's errors[].field), if any. */
export function stepOfField(field: string): StepId | null {
  const key = field.split(/[.[]/)[0];
  return STEP_OF_KEY[key] ?? null;
}

export interface Refusal extends FieldError {
  step: StepId | null;
}

/** The field a 400 from POST /me/intake refused, with the step that asks it; null otherwise. */
export function intakeRefusal(error: unknown): Refusal | null {
  if (!(error instanceof ApiError) || error.status !== 400 || error.errors.length === 0) return null;
  const [first] = error.errors;
  return { ...first, step: stepOfField(first.field) };
}

/**
 * Warning signs that are an emergency on their own (docs/clinical-sources.md §3): once one is answered yes, the
 * comfort questions after the warning step (minutes a day, equipment) cannot matter, so the
 * intake is sent at once and the safety result shown. The server still judges the tier.
 */
export const EMERGENCY_ON_ITS_OWN = [
  'saddle_numbness',
  'bladder_change',
  'bowel_incontinence',
  'sexual_dysfunction_new',
  'progressive_weakness',
  'bilateral_leg_symptoms',
  'fever',
  'tearing_pain',
  'pulsing_belly_lump',
  'pregnancy_bleeding',
  'pregnancy_fluid_loss',
  'pregnancy_tightenings',
  'reduced_baby_movements',
];

/** True when the answers so far already hold an emergency warning sign. */
export function emergencyAnswered(a: Answers): boolean {
  return EMERGENCY_ON_ITS_OWN.some((f) => a.red_flags[f] === 'yes');
}
