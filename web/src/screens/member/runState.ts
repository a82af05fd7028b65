// Where a member is in today's session, kept in localStorage after every step so a reload, a
// locked phone or a closed tab does not lose the session half-way. A kept session is only taken
// up again for the same account, the same day and the same exercises.
import type { SessionAnswer } from '../../api/member';
import { asPainChoice, type PainChoice } from '../../components/painScale';
import type { ExerciseResult } from './sessionWords';

export type Stage =
  | { kind: 'before' }
  | { kind: 'moving'; index: number }
  | { kind: 'rating'; index: number }
  | { kind: 'after' }
  | { kind: 'sent'; answer: SessionAnswer }
  | { kind: 'queued' };

export interface Run {
  accountId: string;
  date: string;
  plan: string[];
  clientId: string;
  stage: Stage;
  painBefore: PainChoice;
  painAfter: PainChoice;
  results: ExerciseResult[];
}

export function freshRun(accountId: string, date: string, plan: string[], clientId: string): Run {
  return { accountId, date, plan, clientId, stage: { kind: 'before' }, painBefore: null, painAfter: null, results: [] };
}

const UNDER_WAY = ['moving', 'rating', 'after'];

/** The kept run when it is this account's unfinished session of this day's plan, else null. */
export function resumable(kept: unknown, accountId: string, date: string, plan: string[]): Run | null {
  if (!kept || typeof kept !== 'object') return null;
  const run = kept as Run;
  const same = run.accountId === accountId && run.date === date && Array.isArray(run.plan) && run.plan.join() === plan.join();
  if (!same || !run.stage || !UNDER_WAY.includes(run.stage.kind) || !Array.isArray(run.results)) return null;
  if ('index' in run.stage && (run.stage.index < 0 || run.stage.index >= plan.length)) return null;
  return { ...run, painBefore: asPainChoice(run.painBefore), painAfter: asPainChoice(run.painAfter) };
}
