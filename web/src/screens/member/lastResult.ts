// The member's latest intake result. The server keeps it (GET /me/assessment), so every device
// the member logs in on can show it. This device also keeps the last copy it read, so the result
// and a warning sign's "see a doctor" still show without a connection.
import { memberApi, type Program, type StoredAssessment, type TherapistChange, type Tier } from '../../api/member';

export interface KeptResult extends StoredAssessment {
  program?: Program;
  /** The therapist's newest change to that program, with their note. */
  therapist_change?: TherapistChange | null;
}

const key = (accountId: string) => `motus.result.${accountId}`;

export function rememberResult(accountId: string, result: KeptResult) {
  try {
    localStorage.setItem(key(accountId), JSON.stringify(result));
  } catch {
    // Storage full or blocked: the result is still on screen now, just not kept for later.
  }
}

export function recallResult(accountId: string): KeptResult | null {
  try {
    const raw = localStorage.getItem(key(accountId));
    if (!raw) return null;
    const kept = JSON.parse(raw) as KeptResult;
    // A copy kept before the server said has_program: the kept program answers it.
    return { ...kept, has_program: kept.has_program ?? kept.program !== undefined };
  } catch {
    return null;
  }
}

/** Emergency and urgent results mean a doctor first and no exercises. */
export const needsDoctor = (tier: Tier) => tier === 'emergency' || tier === 'urgent';

/**
 * The latest result: the server's when online (and then kept on this device, with the program
 * kept before if it belongs to the same intake); offline, this device's copy, or null.
 */
export async function latestResult(accountId: string): Promise<KeptResult | null> {
  if (!navigator.onLine) return recallResult(accountId);
  const stored: KeptResult = await memberApi.assessment();
  const kept = recallResult(accountId);
  if (kept?.program && stored.has_program && kept.taken_at === stored.taken_at) {
    stored.program = kept.program;
    stored.therapist_change = kept.therapist_change;
  }
  if (stored.assessment) rememberResult(accountId, stored);
  return stored;
}

/** What Today starts from: its invitation, a doctor first, no program, or today's session. */
export type TodayStart = 'no-intake' | 'see-a-doctor' | 'no-program' | 'session';

/** `null` (offline with nothing kept) leaves it to today's session, which the worker keeps. */
export function todayStart(latest: StoredAssessment | null): TodayStart {
  if (!latest) return 'session';
  if (!latest.assessment) return 'no-intake';
  if (needsDoctor(latest.assessment.tier)) return 'see-a-doctor';
  return latest.has_program ? 'session' : 'no-program';
}

// The intake as last sent from this browser tab, so the result can ask its follow-up questions
// and send it again with the answers. Kept in sessionStorage (gone when the tab closes), like
// the wizard's own answers; another device asks the member to go through the questions again.
const sentKey = (accountId: string) => `motus.intake.sent.${accountId}`;

export function rememberSentIntake(accountId: string, intake: Record<string, unknown>) {
  try {
    sessionStorage.setItem(sentKey(accountId), JSON.stringify(intake));
  } catch {
    // Blocked storage: the follow-up then sends the member through the questions again.
  }
}

export function recallSentIntake(accountId: string): Record<string, unknown> | null {
  try {
    return JSON.parse(sessionStorage.getItem(sentKey(accountId)) ?? 'null') as Record<string, unknown> | null;
  } catch {
    return null;
  }
}
