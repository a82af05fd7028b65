// Turns a refused request into what the form shows: a message per field (next to the field) and
// one plain sentence for the whole form. Kept free of the DOM so it can be tested.
import { ApiError } from '../../api';

export interface FormProblem {
  fields: Record<string, string>;
  summary: string;
}

const OFFLINE = 'We could not reach Motus. Check your internet connection and try again.';

/** What to tell the person; `kind` overrides the server's words for statuses a screen explains itself. */
export function formProblem(error: unknown, kind: Partial<Record<number, string>> = {}): FormProblem {
  if (!(error instanceof ApiError)) return { fields: {}, summary: OFFLINE };
  const fields: Record<string, string> = {};
  for (const e of error.errors) if (!(e.field in fields)) fields[e.field] = e.message;
  return { fields, summary: kind[error.status] ?? error.detail };
}

/** The first of `order` that has a message, so focus can move there. */
export function firstProblem(order: readonly string[], fields: Record<string, string>): string | null {
  return order.find((name) => name in fields) ?? null;
}
