// Who is logged in. One shared answer for every screen: GET /api/v1/auth/session once, refreshed after
// log in, sign-up and log out. Screens read it with useAccount().
import { useEffect, useState } from 'preact/hooks';
import { getJson, sendJson } from './api';

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
  /** Members: an optional phone number and when it is safe to call (for the care team). */
  phone?: string | null;
  call_time?: string | null;
}

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
  pending ??= getJson<{ account: Account | null }>('/api/v1/auth/session')
    .then((r) => r.account)
    .then((a) => {
      publish(a);
      return a;
    })
    .finally(() => (pending = null));
  return pending;
}

export async function logIn(email: string, password: string): Promise<Known> {
  await sendJson('POST', '/api/v1/auth/login', { email, password });
  return refreshAccount();
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
