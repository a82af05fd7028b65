// The language of the web app's own words, and the words themselves.
//
// Which language: the member's choice in Account (stored on the server, GET/PUT
// /api/v1/me/language), else the one picked on this device, else the browser's, else English.
// Every request says it in Accept-Language (api.ts), so the server's words (content, assessment,
// check-in advice) come in the same language as the screens around them.
//
// The words: each screen keeps its own, side by side, in one `words({ en, es })` table. The type
// makes the Spanish table have every key of the English one; a unit test (web/test/i18n.test.ts)
// fails when a Spanish text is missing, empty, or identical to the English. Write each language
// for the reader, not word for word.
import { useEffect, useState } from 'preact/hooks';

export type Language = 'en' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'es'];
/** Each language's own name, as its readers write it (for the language switch). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

const KEY = 'motus.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'es';
}

/** The first of the browser's preferred languages Motus speaks, or English. */
export function fromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

function stored(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function initial(): Language {
  const nav = globalThis.navigator;
  return stored() ?? fromBrowser(nav ? (nav.languages?.length ? nav.languages : [nav.language ?? 'en']) : ['en']);
}

let current: Language = initial();
const listeners = new Set<(l: Language) => void>();

function mark(l: Language) {
  if (globalThis.document) globalThis.document.documentElement.lang = l;
}
mark(current);

/** The language screens are shown in now. */
export function language(): Language {
  return current;
}

/** Shows every screen in `l` from now on, and remembers it on this device. */
export function setLanguage(l: Language) {
  try {
    globalThis.localStorage?.setItem(KEY, l);
  } catch {
    // Private browsing without storage: the choice lasts until the page is closed.
  }
  if (l === current) return;
  current = l;
  mark(l);
  listeners.forEach((f) => f(l));
}

/** The current language; the component renders again when it changes. */
export function useLanguage(): Language {
  const [l, set] = useState(current);
  useEffect(() => {
    listeners.add(set);
    set(current);
    return () => {
      listeners.delete(set);
    };
  }, []);
  return l;
}

/** A text, or a function that makes one from the screen's values (counts, names, dates). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Text = string | ((...values: any[]) => string);
export type Words = Record<string, Text>;
export interface Table<W extends Words> {
  en: W;
  es: { [K in keyof W]: W[K] };
}

const tables: Table<Words>[] = [];

/** Declares one screen's words in both languages (kept for the test that compares them). */
export function words<W extends Words>(table: Table<W>): Table<W> {
  tables.push(table as unknown as Table<Words>);
  return table;
}

/** Every table declared by the modules loaded so far (for web/test/i18n.test.ts). */
export function allTables(): readonly Table<Words>[] {
  return tables;
}

/** The screen's words in the current language; renders again when the language changes. */
export function useWords<W extends Words>(table: Table<W>): W {
  return table[useLanguage()] as W;
}

/** The words in the current language, outside a component (helpers called from screens). */
export function wordsNow<W extends Words>(table: Table<W>): W {
  return table[current] as W;
}

/** The locale tag for Intl formatting of dates and numbers. */
export function locale(l: Language = current): string {
  return l === 'es' ? 'es' : 'en';
}

/** A date (and time, when asked) formatted for the current language. */
export function formatDate(ms: number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(locale(), options).format(new Date(ms));
}

/** A number formatted for the current language (decimal comma in Spanish). */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale(), options).format(n);
}

function sample(text: Text | undefined): string {
  if (typeof text === 'function') return String(text(1, 'A', 'B', 'C'));
  return String(text ?? '');
}

/**
 * What is wrong with the tables: a key without Spanish, an empty text, or a Spanish text that is
 * the English one (except the few words that are the same in both, such as names and units).
 */
export function tableProblems(list: readonly Table<Words>[], sameInBoth: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const table of list) {
    for (const key of Object.keys(table.en)) {
      const en = sample(table.en[key]);
      const es = sample(table.es[key as keyof typeof table.es]);
      if (es.trim() === '') problems.push(`${key}: no Spanish for "${en}"`);
      else if (es === en && !sameInBoth.has(en)) problems.push(`${key}: the Spanish is the English "${en}"`);
    }
  }
  return problems;
}
