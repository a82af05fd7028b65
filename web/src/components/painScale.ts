// The 0–10 pain scale's words and its one rule: there is no default. A pain not chosen yet is
// null, shown as not chosen, and a form with it is refused (a tapped-through 0 would be a false
// "no pain"). The English words are the core's (src/core/pain_scale.hpp, served at GET
// /api/v1/pain-scale); they are held here too because a slider answers at once and offline,
// and the end-to-end run checks every number against the server. The Spanish follows the
// Spanish NPRS (content/es/instruments/nprs.yaml). This is the app's only copy: every pain scale
// (the sliders, the intake's buttons) words pain with it.
import { words, wordsNow } from '../i18n';

/** A pain number the person chose, or null while they have not chosen. */
export type PainChoice = number | null;

const WORDS = words({
  en: {
    none: 'no pain',
    mild: 'mild',
    moderate: 'moderate',
    strong: 'strong',
    worst: 'worst pain',
    means: (n: number, text: string) => `${n} means ${text}`,
    notChosen: 'not chosen yet',
    valueText: (pain: number, text: string) => `pain ${pain} of 10, ${text}`,
    refusal: 'Please choose your pain on the scale from 0 to 10 first (0 is no pain).',
    ofTen: 'of 10',
    notChosenHint: 'Not chosen yet: tap the line or use the arrow keys',
  },
  es: {
    none: 'sin dolor',
    mild: 'leve',
    moderate: 'moderado',
    strong: 'fuerte',
    worst: 'el peor dolor',
    means: (n: number, text: string) => `${n} quiere decir ${text}`,
    notChosen: 'todavía sin elegir',
    valueText: (pain: number, text: string) => `dolor ${pain} de 10, ${text}`,
    refusal: 'Primero elige tu dolor en la escala del 0 al 10 (0 es nada de dolor).',
    ofTen: 'de 10',
    notChosenHint: 'Todavía sin elegir: toca la línea o usa las flechas del teclado',
  },
});

/** The scale's own words for the slider (kept with the rest of the scale's words). */
export const scaleWords = () => wordsNow(WORDS);

/** The words beside a pain number, the same on every 0–10 scale the member sees. */
export const painWords = (n: number) => {
  const w = wordsNow(WORDS);
  return n === 0 ? w.none : n <= 3 ? w.mild : n <= 6 ? w.moderate : n <= 9 ? w.strong : w.worst;
};

/** The numbers a scale labels with their words under it. */
export const SCALE_ANCHORS = [0, 5, 10];

/** The hint under a scale of buttons: "0 means no pain, 5 moderate, 10 worst pain." */
export const painScaleHint = () =>
  `${SCALE_ANCHORS.map((n, i) => (i === 0 ? wordsNow(WORDS).means(n, painWords(n)) : `${n} ${painWords(n)}`)).join(', ')}.`;

/** What a screen reader hears for the slider. */
export const painValueText = (pain: PainChoice) =>
  pain === null ? wordsNow(WORDS).notChosen : wordsNow(WORDS).valueText(pain, painWords(pain));

/** Why a form with this pain cannot be sent yet, or null when it can. */
export const painRefusal = (pain: PainChoice): string | null => (pain === null ? wordsNow(WORDS).refusal : null);

/** A kept value back as a choice: anything but a whole number from 0 to 10 is "not chosen". */
export const asPainChoice = (v: unknown): PainChoice =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10 ? v : null;

/** Keys that choose the value already under the thumb when it does not move (0 and ArrowLeft). */
export const CHOOSING_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];
