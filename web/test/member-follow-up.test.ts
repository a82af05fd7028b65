import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../src/api/member';
import { checkinWords } from '../src/screens/journal/flareCheck';
import { askable, firstOpen, followUpKind, withFollowUpAnswers } from '../src/screens/member/followUp';
import { resultLead } from '../src/screens/member/resultWords';

const bothLegs: FollowUp = { field: 'red_flags.bilateral_leg_symptoms', question: 'Numbness, tingling or weakness in both legs?' };
const side: FollowUp = { field: 'leg_symptoms.side', question: 'Which leg?' };
const birth: FollowUp = { field: 'weeks_since_birth', question: 'How many weeks since the birth?' };

describe('follow-up questions (docs/api-contract.md)', () => {
  it('knows the answer each field takes, and leaves fields it does not know to the full intake', () => {
    expect([bothLegs, side, birth].map((f) => followUpKind(f.field))).toEqual(['yes_no', 'side', 'weeks']);
    expect(followUpKind('onset')).toBe('onset');
    expect(withFollowUpAnswers({ age: 70 }, { onset: 'sudden' })).toEqual({ age: 70, onset: 'sudden' });
    expect(firstOpen([{ field: 'onset', question: '?' }], { onset: 'slowly' })).toBe('onset');
    expect(askable([bothLegs, { field: 'something_new', question: '?' }])).toEqual([bothLegs]);
    expect(askable(undefined)).toEqual([]);
  });

  it('needs every question answered, naming the first open one', () => {
    expect(firstOpen([bothLegs, side], {})).toBe(bothLegs.field);
    expect(firstOpen([bothLegs, side], { [bothLegs.field]: 'no' })).toBe(side.field);
    expect(firstOpen([birth], { [birth.field]: 'soon' })).toBe(birth.field);
    expect(firstOpen([bothLegs, side], { [bothLegs.field]: 'no', [side.field]: 'left' })).toBeNull();
  });

  it('sends the intake again with the answers at their fields, the rest unchanged', () => {
    const intake = { age: 40, red_flags: { fever: false }, leg_symptoms: { numbness: true, tingling: false, weakness: false } };
    const again = withFollowUpAnswers(intake, { [bothLegs.field]: 'no', [side.field]: 'left', [birth.field]: '30' });
    expect(again).toEqual({
      age: 40,
      red_flags: { fever: false, bilateral_leg_symptoms: false },
      leg_symptoms: { numbness: true, tingling: false, weakness: false, side: 'left' },
      weeks_since_birth: 30,
    });
    expect(intake.red_flags).toEqual({ fever: false });
    expect(withFollowUpAnswers(intake, { [bothLegs.field]: '' })).toEqual(intake);
  });
});

describe('advice agrees with the tier', () => {
  it('never says nothing needs a doctor on a routine result', () => {
    for (const follow_up of [[], [bothLegs]]) {
      const routine = resultLead({ tier: 'routine', follow_up });
      expect(routine).toMatch(/doctor should/);
      expect(routine).not.toMatch(/none of your answers|nothing/i);
    }
    expect(resultLead({ tier: 'self_care', follow_up: [] })).toMatch(/None of your answers is a warning sign/);
    expect(resultLead({ tier: 'self_care', follow_up: [bothLegs] })).toMatch(/answer the question below/);
  });

  it("replaces the check-in's 'no warning sign' words when the re-screen still recommends a doctor", () => {
    const advice = 'Sorry it is a tough day. None of your answers is a warning sign.';
    expect(checkinWords({ advice, flare_check: { tier: 'routine', reasons: [], advice: [] } })).not.toMatch(/none of your answers/i);
    expect(checkinWords({ advice, flare_check: { tier: 'self_care', reasons: [], advice: [] } })).toBe(advice);
    expect(checkinWords({ advice })).toBe(advice);
  });
});
