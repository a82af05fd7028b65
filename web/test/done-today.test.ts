import { describe, expect, it } from 'vitest';
import { doneOn } from '../src/screens/member/doneToday';

const done = { accountId: 'maya', date: '2026-11-24', painBefore: 4, painAfter: 3, answer: null };

describe("today's session shown as done", () => {
  it("is this account's session of this day", () => {
    expect(doneOn(done, 'maya', '2026-11-24')?.painAfter).toBe(3);
  });
  it('is not shown for another account, another day or a damaged record', () => {
    expect(doneOn(done, 'priya', '2026-11-24')).toBeNull();
    expect(doneOn(done, 'maya', '2026-11-25')).toBeNull();
    expect(doneOn({ ...done, painBefore: null }, 'maya', '2026-11-24')).toBeNull();
    expect(doneOn('nonsense', 'maya', '2026-11-24')).toBeNull();
  });
});
