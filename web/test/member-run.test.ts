import { describe, expect, it } from 'vitest';
import { freshRun, resumable } from '../src/screens/member/runState';

const plan = ['bridge', 'clamshell'];
const underway = { ...freshRun('maya', '2026-11-24', plan, 'c1'), stage: { kind: 'rating' as const, index: 1 }, painBefore: 4 };

describe('taking up a session again', () => {
  it("takes up this account's unfinished session of today's plan", () => {
    expect(resumable(underway, 'maya', '2026-11-24', plan)?.painBefore).toBe(4);
    expect(resumable({ ...underway, stage: { kind: 'after' } }, 'maya', '2026-11-24', plan)).not.toBeNull();
  });

  it('starts afresh for another account, day or plan', () => {
    expect(resumable(underway, 'priya', '2026-11-24', plan)).toBeNull();
    expect(resumable(underway, 'maya', '2026-11-25', plan)).toBeNull();
    expect(resumable(underway, 'maya', '2026-11-24', ['bridge'])).toBeNull();
  });

  it('does not take up a session not yet begun, already sent, or damaged', () => {
    expect(resumable(freshRun('maya', '2026-11-24', plan, 'c1'), 'maya', '2026-11-24', plan)).toBeNull();
    expect(resumable({ ...underway, stage: { kind: 'queued' } }, 'maya', '2026-11-24', plan)).toBeNull();
    expect(resumable({ ...underway, stage: { kind: 'moving', index: 7 } }, 'maya', '2026-11-24', plan)).toBeNull();
    expect(resumable('nonsense', 'maya', '2026-11-24', plan)).toBeNull();
    expect(resumable(null, 'maya', '2026-11-24', plan)).toBeNull();
  });
});
