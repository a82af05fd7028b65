// The answer to the member's last intake, kept on this device so /result can show it again.
// The API has no read-back of an assessment, so the device that sent the intake remembers it.
import type { IntakeAnswer } from '../../api/member';

const key = (accountId: string) => `motus.result.${accountId}`;

export function rememberResult(accountId: string, answer: IntakeAnswer) {
  try {
    localStorage.setItem(key(accountId), JSON.stringify(answer));
  } catch {
    // Storage full or blocked: the result is still on screen now, just not kept for later.
  }
}

export function recallResult(accountId: string): IntakeAnswer | null {
  try {
    const raw = localStorage.getItem(key(accountId));
    return raw ? (JSON.parse(raw) as IntakeAnswer) : null;
  } catch {
    return null;
  }
}
