// Turns a refused request into what the form shows: a message per field (next to the field) and
// one plain sentence for the whole form. Kept free of the DOM so it can be tested.
import { ApiError } from '../../api';

export interface FormProblem {
  fields: Record<string, string>;
  summary: string;
}

const OFFLINE = 'We could not reach Motus. Check your internet connection and try again.';

/** "about 1 minute", "about 15 minutes": a wait in seconds, rounded up to whole minutes. */
export function waitWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/**
 * What to tell the person; `kind` overrides the server's words for statuses a screen explains
 * itself. A screen's own words for a 429 get how long to wait from the answer's Retry-After.
 */
export function formProblem(error: unknown, kind: Partial<Record<number, string>> = {}): FormProblem {
  if (!(error instanceof ApiError)) return { fields: {}, summary: OFFLINE };
  const fields: Record<string, string> = {};
  for (const e of error.errors) if (!(e.field in fields)) fields[e.field] = e.message;
  const own = kind[error.status];
  if (own !== undefined && error.status === 429 && error.retryAfterSeconds !== null) {
    return { fields, summary: `${own} Please wait ${waitWords(error.retryAfterSeconds)} and try again.` };
  }
  return { fields, summary: own ?? error.detail };
}

/** The first of `order` that has a message, so focus can move there. */
export function firstProblem(order: readonly string[], fields: Record<string, string>): string | null {
  return order.find((name) => name in fields) ?? null;
}
