// The pain-monitoring rule, in the one wording every member screen uses (the session player, the
// exercise player, the check-in) and every article repeats word for word (web/test checks it).
// Source: Silbernagel KG et al., Am J Sports Med 2007 (docs/clinical-sources.md §4): pain during exercise
// 0–2/10 is safe, 3–5/10 acceptable if it has settled by the next morning, above 5/10 too much.
// The server's program changes follow the same model (src/core/program/pain_monitoring.hpp).

export const PAIN_RULE =
  'Pain during exercise from 0 to 2 out of 10 is safe. From 3 to 5 is acceptable if it has settled by the next morning. Above 5 is too much: ease off.';

export const PAIN_RULE_SOURCE = 'Silbernagel 2007';

export type PainZone = 'safe' | 'acceptable' | 'too_much';

/** Where a pain number during exercise falls under the rule. */
export function painZone(pain: number): PainZone {
  if (pain <= 2) return 'safe';
  if (pain <= 5) return 'acceptable';
  return 'too_much';
}

/** The rule's words for one number, e.g. "4 of 10: acceptable if it has settled by the next morning." */
export function painZoneWords(pain: number): string {
  const zone = painZone(pain);
  const words = zone === 'safe' ? 'safe' : zone === 'acceptable' ? 'acceptable if it has settled by the next morning' : 'too much: ease off';
  return `${pain} of 10 during exercise is ${words}.`;
}
