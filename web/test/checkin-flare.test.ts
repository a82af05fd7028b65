import { describe, expect, it } from 'vitest';
import { asksLegSide, doctorWhen, FLARE_QUESTIONS, firstUnanswered, flareCheckBody, NO_ANSWERS, type FlareAnswers } from '../src/screens/journal/flareCheck';

/** Every question answered no, then the given fields answered yes. */
function answered(yes: string[] = [], side: FlareAnswers['side'] = ''): FlareAnswers {
  const yesNo: FlareAnswers['yesNo'] = {};
  for (const q of FLARE_QUESTIONS) yesNo[q.field] = yes.includes(q.field) ? 'yes' : 'no';
  return { yesNo, side };
}

describe('flare check-in questions', () => {
  it('asks the emergency warning signs, new symptoms and the legs, each in plain words', () => {
    const fields = FLARE_QUESTIONS.map((q) => q.field);
    for (const f of ['new_symptoms', 'leg_symptoms.numbness', 'red_flags.saddle_numbness', 'red_flags.bladder_change', 'red_flags.bowel_incontinence', 'red_flags.progressive_weakness', 'red_flags.bilateral_leg_symptoms', 'red_flags.fever']) {
      expect(fields).toContain(f);
    }
    expect(fields).not.toContain('red_flags.cancer_history');
    expect(new Set(fields).size).toBe(fields.length);
    for (const q of FLARE_QUESTIONS) expect(q.text).not.toBe(q.field.split('.').at(-1));
  });

  it('names the first unanswered question, then the leg when a leg answer is yes', () => {
    expect(firstUnanswered(NO_ANSWERS)).toBe('new_symptoms');
    const partly = answered();
    delete partly.yesNo['red_flags.fever'];
    expect(firstUnanswered(partly)).toBe('red_flags.fever');
    expect(firstUnanswered(answered())).toBeNull();
    const tingly = answered(['leg_symptoms.tingling']);
    expect(asksLegSide(tingly)).toBe(true);
    expect(firstUnanswered(tingly)).toBe('leg_symptoms.side');
    expect(firstUnanswered({ ...tingly, side: 'left' })).toBeNull();
  });

  it('makes the flare_check body with the check-in pain and every answer', () => {
    const body = flareCheckBody(answered(['red_flags.saddle_numbness', 'new_symptoms', 'leg_symptoms.weakness'], 'right'), 7);
    expect(body.pain_now).toBe(7);
    expect(body.new_symptoms).toBe(true);
    expect(body.leg_symptoms).toEqual({ numbness: false, tingling: false, weakness: true, side: 'right' });
    const flags = body.red_flags as Record<string, boolean>;
    expect(flags.saddle_numbness).toBe(true);
    expect(flags.fever).toBe(false);
    expect(Object.keys(flags)).toHaveLength(FLARE_QUESTIONS.filter((q) => q.field.startsWith('red_flags.')).length);
  });

  it('sends no leg side when no leg answer is yes, even if one was chosen before', () => {
    const body = flareCheckBody(answered([], 'both'), 4);
    expect((body.leg_symptoms as { side: string }).side).toBe('none');
  });

  it('says how soon to see a doctor from the tier', () => {
    expect(doctorWhen({ tier: 'emergency', reasons: [], advice: [] })).toBe('today');
    expect(doctorWhen({ tier: 'urgent', reasons: [], advice: [] })).toBe('soon');
    expect(doctorWhen({ tier: 'routine', reasons: [], advice: [] })).toBe('weeks');
    expect(doctorWhen({ tier: 'self_care', reasons: [], advice: [] })).toBeNull();
    expect(doctorWhen(undefined)).toBeNull();
  });
});
