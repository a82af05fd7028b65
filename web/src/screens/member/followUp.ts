// The assessment's follow-up questions (docs/api-contract.md): what kind of answer each field takes, and
// the intake sent again with the answers filled in. Kept free of the screen so it can be tested.
import type { FollowUp } from '../../api/member';

/** yes/no for a warning sign, a leg for leg_symptoms.side, how it started for onset, a number of weeks. */
export type FollowUpKind = 'yes_no' | 'side' | 'onset' | 'weeks' | 'unknown';

export function followUpKind(field: string): FollowUpKind {
  if (field.startsWith('red_flags.')) return 'yes_no';
  if (field === 'leg_symptoms.side') return 'side';
  if (field === 'onset') return 'onset';
  if (field === 'weeks_since_birth' || field === 'pregnancy_weeks') return 'weeks';
  return 'unknown';
}

/** The questions this screen can ask (a field it does not know is left to the full intake). */
export const askable = (list: FollowUp[] | undefined) => (list ?? []).filter((f) => followUpKind(f.field) !== 'unknown');

/** The first question without an answer, or null when all have one. */
export function firstOpen(list: FollowUp[], answers: Record<string, string>): string | null {
  return list.find((f) => answerValue(f.field, answers[f.field] ?? '') === undefined)?.field ?? null;
}

/** The value an answer sends (true/false, a side, whole weeks), or undefined when there is none yet. */
function answerValue(field: string, answer: string): boolean | string | number | undefined {
  const kind = followUpKind(field);
  if (kind === 'yes_no') return answer === 'yes' ? true : answer === 'no' ? false : undefined;
  if (kind === 'side') return ['left', 'right', 'both'].includes(answer) ? answer : undefined;
  if (kind === 'onset') return ['sudden', 'gradual'].includes(answer) ? answer : undefined;
  if (kind === 'weeks') return /^\d+$/.test(answer.trim()) && Number(answer) <= 2600 ? Number(answer) : undefined;
  return undefined;
}

/** The intake again, each answered follow-up written at its field (a dotted path); the rest unchanged. */
export function withFollowUpAnswers(intake: Record<string, unknown>, answers: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(intake);
  for (const [field, answer] of Object.entries(answers)) {
    const value = answerValue(field, answer);
    if (value === undefined) continue;
    const path = field.split('.');
    let at = out;
    for (const key of path.slice(0, -1)) {
      if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
      at = at[key] as Record<string, unknown>;
    }
    at[path[path.length - 1]] = value;
  }
  return out;
}
