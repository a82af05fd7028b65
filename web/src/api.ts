// The one client for the Motus HTTP API. Screens call these functions and never build URLs.
import type { Keyframe } from './figure/keyframes';
import { language, words, wordsNow } from './i18n';
import type { View } from './figure/pose';

export interface Dosage {
  sets: number;
  reps: number;
  hold_seconds: number;
  minutes: number;
  sides: 'both' | 'each';
  rest_seconds: number;
}

export interface ExerciseSummary {
  id: string;
  name: string;
  kind: string;
  summary: string;
  positions: string[];
  equipment: string[];
  patterns: string[];
  target_muscles: string[];
  easier: string | null;
  harder: string | null;
}

export interface Caution {
  condition: string;
  action: 'avoid' | 'modify';
  text: string;
}

export interface Exercise extends ExerciseSummary {
  steps: string[];
  breathing: string;
  dosage: Dosage;
  cautions: Caution[];
  citations: string[];
  view: View;
  keyframes: Keyframe[];
}

export interface PatternSummary {
  id: string;
  name: string;
  short: string;
}

export interface Pattern extends PatternSummary {
  overview: string;
  how_it_feels: string[];
  aggravating: string[];
  causes: string[];
  what_helps: string[];
  see_a_doctor: string[];
  core_exercises: string[];
  articles: string[];
  evidence_note?: string;
  citations: string[];
}

export interface ArticleSummary {
  slug: string;
  title: string;
  summary: string;
  audience: 'member' | 'therapist';
  reading_minutes: number;
  patterns: string[];
}

export interface Article extends ArticleSummary {
  html: string;
  exercises: string[];
  citations: string[];
}

export interface SearchHit {
  id: string;
  kind: 'exercise' | 'article' | 'pattern';
  title: string;
  snippet: string;
}

export interface ExerciseFilter {
  pattern?: string;
  position?: string;
  equipment?: string;
  kind?: string;
}

/** One field the server refused, as named in a problem document's `errors` list. */
export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** From a 429's Retry-After: how long the server asks us to wait; null when it did not say. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(detail);
  }
}

/** Seconds to wait from a Retry-After header, which is either a number of seconds or a date. */
export function retryAfterSeconds(header: string | null, nowMs = Date.now()): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

// Said when an error answer carries no plain-words detail of its own.
const WORDS = words({
  en: { answered: (status: number) => `The server answered ${status}.` },
  es: { answered: (status: number) => `El servidor ha respondido ${status}.` },
});

async function failure(res: Response): Promise<ApiError> {
  let detail = wordsNow(WORDS).answered(res.status);
  let errors: FieldError[] = [];
  try {
    const problem = (await res.json()) as { detail?: string; title?: string; errors?: FieldError[] };
    if (problem.detail) detail = problem.detail;
    else if (problem.title) detail = problem.title;
    if (Array.isArray(problem.errors)) errors = problem.errors;
  } catch {
    // The body was not a problem document; the status line is all we can say.
  }
  const wait = res.status === 429 ? retryAfterSeconds(res.headers.get('Retry-After')) : null;
  return new ApiError(res.status, detail, errors, wait);
}

/** GET a JSON document; throws ApiError (with the server's plain-words detail) on any non-2xx. */
export async function getJson<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const qs = params.toString();
  const res = await fetch(qs ? `${path}?${qs}` : path, {
    headers: { Accept: 'application/json', 'Accept-Language': language() },
  });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}

/**
 * Sends a state-changing request with a JSON (or, for a string body with a content type, raw)
 * body. The session cookie rides along; the server checks Origin, which the browser sets.
 * Resolves to the parsed JSON answer, or undefined for 204.
 */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language() };
  let payload: string | undefined;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = typeof body === 'string' && contentType !== 'application/json' ? body : JSON.stringify(body);
  }
  const res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  if (!res.ok) throw await failure(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const seg = encodeURIComponent;

export const api = {
  exercises: (filter: ExerciseFilter = {}) =>
    getJson<{ exercises: ExerciseSummary[] }>('/api/v1/exercises', { ...filter }).then((r) => r.exercises),
  exercise: (id: string) => getJson<Exercise>(`/api/v1/exercises/${seg(id)}`),
  patterns: () => getJson<{ patterns: PatternSummary[] }>('/api/v1/patterns').then((r) => r.patterns),
  pattern: (id: string) => getJson<Pattern>(`/api/v1/patterns/${seg(id)}`),
  articles: () => getJson<{ articles: ArticleSummary[] }>('/api/v1/articles').then((r) => r.articles),
  article: (slug: string) => getJson<Article>(`/api/v1/articles/${seg(slug)}`),
  search: (q: string) => getJson<{ hits: SearchHit[] }>('/api/v1/search', { q }).then((r) => r.hits),
};
