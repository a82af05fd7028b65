import { describe, expect, it } from 'vitest';
import type { Instrument, InstrumentResult } from '../src/api/journal';
import { initials, newMessageIds, sentWhen } from '../src/screens/journal/conversation';
import { answersToSend, maySkip, neededAnswers, phoneParts } from '../src/screens/journal/questionnaire';

// A made-up answer in the shape of POST /me/instruments/phq9/responses when item 9 is above 0.
const CRISIS: InstrumentResult = {
  id: 'r1',
  instrument: 'phq9',
  title: 'How your mood has been',
  score: 1,
  band: { code: 'minimal', label: 'Minimal' },
  interpretation: 'Your score is 1 (Minimal).',
  taken_at: 0,
  answers: [],
  subscales: [],
  care_team_told: true,
  safety: {
    concern: 'self_harm_thoughts',
    title: 'You are not alone',
    steps: ['In the US, you can call or text 988, at any time.', 'In the UK, call Samaritans for free on 116 123, at any time.'],
    care_team_told: true,
  },
};

function instrument(kind: string, items: { id: string; named?: boolean }[], minAnswered = 0): Instrument {
  return {
    id: 'x',
    title: 'X',
    instructions: '',
    licence: '',
    language: 'en',
    languages: ['en'],
    scoring: { kind, min_answered: minAnswered },
    bands: [],
    items: items.map((i) => ({ id: i.id, text: i.id, named_by_person: i.named ?? false, answers: [{ value: 0, label: 'No' }] })),
  };
}

describe('questionnaires', () => {
  it('needs every answer for a sum, the stated number for a mean', () => {
    expect(neededAnswers(instrument('sum', [{ id: 'a' }, { id: 'b' }]))).toBe(2);
    expect(neededAnswers(instrument('mean', [{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2))).toBe(2);
    expect(neededAnswers(instrument('mean', [{ id: 'a' }, { id: 'b' }]))).toBe(1);
  });

  it('lets a question be skipped only while enough can still be answered', () => {
    const psfs = instrument('mean', [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], 3);
    expect(maySkip(psfs, 0, {})).toBe(true);
    expect(maySkip(psfs, 1, {})).toBe(false);
    expect(maySkip(psfs, 3, { a: { value: 1 }, b: { value: 2 }, c: { value: 3 } })).toBe(true);
    expect(maySkip(instrument('sum', [{ id: 'a' }, { id: 'b' }]), 0, {})).toBe(false);
  });

  it('sends answers in order, with the name of a named item', () => {
    const psfs = instrument('mean', [{ id: 'a', named: true }, { id: 'b' }, { id: 'c' }]);
    expect(answersToSend(psfs, { c: { value: 4 }, a: { value: 7, named: ' walking ' }, b: { value: 2, named: 'ignored' } })).toEqual([
      { item: 'a', value: 7, named: 'walking' },
      { item: 'b', value: 2 },
      { item: 'c', value: 4 },
    ]);
    expect(answersToSend(psfs, { a: { value: -1, named: 'walking' } })).toEqual([]);
  });

  it('turns the crisis numbers in the safety steps into phone links', () => {
    const parts = CRISIS.safety!.steps.map(phoneParts);
    expect(parts[0]).toEqual([{ text: 'In the US, you can call or text ' }, { phone: '988', text: '988' }, { text: ', at any time.' }]);
    expect(parts[1].filter((p) => 'phone' in p)).toEqual([{ phone: '116123', text: '116 123' }]);
    expect(phoneParts('Call your local emergency number now.')).toEqual([{ text: 'Call your local emergency number now.' }]);
  });
});

describe('messages', () => {
  const m = (id: string, from: 'member' | 'care_team') => ({ id, from, body: id, sent_at: 0, read: true });
  it('marks the newest of the care team messages as new, as many as were unread', () => {
    const messages = [m('1', 'care_team'), m('2', 'member'), m('3', 'care_team'), m('4', 'care_team')];
    expect([...newMessageIds({ messages, unread: 2 })]).toEqual(['3', '4']);
    expect(newMessageIds({ messages, unread: 0 }).size).toBe(0);
  });

  it('says when a message was sent', () => {
    expect(sentWhen(Date.UTC(2026, 10, 24, 9, 30), 'en-GB', 'UTC')).toBe('24 Nov, 09:30');
  });
});

describe('the photo-free avatar', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initials('Robin Hale')).toBe('RH');
    expect(initials('  maria de la cruz ')).toBe('MC');
    expect(initials('Sam')).toBe('S');
    expect(initials('Émile Zola')).toBe('ÉZ');
    expect(initials('')).toBe('?');
  });
});
