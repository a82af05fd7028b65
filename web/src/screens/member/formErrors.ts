// Turns a refused request into what the form shows: a message per field (next to the field) and
// one plain sentence for the whole form. Kept free of the DOM so it can be tested.
import { ApiError } from '../../api';
import { words, wordsNow } from '../../i18n';

export interface FormProblem {
  fields: Record<string, string>;
  summary: string;
}

const WORDS = words({
  en: {
    offline: 'We could not reach Motus. Check your internet connection and try again.',
    about: (minutes: number) => `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
    wait: (own: string, wait: string) => `${own} Please wait ${wait} and try again.`,
  },
  es: {
    offline: 'No hemos podido conectar con Motus. Comprueba tu conexión a internet y vuelve a intentarlo.',
    about: (minutes: number) => `unos ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`,
    wait: (own: string, wait: string) => `${own} Espera ${wait} y vuelve a intentarlo.`,
  },
});

/** The sentence for a request that never reached the server. */
export const offlineWords = () => wordsNow(WORDS).offline;

/** "about 1 minute", "about 15 minutes": a wait in seconds, rounded up to whole minutes. */
export function waitWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return wordsNow(WORDS).about(minutes);
}

/**
 * What to tell the person; `kind` overrides the server's words for statuses a screen explains
 * itself. A screen's own words for a 429 get how long to wait from the answer's Retry-After.
 */
export function formProblem(error: unknown, kind: Partial<Record<number, string>> = {}): FormProblem {
  if (!(error instanceof ApiError)) return { fields: {}, summary: offlineWords() };
  const fields: Record<string, string> = {};
  for (const e of error.errors) if (!(e.field in fields)) fields[e.field] = e.message;
  const own = kind[error.status];
  if (own !== undefined && error.status === 429 && error.retryAfterSeconds !== null) {
    return { fields, summary: wordsNow(WORDS).wait(own, waitWords(error.retryAfterSeconds)) };
  }
  return { fields, summary: own ?? error.detail };
}

/** The first of `order` that has a message, so focus can move there. */
export function firstProblem(order: readonly string[], fields: Record<string, string>): string | null {
  return order.find((name) => name in fields) ?? null;
}
