import { describe, expect, it } from 'vitest';
import type { Checkin, SessionLog } from '../../src/api/console';
import {
  adherenceSummary,
  painSeries,
  painSummary,
  sessionsPerWeek,
  weekStart,
  weeklyCeiling,
} from '../../src/screens/console/memberCharts';

const DAY = 86_400_000;
const MONDAY = Date.UTC(2026, 10, 16); // Monday 16 November 2026
const checkin = (at: number, pain: number): Checkin => ({ at, pain, flare: false, notes: null });
const session = (at: number, before: number, after: number, done = 4, planned = 4): SessionLog => ({
  at,
  program_day: 1,
  pain_before: before,
  pain_after: after,
  next_morning_pain: null,
  exercises_done: done,
  exercises_planned: planned,
});

describe('pain', () => {
  it('puts check-ins and session pain on one chart in seconds', () => {
    const series = painSeries([checkin(MONDAY, 3)], [session(MONDAY + DAY, 5, 4)]);
    expect(series.map((s) => s.label)).toEqual(['Pain at check-in', 'Pain before a session', 'Pain after a session']);
    expect(series[0].points).toEqual([{ t: MONDAY / 1000, v: 3 }]);
    expect(series[2].points).toEqual([{ t: (MONDAY + DAY) / 1000, v: 4 }]);
  });
  it('says where pain started and ended, over how long', () => {
    const checkins = [checkin(MONDAY + 3 * DAY, 8), checkin(MONDAY, 3), checkin(MONDAY + DAY, 5)];
    expect(painSummary(checkins, [])).toBe('Pain went from 3 to 8 of 10 over 3 days (3 readings).');
  });
  it('counts the pain after a session as a reading', () => {
    expect(painSummary([checkin(MONDAY, 6)], [session(MONDAY + DAY, 6, 6)])).toBe('Pain stayed at 6 of 10 over 1 day (2 readings).');
  });
  it('has words for no readings and for one', () => {
    expect(painSummary([], [])).toBe('No pain readings yet.');
    expect(painSummary([checkin(MONDAY, 4)], [])).toBe('One pain reading so far: 4 of 10.');
  });
});

describe('sessions per week', () => {
  it('starts weeks on Monday', () => {
    expect(weekStart(MONDAY + 6 * DAY + 5000)).toBe(MONDAY);
    expect(weekStart(MONDAY - 1)).toBe(MONDAY - 7 * DAY);
  });
  it('counts sessions in each week', () => {
    const series = sessionsPerWeek([session(MONDAY, 5, 4), session(MONDAY + 2 * DAY, 5, 4), session(MONDAY + 8 * DAY, 4, 3)]);
    expect(series[0].points).toEqual([
      { t: MONDAY / 1000, v: 2 },
      { t: (MONDAY + 7 * DAY) / 1000, v: 1 },
    ]);
    expect(weeklyCeiling(series)).toBe(7);
  });
  it('says how many planned exercises were done', () => {
    expect(adherenceSummary([session(MONDAY, 5, 4, 3, 4), session(MONDAY + DAY, 5, 4, 4, 4)])).toBe(
      '2 sessions logged; 7 of 8 planned exercises done (88%).',
    );
    expect(adherenceSummary([])).toBe('No sessions logged yet.');
  });
});
