// The warning-sign questions a flare-up check-in asks, and the `flare_check` answer they make for
// POST /me/checkins (the same fields as a session's flare check: src/core/assessment/
// flare_questions.hpp lists them). Red-flag wording is the intake's, so a member meets the same
// question twice in the same words.
import type { FlareScreen } from '../../api/journal';
import type { YesNo } from '../member/intake';
import { RED_FLAG_GROUPS } from '../member/intakeWords';

export type LegSide = '' | 'left' | 'right' | 'both';

export interface FlareQuestion {
  /** The flare_check field, e.g. red_flags.saddle_numbness. */
  field: string;
  text: string;
}

/** The red flags a flare can bring on; the history ones (cancer, thin bones…) stay with the intake. */
const FLARE_RED_FLAGS = [
  'saddle_numbness',
  'bladder_change',
  'bowel_incontinence',
  'sexual_dysfunction_new',
  'progressive_weakness',
  'bilateral_leg_symptoms',
  'fever',
  'night_pain_constant',
  'weight_loss_unexplained',
  'significant_trauma',
];

const LEG_QUESTIONS: FlareQuestion[] = [
  { field: 'leg_symptoms.numbness', text: 'Does a leg or foot feel numb?' },
  { field: 'leg_symptoms.tingling', text: 'Do you have pins and needles (tingling) in a leg or foot?' },
  { field: 'leg_symptoms.weakness', text: 'Does a leg or foot feel weak?' },
];

const RED_FLAG_TEXT = new Map(RED_FLAG_GROUPS.flatMap((g) => g.flags.map((f) => [f.id, f.text] as const)));

export const FLARE_QUESTIONS: FlareQuestion[] = [
  { field: 'new_symptoms', text: 'Do you feel anything new that you have not felt with your back pain before?' },
  ...LEG_QUESTIONS,
  ...FLARE_RED_FLAGS.map((id) => ({ field: `red_flags.${id}`, text: RED_FLAG_TEXT.get(id) ?? id })),
];

export interface FlareAnswers {
  /** By flare_check field. */
  yesNo: Record<string, YesNo>;
  side: LegSide;
}

export const NO_ANSWERS: FlareAnswers = { yesNo: {}, side: '' };

/** True when a leg answer is yes, so the screen asks which leg. */
export function asksLegSide(a: FlareAnswers): boolean {
  return LEG_QUESTIONS.some((q) => a.yesNo[q.field] === 'yes');
}

/** The first question still unanswered (its field, or "leg_symptoms.side"), or null when all are. */
export function firstUnanswered(a: FlareAnswers): string | null {
  const open = FLARE_QUESTIONS.find((q) => !a.yesNo[q.field]);
  if (open) return open.field;
  if (asksLegSide(a) && !a.side) return 'leg_symptoms.side';
  return null;
}

/** The flare_check body for the answers; pain_now is the check-in's own pain. */
export function flareCheckBody(a: FlareAnswers, pain: number): Record<string, unknown> {
  const yes = (field: string) => a.yesNo[field] === 'yes';
  const redFlags: Record<string, boolean> = {};
  for (const id of FLARE_RED_FLAGS) redFlags[id] = yes(`red_flags.${id}`);
  const legs = asksLegSide(a);
  return {
    pain_now: pain,
    new_symptoms: yes('new_symptoms'),
    leg_symptoms: {
      numbness: yes('leg_symptoms.numbness'),
      tingling: yes('leg_symptoms.tingling'),
      weakness: yes('leg_symptoms.weakness'),
      side: legs && a.side ? a.side : 'none',
    },
    red_flags: redFlags,
  };
}

/** emergency: see a doctor today; urgent: in the next few days; routine: in the next few weeks; null: no doctor needed. */
export function doctorWhen(screen: FlareScreen | undefined): 'today' | 'soon' | 'weeks' | null {
  if (screen?.tier === 'emergency') return 'today';
  if (screen?.tier === 'urgent') return 'soon';
  if (screen?.tier === 'routine') return 'weeks';
  return null;
}

/**
 * The check-in's closing words. The server's words for a flare with no warning sign say so; when
 * the re-screen still recommends a doctor (routine), those words would contradict it
 * (domain.md §3: advice agrees with the tier), so ours point to the visit instead.
 */
export function checkinWords(answer: { advice: string; flare_check?: FlareScreen }): string {
  if (doctorWhen(answer.flare_check) === 'weeks')
    return 'Sorry it is a tough day. Keep moving gently and skip what hurts, and book the visit to your doctor above.';
  return answer.advice;
}
