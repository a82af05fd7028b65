// The answers to a flare-up check-in's warning-sign questions, and the `flare_check` answer they
// make for POST /me/checkins. The questions themselves, their words and their fields are the
// server's (GET /api/v1/flare-questions, from the core's list), so the screen asks exactly what
// the server judges; this module only keeps the answers and shapes them.
import type { FlareQuestion, FlareScreen } from '../../api/journal';
import type { YesNo } from '../member/intake';
import { words, wordsNow } from '../../i18n';

const WORDS = words({
  en: {
    toughDay: 'Sorry it is a tough day. Keep moving gently and skip what hurts, and book the visit to your doctor above.',
  },
  es: {
    toughDay:
      'Sentimos que hoy sea un día difícil. Sigue moviéndote con suavidad, sáltate lo que te duela y pide la cita con tu médico que te indicamos arriba.',
  },
});

export type LegSide = '' | 'left' | 'right' | 'both';

export interface FlareAnswers {
  /** By flare_check field. */
  yesNo: Record<string, YesNo>;
  side: LegSide;
}

export const NO_ANSWERS: FlareAnswers = { yesNo: {}, side: '' };

/** A question answered yes or no (the others choose a leg). */
export const isYesNo = (q: FlareQuestion) => q.answer.every((v) => typeof v === 'boolean');

/** The question that asks which leg, if the server asks one. */
export const legSideQuestion = (questions: FlareQuestion[]) => questions.find((q) => !isYesNo(q));

/** The leg sides to choose from once a leg answer is yes (every side but "none"). */
type SideWord = Extract<FlareQuestion['answer'][number], string>;
export const legSides = (q: FlareQuestion): SideWord[] => q.answer.filter((v): v is SideWord => typeof v === 'string' && v !== 'none');

/** The questions about how the person feels and their legs, then the warning signs. */
export function groupQuestions(questions: FlareQuestion[]): { legs: FlareQuestion[]; flags: FlareQuestion[] } {
  const asked = questions.filter(isYesNo);
  return { legs: asked.filter((q) => !q.field.startsWith('red_flags.')), flags: asked.filter((q) => q.field.startsWith('red_flags.')) };
}

/** True when a leg answer is yes, so the screen asks which leg. */
export function asksLegSide(questions: FlareQuestion[], a: FlareAnswers): boolean {
  const side = legSideQuestion(questions);
  if (!side) return false;
  const group = side.field.slice(0, side.field.lastIndexOf('.') + 1);
  return questions.some((q) => isYesNo(q) && q.field.startsWith(group) && a.yesNo[q.field] === 'yes');
}

/** The first question still unanswered (its field, or the leg side's), or null when all are. */
export function firstUnanswered(questions: FlareQuestion[], a: FlareAnswers): string | null {
  const open = questions.find((q) => isYesNo(q) && !a.yesNo[q.field]);
  if (open) return open.field;
  const side = legSideQuestion(questions);
  if (side && asksLegSide(questions, a) && !a.side) return side.field;
  return null;
}

function put(body: Record<string, unknown>, field: string, value: unknown) {
  const path = field.split('.');
  let at = body;
  for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[path[path.length - 1]] = value;
}

/** The flare_check body for the answers: every question's field; pain_now is the check-in's pain. */
export function flareCheckBody(questions: FlareQuestion[], a: FlareAnswers, pain: number): Record<string, unknown> {
  const body: Record<string, unknown> = { pain_now: pain };
  const legs = asksLegSide(questions, a);
  for (const q of questions) put(body, q.field, isYesNo(q) ? a.yesNo[q.field] === 'yes' : legs && a.side ? a.side : 'none');
  return body;
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
 * (advice agrees with the tier), so ours point to the visit instead.
 */
export function checkinWords(answer: { advice: string; flare_check?: FlareScreen }): string {
  if (doctorWhen(answer.flare_check) === 'weeks')
    return wordsNow(WORDS).toughDay;
  return answer.advice;
}
