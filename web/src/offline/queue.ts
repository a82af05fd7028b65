// Sessions finished without a connection wait here until they can be sent. The queue is a list
// kept in one storage slot; a session's client_id makes a resend harmless, so a session is only
// taken off the list once the server has answered for it.
import { ApiError } from '../api';
import type { SessionReport } from '../api/member';

export interface WaitingSession {
  accountId: string;
  report: SessionReport;
  finishedAt: string;
}

/** Where the list is kept (localStorage in the app, a plain object in tests). */
export interface Shelf {
  read(): string | null;
  write(text: string): void;
}

export function waiting(shelf: Shelf): WaitingSession[] {
  try {
    const list = JSON.parse(shelf.read() ?? '[]') as unknown;
    return Array.isArray(list) ? (list as WaitingSession[]) : [];
  } catch {
    return [];
  }
}

/** Adds a session once: the same client_id queued twice stays one entry. */
export function enqueue(shelf: Shelf, item: WaitingSession): WaitingSession[] {
  const list = waiting(shelf).filter((w) => w.report.client_id !== item.report.client_id);
  const next = [...list, item];
  shelf.write(JSON.stringify(next));
  return next;
}

function remove(shelf: Shelf, clientId: string) {
  shelf.write(JSON.stringify(waiting(shelf).filter((w) => w.report.client_id !== clientId)));
}

export type Outcome = 'sent' | 'keep' | 'drop';

/**
 * What a failed send means for the waiting session: no connection, a server trouble, or no valid
 * login yet (keep it and try later); a refusal of the session itself, which no resend will change
 * (drop it).
 */
export function outcomeOf(error: unknown): Outcome {
  if (!(error instanceof ApiError)) return 'keep';
  if (error.status >= 500 || [401, 403, 408, 429].includes(error.status)) return 'keep';
  return 'drop';
}

export interface FlushResult {
  sent: number;
  dropped: number;
  left: number;
}

/** Sends the account's waiting sessions in the order they were finished; others' stay untouched. */
export async function flush(shelf: Shelf, accountId: string, send: (r: SessionReport) => Promise<unknown>): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, dropped: 0, left: 0 };
  for (const item of waiting(shelf).filter((w) => w.accountId === accountId)) {
    let outcome: Outcome;
    try {
      await send(item.report);
      outcome = 'sent';
    } catch (error) {
      outcome = outcomeOf(error);
    }
    if (outcome === 'keep') {
      result.left++;
      continue;
    }
    remove(shelf, item.report.client_id);
    if (outcome === 'sent') result.sent++;
    else result.dropped++;
  }
  return result;
}
