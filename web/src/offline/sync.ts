// The app's side of the waiting list: a finished session is sent at once when the device is
// online, and otherwise queued in localStorage; the queue is sent when the browser says it is
// back online and each time the app starts. Screens follow the count with useWaiting().
import { useEffect, useState } from 'preact/hooks';
import { memberApi, type SessionAnswer, type SessionReport } from '../api/member';
import { refreshAccount } from '../session';
import { enqueue, flush, outcomeOf, waiting, type Shelf } from './queue';

const KEY = 'motus.waiting-sessions';

const shelf: Shelf = {
  read: () => localStorage.getItem(KEY),
  write: (text) => localStorage.setItem(KEY, text),
};

export interface Waiting {
  count: number;
  /** How many were sent since the last time some were queued (for "sent" feedback). */
  justSent: number;
}

let state: Waiting = { count: 0, justSent: 0 };
const listeners = new Set<(w: Waiting) => void>();

function publish(next: Waiting) {
  state = next;
  listeners.forEach((l) => l(next));
}

export function useWaiting(): Waiting {
  const [now, setNow] = useState<Waiting>(state);
  useEffect(() => {
    listeners.add(setNow);
    setNow(state);
    return () => {
      listeners.delete(setNow);
    };
  }, []);
  return now;
}

let running: Promise<void> | null = null;

/** Sends what is waiting for whoever is logged in; safe to call often. */
export function sendWaiting(): Promise<void> {
  running ??= (async () => {
    if (waiting(shelf).length === 0) return;
    const account = await refreshAccount().catch(() => null);
    if (!account) return;
    const result = await flush(shelf, account.id, memberApi.sendSession);
    publish({ count: waiting(shelf).length, justSent: state.justSent + result.sent });
  })().finally(() => (running = null));
  return running;
}

export type Sent = { answer: SessionAnswer } | { queued: true };

/** Sends a finished session, or keeps it for later when there is no connection. */
export async function sendOrQueue(accountId: string, report: SessionReport): Promise<Sent> {
  const keep = (): Sent => {
    const list = enqueue(shelf, { accountId, report, finishedAt: new Date().toISOString() });
    publish({ count: list.length, justSent: 0 });
    return { queued: true };
  };
  // Asking the network while the browser knows it is offline only adds a failed request.
  if (!navigator.onLine) return keep();
  try {
    return { answer: await memberApi.sendSession(report) };
  } catch (error) {
    if (outcomeOf(error) === 'keep') return keep();
    throw error;
  }
}

/** Called once when the app loads. */
export function startOfflineSync() {
  state = { count: waiting(shelf).length, justSent: 0 };
  window.addEventListener('online', () => void sendWaiting());
  if (navigator.onLine) void sendWaiting();
}
