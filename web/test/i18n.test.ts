// Every screen's words exist in both languages, and the Spanish is written, not copied.
import { describe, expect, it } from 'vitest';
import { allTables, fromBrowser, tableProblems, type Table, type Words } from '../src/i18n';

// Load every module of the web app so each declares its tables. A few modules listen to the
// window when loaded (offline sending); in node they get a window that nobody fires events on.
const g = globalThis as unknown as Record<string, unknown>;
g.navigator ??= { onLine: false, languages: ['en'], language: 'en' };
g.window ??= Object.assign(globalThis, { addEventListener: () => undefined, removeEventListener: () => undefined });

const modules = import.meta.glob(['../src/**/*.ts', '../src/**/*.tsx', '!../src/**/*.d.ts', '!../src/main.tsx']);

// Words that are the same in both languages (names, units, the brand).
const SAME_IN_BOTH = new Set(['Motus', 'OK', 'PDF', 'FHIR', 'CSV', 'Email', 'No', 'Total', 'Video']);

describe('the words of the web app', () => {
  it('are in English and in Spanish for every key, and the Spanish is not the English', async () => {
    await Promise.all(Object.values(modules).map((load) => load()));
    expect(allTables().length).toBeGreaterThan(0);
    expect(tableProblems(allTables(), SAME_IN_BOTH)).toEqual([]);
  });

  it('the check finds a missing and a copied text', () => {
    const bad = { en: { a: 'Hello', b: 'Bye', c: 'Motus' }, es: { a: 'Hello', b: ' ', c: 'Motus' } };
    expect(tableProblems([bad as Table<Words>], SAME_IN_BOTH)).toEqual([
      'a: the Spanish is the English "Hello"',
      'b: no Spanish for "Bye"',
    ]);
  });

  it('follows the browser when nothing was chosen', () => {
    expect(fromBrowser(['es-MX', 'en-US'])).toBe('es');
    expect(fromBrowser(['fr-FR', 'es'])).toBe('es');
    expect(fromBrowser(['de-DE'])).toBe('en');
    expect(fromBrowser([])).toBe('en');
  });
});
