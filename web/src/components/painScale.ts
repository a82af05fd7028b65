// The 0–10 pain scale's words and its one rule: there is no default. A pain not chosen yet is
// null, shown as not chosen, and a form with it is refused (a tapped-through 0 would be a false
// "no pain"). The words are the core's (src/core/pain_scale.hpp, served at GET
// /api/v1/pain-scale); they are held here too because a slider answers at once and offline,
// and the end-to-end run checks every number against the server. This is the app's only copy:
// every pain scale (the sliders, the intake's buttons) words pain with it.

/** A pain number the person chose, or null while they have not chosen. */
export type PainChoice = number | null;

/** The words beside a pain number, the same on every 0–10 scale the member sees. */
export const painWords = (n: number) =>
  n === 0 ? 'no pain' : n <= 3 ? 'mild' : n <= 6 ? 'moderate' : n <= 9 ? 'strong' : 'worst pain';

/** The numbers a scale labels with their words under it. */
export const SCALE_ANCHORS = [0, 5, 10];

/** The hint under a scale of buttons: "0 means no pain, 5 moderate, 10 worst pain." */
export const PAIN_SCALE_HINT = `${SCALE_ANCHORS.map((n, i) => (i === 0 ? `${n} means ${painWords(n)}` : `${n} ${painWords(n)}`)).join(', ')}.`;

/** What a screen reader hears for the slider. */
export const painValueText = (pain: PainChoice) =>
  pain === null ? 'not chosen yet' : `pain ${pain} of 10, ${painWords(pain)}`;

/** Why a form with this pain cannot be sent yet, or null when it can. */
export const painRefusal = (pain: PainChoice): string | null =>
  pain === null ? 'Please choose your pain on the scale from 0 to 10 first (0 is no pain).' : null;

/** A kept value back as a choice: anything but a whole number from 0 to 10 is "not chosen". */
export const asPainChoice = (v: unknown): PainChoice =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10 ? v : null;

/** Keys that choose the value already under the thumb when it does not move (0 and ArrowLeft). */
export const CHOOSING_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];
