import { describe, expect, it } from 'vitest';
import { ApiError, retryAfterSeconds } from '../src/api';
import type { Assessment, Tier } from '../src/api/member';
import { formProblem, waitWords } from '../src/screens/member/formErrors';
import { todayStart } from '../src/screens/member/lastResult';

const assessment = (tier: Tier): Assessment => ({ tier, reasons: [], patterns: [], advice: [], instruments: [], follow_up: [] });

describe("what Today starts from", () => {
  it('invites a member with no intake yet to answer the questions', () => {
    expect(todayStart({ assessment: null, has_program: false })).toBe('no-intake');
  });
  it('says to see a doctor after an emergency or urgent result, even with a program left over', () => {
    expect(todayStart({ assessment: assessment('emergency'), has_program: false })).toBe('see-a-doctor');
    expect(todayStart({ assessment: assessment('urgent'), has_program: true })).toBe('see-a-doctor');
  });
  it('fetches the session only when there is a program to follow', () => {
    expect(todayStart({ assessment: assessment('self_care'), has_program: true })).toBe('session');
    expect(todayStart({ assessment: assessment('routine'), has_program: false })).toBe('no-program');
  });
  it("leaves it to the kept session when offline and nothing is known", () => {
    expect(todayStart(null)).toBe('session');
  });
});

describe('waiting after too many tries', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterSeconds('900')).toBe(900);
    expect(retryAfterSeconds(' 61 ')).toBe(61);
    const now = Date.parse('2026-11-24T07:00:00Z');
    expect(retryAfterSeconds('Tue, 24 Nov 2026 07:02:30 GMT', now)).toBe(150);
    expect(retryAfterSeconds('Tue, 24 Nov 2026 06:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds(null)).toBeNull();
    expect(retryAfterSeconds('soon')).toBeNull();
  });
  it('rounds the wait up to whole minutes', () => {
    expect(waitWords(1)).toBe('about 1 minute');
    expect(waitWords(60)).toBe('about 1 minute');
    expect(waitWords(61)).toBe('about 2 minutes');
    expect(waitWords(899)).toBe('about 15 minutes');
  });
  it("adds the wait to a screen's own words for a 429", () => {
    const refused = new ApiError(429, 'Too many checks', [], 840);
    expect(formProblem(refused, { 429: 'We paused checking.' }).summary).toBe('We paused checking. Please wait about 14 minutes and try again.');
    expect(formProblem(new ApiError(429, 'Too many checks'), { 429: 'We paused checking.' }).summary).toBe('We paused checking.');
    expect(formProblem(refused).summary).toBe('Too many checks');
  });
});
