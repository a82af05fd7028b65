import { describe, expect, it } from 'vitest';
import type { FlareQuestion } from '../src/api/journal';
import { asksLegSide, doctorWhen, firstUnanswered, flareCheckBody, groupQuestions, legSides, NO_ANSWERS, type FlareAnswers } from '../src/screens/journal/flareCheck';

// As GET /api/v1/flare-questions answers (a shortened list: the screen takes whatever it is sent).
const YES_NO = [true, false];
const QUESTIONS: FlareQuestion[] = [
  { field: 'new_symptoms', answer: YES_NO, question: 'Do you feel anything new?' },
  { field: 'leg_symptoms.numbness', answer: YES_NO, question: 'Does a leg or foot feel numb?' },
  { field: 'leg_symptoms.tingling', answer: YES_NO, question: 'Do you have pins and needles?' },
  { field: 'leg_symptoms.weakness', answer: YES_NO, question: 'Does a leg or foot feel weak?' },
  { field: 'leg_symptoms.side', answer: ['none', 'left', 'right', 'both'], question: 'Which one?' },
  { field: 'red_flags.saddle_numbness', answer: YES_NO, question: 'Numbness around your bottom?' },
  { field: 'red_flags.fever', answer: YES_NO, question: 'A fever?' },
  { field: 'red_flags.tearing_pain', answer: YES_NO, question: 'A tearing pain?' },
];

/** Every question answered no, then the given fields answered yes. */
function answered(yes: string[] = [], side: FlareAnswers['side'] = ''): FlareAnswers {
  const yesNo: FlareAnswers['yesNo'] = {};
  for (const q of QUESTIONS) if (q.answer[0] === true) yesNo[q.field] = yes.includes(q.field) ? 'yes' : 'no';
  return { yesNo, side };
}

describe('flare check-in questions', () => {
  it("groups the server's questions: how you feel and your legs, then the warning signs", () => {
    const { legs, flags } = groupQuestions(QUESTIONS);
    expect(legs.map((q) => q.field)).toEqual(['new_symptoms', 'leg_symptoms.numbness', 'leg_symptoms.tingling', 'leg_symptoms.weakness']);
    expect(flags.map((q) => q.field)).toEqual(['red_flags.saddle_numbness', 'red_flags.fever', 'red_flags.tearing_pain']);
    expect(legSides(QUESTIONS[4])).toEqual(['left', 'right', 'both']);
  });

  it('names the first unanswered question, then the leg when a leg answer is yes', () => {
    expect(firstUnanswered(QUESTIONS, NO_ANSWERS)).toBe('new_symptoms');
    const partly = answered();
    delete partly.yesNo['red_flags.fever'];
    expect(firstUnanswered(QUESTIONS, partly)).toBe('red_flags.fever');
    expect(firstUnanswered(QUESTIONS, answered())).toBeNull();
    const tingly = answered(['leg_symptoms.tingling']);
    expect(asksLegSide(QUESTIONS, tingly)).toBe(true);
    expect(asksLegSide(QUESTIONS, answered(['new_symptoms']))).toBe(false);
    expect(firstUnanswered(QUESTIONS, tingly)).toBe('leg_symptoms.side');
    expect(firstUnanswered(QUESTIONS, { ...tingly, side: 'left' })).toBeNull();
  });

  it('makes the flare_check body with the check-in pain and an answer for every served field', () => {
    const body = flareCheckBody(QUESTIONS, answered(['red_flags.saddle_numbness', 'new_symptoms', 'leg_symptoms.weakness'], 'right'), 7);
    expect(body).toEqual({
      pain_now: 7,
      new_symptoms: true,
      leg_symptoms: { numbness: false, tingling: false, weakness: true, side: 'right' },
      red_flags: { saddle_numbness: true, fever: false, tearing_pain: false },
    });
  });

  it('sends no leg side when no leg answer is yes, even if one was chosen before', () => {
    const body = flareCheckBody(QUESTIONS, answered([], 'both'), 4);
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
