// The one client for the Motus HTTP API. Screens call these functions and never build URLs.
import type { Keyframe } from './figure/keyframes';
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

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

async function getJson<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const qs = params.toString();
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    let detail = `The server answered ${res.status}.`;
    try {
      const problem = (await res.json()) as { detail?: string };
      if (problem.detail) detail = problem.detail;
    } catch {
      // The body was not a problem document; the status line is all we can say.
    }
    throw new ApiError(res.status, detail);
  }
  return (await res.json()) as T;
}

const seg = encodeURIComponent;

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
