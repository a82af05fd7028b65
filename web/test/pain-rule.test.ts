// One pain-monitoring rule (Silbernagel 2007, docs/clinical-sources.md §4) wherever a member reads it: the
// screens take it from src/painRule.ts, and every article that states a rule states this one,
// word for word. A second wording anywhere fails here.
import { describe, expect, it } from 'vitest';
import { PAIN_RULE, painZone, painZoneWords } from '../src/painRule';

const flat = (text: string) => text.replace(/\s+/g, ' ');
const ARTICLES = import.meta.glob<string>('../../content/articles/*.md', { query: '?raw', import: 'default', eager: true });
const SCREENS = import.meta.glob<string>(['../src/**/*.ts', '../src/**/*.tsx', '!../src/painRule.ts'], { query: '?raw', import: 'default', eager: true });

// Phrases that state a rule: a number out of 10 next to "settle" or "next morning/day".
const STATES_A_RULE = /(out of 10|\b\d\/10\b|\bup to \d\b|\b0 to 2\b|\b3 to 5\b)[^.]{0,80}(settle|next (morning|day))/i;

describe('the pain-monitoring rule', () => {
  it('sorts a pain number as docs/clinical-sources.md §4 does', () => {
    expect([0, 2, 3, 5, 6, 10].map(painZone)).toEqual(['safe', 'safe', 'acceptable', 'acceptable', 'too_much', 'too_much']);
    expect(painZoneWords(4)).toBe('4 of 10 during exercise is acceptable if it has settled by the next morning.');
  });

  it('reads the same in every member article that states it', () => {
    const stating = Object.entries(ARTICLES).filter(([, text]) => STATES_A_RULE.test(flat(text)));
    expect(stating.length).toBeGreaterThan(5);
    for (const [path, raw] of stating) {
      const text = flat(raw);
      if (/audience: therapist/.test(text)) continue;
      expect(text, path).toContain(PAIN_RULE);
      expect(text, path).toContain('Silbernagel');
      expect(text, path).not.toMatch(/3 or 4 out of 10/);
    }
  });

  it('is stated on no screen except through src/painRule.ts', () => {
    expect(Object.keys(SCREENS).length).toBeGreaterThan(50);
    for (const [path, text] of Object.entries(SCREENS)) expect(flat(text), path).not.toMatch(STATES_A_RULE);
  });
});
