// Who is logged in. One shared answer for every screen: GET /api/v1/auth/session once, refreshed after
// log in, sign-up and log out. Screens read it with useAccount().
import { useEffect, useState } from 'preact/hooks';
import { getJson, sendJson } from './api';
import { setLanguage, type Language } from './i18n';

export type Role = 'member' | 'therapist' | 'org_admin' | 'admin';

export interface Account {
  id: string;
  email: string;
  role: Role;
  first_name: string;
  last_name: string;
  organization_id?: string | null;
  /** An account an admin made: the server refuses everything but a password change until then. */
  must_change_password?: boolean;
  /** false while the email address has not been confirmed by the link sent at sign-up. */
  email_verified?: boolean;
  /** Members: an optional phone number and when it is safe to call (for the care team). */
  phone?: string | null;
  call_time?: string | null;
  /** Staff whose clinic requires two-step login and who have not set it up: only that opens. */
  must_enrol_second_factor?: boolean;
}

/** After the password: logged in, or (staff with two-step login) a code is wanted first. */
export type LoginStep = { kind: 'done'; account: Account | null } | { kind: 'code'; ticket: string };

/** undefined: not known yet; null: nobody is logged in. */
type Known = Account | null | undefined;

let current: Known;
let pending: Promise<Known> | null = null;
const listeners = new Set<(a: Known) => void>();

function publish(next: Known) {
  current = next;
  listeners.forEach((l) => l(next));
}

/** Asks the server who the session belongs to (null when there is no valid session). */
export function refreshAccount(): Promise<Known> {
  pending ??= getJson<{ account: Account | null; must_enrol_second_factor?: boolean }>('/api/v1/auth/session')
    .then((r) => (r.account && r.must_enrol_second_factor ? { ...r.account, must_enrol_second_factor: true } : r.account))
    .then(async (a) => {
      // A signed-in person's stored choice of language wins over this device's. An account that
      // must first choose its password or set up two-step login can ask nothing else yet (403).
      if (a && !a.must_change_password && !a.must_enrol_second_factor) await followStoredLanguage();
      publish(a);
      return a;
    })
    .finally(() => (pending = null));
  return pending;
}

export async function logIn(email: string, password: string): Promise<LoginStep> {
  const answer = await sendJson<{ second_factor?: string; ticket?: string }>('POST', '/api/v1/auth/login', {
    email,
    password,
  });
  if (answer?.second_factor && answer.ticket) return { kind: 'code', ticket: answer.ticket };
  return { kind: 'done', account: (await refreshAccount()) ?? null };
}

/** The second step: the app's 6-digit code, or (recovery) one of the one-time recovery codes. */
export async function logInWithCode(ticket: string, code: string, recovery: boolean): Promise<Account | null> {
  await sendJson('POST', '/api/v1/auth/login/second-factor', recovery ? { ticket, recovery_code: code } : { ticket, code });
  return (await refreshAccount()) ?? null;
}

export async function logOut(): Promise<void> {
  try {
    await sendJson('POST', '/api/v1/auth/logout');
  } finally {
    publish(null);
  }
}

/** The logged-in account for a screen; starts the first lookup on first use. */
export function useAccount(): Known {
  const [account, setAccount] = useState<Known>(current);
  useEffect(() => {
    listeners.add(setAccount);
    if (current === undefined) refreshAccount().catch(() => publish(null));
    return () => {
      listeners.delete(setAccount);
    };
  }, []);
  return account;
}

async function followStoredLanguage() {
  // Offline (the session came from the service worker's copy) there is nobody to ask.
  if (globalThis.navigator?.onLine === false) return;
  try {
    const answer = await getJson<{ language: Language | null }>('/api/v1/me/language');
    if (answer.language) setLanguage(answer.language);
  } catch {
    // Without an answer the screens stay in the language they are in.
  }
}

/** Shows Motus in `l`, and keeps the choice with the account when someone is signed in. */
export async function chooseLanguage(l: Language): Promise<void> {
  setLanguage(l);
  if (current) await sendJson('PUT', '/api/v1/me/language', { language: l });
}
