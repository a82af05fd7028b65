// The pain-monitoring rule, in the one wording every member screen uses (the session player, the
// exercise player, the check-in) and every article repeats word for word (web/test checks it,
// the English articles against the English rule and content/es's against the Spanish one).
// Source: Silbernagel KG et al., Am J Sports Med 2007 (docs/clinical-sources.md §4): pain during exercise
// 0–2/10 is safe, 3–5/10 acceptable if it has settled by the next morning, above 5/10 too much.
// The server's program changes follow the same model (src/core/program/pain_monitoring.hpp).
import { words, wordsNow } from './i18n';

const WORDS = words({
  en: {
    rule: 'Pain during exercise from 0 to 2 out of 10 is safe. From 3 to 5 is acceptable if it has settled by the next morning. Above 5 is too much: ease off.',
    safe: 'safe',
    acceptable: 'acceptable if it has settled by the next morning',
    tooMuch: 'too much: ease off',
    zone: (pain: number, zone: string) => `${pain} of 10 during exercise is ${zone}.`,
  },
  es: {
    rule: 'Un dolor de 0 a 2 sobre 10 durante el ejercicio es seguro. De 3 a 5 es aceptable si a la mañana siguiente ya se ha calmado. Más de 5 es demasiado: baja la intensidad.',
    safe: 'seguro',
    acceptable: 'aceptable si a la mañana siguiente ya se ha calmado',
    tooMuch: 'demasiado: baja la intensidad',
    zone: (pain: number, zone: string) => `Un dolor de ${pain} sobre 10 durante el ejercicio es ${zone}.`,
  },
});

/** The rule in English, as the English articles state it. */
export const PAIN_RULE = WORDS.en.rule;

/** The rule in Spanish, as the Spanish articles (content/es/articles) state it. */
export const PAIN_RULE_ES = WORDS.es.rule;

/** The rule in the language the screens are shown in. */
export const painRule = () => wordsNow(WORDS).rule;

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
  const w = wordsNow(WORDS);
  const zone = painZone(pain);
  return w.zone(pain, zone === 'safe' ? w.safe : zone === 'acceptable' ? w.acceptable : w.tooMuch);
}
