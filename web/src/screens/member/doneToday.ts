// The session finished today on this device, kept so Today can show it as done with what
// changed (until the day ends or another account logs in on the device).
import type { SessionAnswer } from '../../api/member';

export interface DoneSession {
  accountId: string;
  date: string;
  painBefore: number;
  painAfter: number;
  /** The server's answer; null while the session waits on the device to be sent. */
  answer: SessionAnswer | null;
}

const KEY = 'motus.session-done';

export function keepDone(done: DoneSession) {
  try {
    localStorage.setItem(KEY, JSON.stringify(done));
  } catch {
    // Storage full or blocked: Today just does not show the session as done.
  }
}

/** The kept session when it is this account's and this day's, else null. */
export function doneOn(kept: unknown, accountId: string, date: string): DoneSession | null {
  if (!kept || typeof kept !== 'object') return null;
  const done = kept as DoneSession;
  if (done.accountId !== accountId || done.date !== date) return null;
  if (typeof done.painBefore !== 'number' || typeof done.painAfter !== 'number') return null;
  return done;
}

export function doneToday(accountId: string, date: string): DoneSession | null {
  try {
    return doneOn(JSON.parse(localStorage.getItem(KEY) ?? 'null'), accountId, date);
  } catch {
    return null;
  }
}
