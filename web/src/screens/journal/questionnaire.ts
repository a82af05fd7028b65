// The pure parts of filling in a questionnaire: how many answers it needs, which may be skipped,
// what is sent, and the crisis numbers in the safety steps turned into phone links.
import type { GivenAnswer, Instrument } from '../../api/journal';

export interface Chosen {
  value: number;
  named?: string;
}

/** How many questions must be answered, the way the server counts it (core/instruments/needed_answers). */
export function neededAnswers(instrument: Instrument): number {
  if (instrument.scoring.min_answered > 0) return instrument.scoring.min_answered;
  const whole = instrument.scoring.kind === 'sum' || instrument.scoring.kind === 'single';
  return whole ? instrument.items.length : 1;
}

/** Whether the question at `index` may be left out: only while enough others can still be answered. */
export function maySkip(instrument: Instrument, index: number, chosen: Record<string, Chosen>): boolean {
  const needed = neededAnswers(instrument);
  const answeredElsewhere = instrument.items.filter((item, i) => i !== index && item.id in chosen).length;
  const stillOpen = instrument.items.filter((item, i) => i > index && !(item.id in chosen)).length;
  return answeredElsewhere + stillOpen >= needed;
}

/**
 * The answers to send, in the questionnaire's order; a named item carries its name. An item with
 * a name typed but no answer picked yet (value below 0) is not sent.
 */
export function answersToSend(instrument: Instrument, chosen: Record<string, Chosen>): GivenAnswer[] {
  return instrument.items.flatMap((item) => {
    const c = chosen[item.id];
    if (!c || c.value < 0) return [];
    const name = c.named?.trim();
    return [item.named_by_person && name ? { item: item.id, value: c.value, named: name } : { item: item.id, value: c.value }];
  });
}

/**
 * The `lang` to mark a questionnaire's words with: nothing when they are in the screen's language
 * (the server answers in Spanish where the questionnaire has Spanish, `languages` says which it
 * has), else the language they are in, so a screen reader reads an English-only questionnaire
 * (a licensed one a clinic added) with English sounds on a Spanish screen.
 */
export function wordsLanguage(instrument: Pick<Instrument, 'language'>, screen: string): string | undefined {
  return instrument.language === screen ? undefined : instrument.language;
}

export type TextPart = { text: string } | { phone: string; text: string };

// Crisis lines as written in the guidance: three digits (988) or two groups of three (116 123).
const PHONE = /\b\d{3}(?: \d{3})?\b/g;

/** Splits a sentence so each crisis number in it can be a tel: link. */
export function phoneParts(sentence: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of sentence.matchAll(PHONE)) {
    const at = match.index ?? 0;
    if (at > from) parts.push({ text: sentence.slice(from, at) });
    parts.push({ phone: match[0].replace(/\s/g, ''), text: match[0] });
    from = at + match[0].length;
  }
  if (from < sentence.length) parts.push({ text: sentence.slice(from) });
  return parts;
}
