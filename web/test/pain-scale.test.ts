import { describe, expect, it } from 'vitest';
import { asPainChoice, painRefusal, painScaleHint, painValueText, painWords, SCALE_ANCHORS } from '../src/components/painScale';
import { freshRun, resumable } from '../src/screens/member/runState';

describe('a pain scale with no default', () => {
  it('says "not chosen yet" until a number is chosen, then the number in words', () => {
    expect(painValueText(null)).toBe('not chosen yet');
    expect(painValueText(0)).toBe('pain 0 of 10, no pain');
    expect(painValueText(7)).toBe('pain 7 of 10, strong');
    expect(painWords(10)).toBe('worst pain');
  });

  it('words every scale, sliders and buttons alike, with the one list (the core\'s, checked in e2e)', () => {
    expect(Array.from({ length: 11 }, (_, n) => painWords(n))).toEqual([
      'no pain', 'mild', 'mild', 'mild', 'moderate', 'moderate', 'moderate', 'strong', 'strong', 'strong', 'worst pain',
    ]);
    expect(SCALE_ANCHORS).toEqual([0, 5, 10]);
    expect(painScaleHint()).toBe('0 means no pain, 5 moderate, 10 worst pain.');
  });

  it('refuses a form until a pain is chosen, and a chosen 0 is a real answer', () => {
    expect(painRefusal(null)).toMatch(/choose your pain/);
    expect(painRefusal(0)).toBeNull();
    expect(painRefusal(10)).toBeNull();
  });

  it('reads a kept value back only when it is a whole number from 0 to 10', () => {
    expect(asPainChoice(0)).toBe(0);
    expect(asPainChoice(6)).toBe(6);
    for (const bad of [null, undefined, -1, 11, 2.5, '3']) expect(asPainChoice(bad)).toBeNull();
  });

  it('starts a session with both pains not chosen, and a kept run keeps "not chosen"', () => {
    const fresh = freshRun('maya', '2026-11-24', ['bridge'], 'c1');
    expect(fresh.painBefore).toBeNull();
    expect(fresh.painAfter).toBeNull();
    const kept = resumable({ ...fresh, stage: { kind: 'after' }, painBefore: 3 }, 'maya', '2026-11-24', ['bridge']);
    expect(kept?.painBefore).toBe(3);
    expect(kept?.painAfter).toBeNull();
  });
});
