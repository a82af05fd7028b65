import { describe, expect, it } from 'vitest';
import type { Progress } from '../src/api/journal';
import {
  adherenceSummary,
  instrumentTrends,
  levelRange,
  levelSeries,
  levelSummary,
  painSeries,
  painSummary,
  spanWords,
  weeklySessions,
} from '../src/screens/journal/progressCharts';

const DAY = 86_400_000;
const T0 = 1_790_000_000_000;

function progress(over: Partial<Progress> = {}): Progress {
  return {
    pain: { checkins: [], sessions: [] },
    adherence: { sessions_done: 0, planned_days: 0, active_days: 0, streak_days: 0 },
    levels: [],
    instruments: {},
    ...over,
  };
}

const session = (at: number, before: number, after: number) => ({
  at,
  pain_before: before,
  pain_after: after,
  next_morning_pain: null,
  exercises_done: 4,
  exercises_planned: 5,
});

describe('pain', () => {
  it('says nothing and draws nothing without readings', () => {
    expect(painSummary(progress())).toBe('');
    expect(painSeries(progress())).toEqual([]);
  });

  it('names the first and latest pain and how long between them', () => {
    const p = progress({
      pain: {
        checkins: [
          { at: T0 + 28 * DAY, pain: 3, flare: false },
          { at: T0, pain: 6, flare: false },
        ],
        sessions: [],
      },
    });
    expect(painSummary(p)).toBe('Your pain went down from 6 to 3 (out of 10) in 4 weeks.');
  });

  it('counts the pain before a session as a reading and says what sessions do', () => {
    const p = progress({
      pain: {
        checkins: [{ at: T0, pain: 2, flare: true }],
        sessions: [session(T0 + 3 * DAY, 5, 3), session(T0 + 4 * DAY, 4, 3)],
      },
    });
    expect(painSummary(p)).toBe(
      'Your pain went up from 2 to 4 (out of 10) in 4 days. After a session your pain was on average 1.5 lower than before.',
    );
    const series = painSeries(p);
    expect(series.map((s) => s.label)).toEqual(['Check-in', 'Before a session', 'After a session']);
    expect(series[2].points).toEqual([
      { t: (T0 + 3 * DAY) / 1000, v: 3 },
      { t: (T0 + 4 * DAY) / 1000, v: 3 },
    ]);
  });

  it('warns kindly when sessions raise pain', () => {
    const p = progress({ pain: { checkins: [], sessions: [session(T0, 3, 5)] } });
    expect(painSummary(p)).toContain('on average 2 higher than before');
    expect(painSummary(p)).toContain('Your pain was 3 out of 10.');
  });

  it('speaks of days, then weeks', () => {
    expect(spanWords(DAY / 2)).toBe('less than a day');
    expect(spanWords(DAY)).toBe('1 day');
    expect(spanWords(13 * DAY)).toBe('13 days');
    expect(spanWords(15 * DAY)).toBe('2 weeks');
  });
});

describe('adherence', () => {
  it('counts sessions in each program week up to now, empty weeks included', () => {
    const p = progress({
      levels: [{ at: T0, phase: 'settle', steps_up: 0, sessions: 0, paused: false }],
      pain: { checkins: [], sessions: [session(T0 + DAY, 4, 3), session(T0 + 2 * DAY, 4, 3), session(T0 + 15 * DAY, 4, 3)] },
    });
    const [bars] = weeklySessions(p, T0 + 20 * DAY);
    expect(bars.points.map((q) => q.v)).toEqual([2, 0, 1]);
    expect(bars.points[1].t).toBe((T0 + 7 * DAY) / 1000);
  });

  it('names sessions, planned days and the streak', () => {
    const p = progress({ adherence: { sessions_done: 5, planned_days: 8, active_days: 5, streak_days: 1 } });
    expect(adherenceSummary(p)).toBe(
      'You have done 5 sessions. You moved on 5 of the 8 days your program planned so far. Your streak: 1 planned day in a row.',
    );
    expect(adherenceSummary(progress())).toBe('');
    expect(weeklySessions(progress(), T0)).toEqual([]);
  });
});

describe('program level', () => {
  it('draws steps up and names the stage', () => {
    const p = progress({
      levels: [
        { at: T0, phase: 'settle', steps_up: 0, sessions: 0, paused: false },
        { at: T0 + DAY, phase: 'build', steps_up: 2, sessions: 3, paused: true },
      ],
    });
    expect(levelSeries(p)[0].points.map((q) => q.v)).toEqual([0, 2]);
    expect(levelRange(p)).toEqual({ min: 0, max: 4 });
    expect(levelSummary(p)).toBe(
      'Your program is at the “building up” stage. It has stepped up 2 times since the start. It is paused for now, and your care team will look at it with you.',
    );
    expect(levelSummary(progress())).toBe('');
  });
});

describe('questionnaire scores', () => {
  const phq9 = {
    id: 'phq9',
    title: 'How your mood has been',
    instructions: '',
    licence: '',
    language: 'en' as const,
    languages: ['en' as const, 'es' as const],
    items: [],
    scoring: { kind: 'sum', min_answered: 0 },
    bands: [
      { code: 'minimal', label: 'Minimal', min: 0, max: 4 },
      { code: 'mild', label: 'Mild', min: 5, max: 9 },
      { code: 'severe', label: 'Severe', min: 20, max: 27 },
    ],
  };

  it('names and scales each questionnaire by its definition', () => {
    const p = progress({
      instruments: {
        phq9: [
          { taken_at: T0 + 7 * DAY, score: 4, band: 'minimal' },
          { taken_at: T0, score: 9, band: 'mild' },
        ],
      },
    });
    const [trend] = instrumentTrends(p, [phq9]);
    expect(trend.title).toBe('How your mood has been');
    expect(trend.series[0].points.map((q) => q.v)).toEqual([9, 4]);
    expect(trend.range).toEqual({ min: 0, max: 27 });
    expect(trend.summary).toBe('Your score went from 9 (Mild) to 4 (Minimal) in 7 days.');
  });

  it('still draws a questionnaire it has no definition for, and skips what it cannot read', () => {
    const p = progress({ instruments: { nprs: [{ taken_at: T0, score: 5, band: null }], odd: 'x' as unknown as [] } });
    const trends = instrumentTrends(p);
    expect(trends.map((t) => t.id)).toEqual(['nprs']);
    expect(trends[0].title).toBe('NPRS');
    expect(trends[0].range).toEqual({ min: 0, max: 6 });
    expect(trends[0].summary).toBe('Your score was 5. Fill it in again later to see a change.');
    expect(instrumentTrends(progress())).toEqual([]);
    expect(instrumentTrends(progress({ instruments: {} }))).toEqual([]);
  });
});
