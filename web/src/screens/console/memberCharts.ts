// The member record's history shaped for the charts: pain readings over time and sessions done
// per week, each with a sentence that says what the chart shows.
import type { Series } from '../../components/charts/Chart';
import type { Checkin, SessionLog } from '../../api/console';

const DAY_MS = 86_400_000;
const seconds = (ms: number) => Math.round(ms / 1000);

export function painSeries(checkins: Checkin[], sessions: SessionLog[]): Series[] {
  return [
    { label: 'Pain at check-in', points: checkins.map((c) => ({ t: seconds(c.at), v: c.pain })) },
    { label: 'Pain before a session', points: sessions.map((s) => ({ t: seconds(s.at), v: s.pain_before })), mark: 'dots' },
    { label: 'Pain after a session', points: sessions.map((s) => ({ t: seconds(s.at), v: s.pain_after })), mark: 'dots' },
  ];
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "Pain went from 3 to 8 of 10 over 4 days (5 readings)." from every reading, oldest first. */
export function painSummary(checkins: Checkin[], sessions: SessionLog[]): string {
  const readings = [
    ...checkins.map((c) => ({ at: c.at, pain: c.pain })),
    ...sessions.map((s) => ({ at: s.at, pain: s.pain_after })),
  ].sort((a, b) => a.at - b.at);
  if (readings.length === 0) return 'No pain readings yet.';
  const first = readings[0];
  const last = readings[readings.length - 1];
  if (readings.length === 1) return `One pain reading so far: ${first.pain} of 10.`;
  const span = Math.round((last.at - first.at) / DAY_MS);
  const change = last.pain === first.pain ? `stayed at ${last.pain}` : `went from ${first.pain} to ${last.pain}`;
  const when = span >= 1 ? ` over ${days(span)}` : ' today';
  return `Pain ${change} of 10${when} (${readings.length} readings).`;
}

/** Monday 00:00 UTC of the week a moment falls in, in ms. */
export function weekStart(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; Monday is 0
  return (day - weekday) * DAY_MS;
}

export function sessionsPerWeek(sessions: SessionLog[]): Series[] {
  const weeks = new Map<number, number>();
  for (const s of sessions) weeks.set(weekStart(s.at), (weeks.get(weekStart(s.at)) ?? 0) + 1);
  const points = [...weeks.entries()].sort((a, b) => a[0] - b[0]).map(([t, v]) => ({ t: seconds(t), v }));
  return [{ label: 'Sessions in the week', points, mark: 'bars' }];
}

/** "4 sessions logged; 30 of 36 planned exercises done (83%)." */
export function adherenceSummary(sessions: SessionLog[]): string {
  if (sessions.length === 0) return 'No sessions logged yet.';
  const done = sessions.reduce((n, s) => n + s.exercises_done, 0);
  const planned = sessions.reduce((n, s) => n + s.exercises_planned, 0);
  const count = `${sessions.length} ${sessions.length === 1 ? 'session' : 'sessions'} logged`;
  if (planned === 0) return `${count}.`;
  return `${count}; ${done} of ${planned} planned exercises done (${Math.round((100 * done) / planned)}%).`;
}

/** The most sessions in any one week, so the chart's scale fits (at least 7: one a day). */
export function weeklyCeiling(series: Series[]): number {
  return Math.max(7, ...series.flatMap((s) => s.points.map((p) => p.v)));
}
