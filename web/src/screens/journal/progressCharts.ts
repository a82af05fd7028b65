// Shapes GET /api/v1/me/progress into chart series and the plain sentences beside each chart.
// Pure: values in, values out (the clock comes in as `now`), so every sentence is unit-tested.
import type { Instrument, Progress } from '../../api/journal';
import type { Series } from '../../components/charts/Chart';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const seconds = (ms: number) => Math.round(ms / 1000);

/** 1.5, 2 (never 2.0): numbers as a person would say them. */
export const spoken = (n: number) => String(Math.round(n * 10) / 10);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 days", "4 weeks": how long from the first to the last reading. */
export function spanWords(ms: number): string {
  if (ms < DAY_MS) return 'less than a day';
  const days = Math.round(ms / DAY_MS);
  if (days < 14) return plural(days, 'day');
  return plural(Math.round(days / 7), 'week');
}

export function painSeries(p: Progress): Series[] {
  const all: Series[] = [
    { label: 'Check-in', mark: 'line', points: p.pain.checkins.map((c) => ({ t: seconds(c.at), v: c.pain })) },
    { label: 'Before a session', mark: 'dots', points: p.pain.sessions.map((s) => ({ t: seconds(s.at), v: s.pain_before })) },
    { label: 'After a session', mark: 'dots', points: p.pain.sessions.map((s) => ({ t: seconds(s.at), v: s.pain_after })) },
  ];
  return all.filter((s) => s.points.length > 0);
}

/**
 * How pain changed, from the first to the latest reading at rest (a check-in, or the pain just
 * before a session), then how sessions tend to change it.
 */
export function painSummary(p: Progress): string {
  const readings = [
    ...p.pain.checkins.map((c) => ({ at: c.at, pain: c.pain })),
    ...p.pain.sessions.map((s) => ({ at: s.at, pain: s.pain_before })),
  ].sort((a, b) => a.at - b.at);
  if (readings.length === 0) return '';
  const first = readings[0];
  const last = readings[readings.length - 1];
  const sentences: string[] = [];
  if (readings.length === 1) {
    sentences.push(`Your pain was ${first.pain} out of 10. Check in again on the next days to see how it changes.`);
  } else {
    const span = spanWords(last.at - first.at);
    if (last.pain < first.pain) sentences.push(`Your pain went down from ${first.pain} to ${last.pain} (out of 10) in ${span}.`);
    else if (last.pain > first.pain) sentences.push(`Your pain went up from ${first.pain} to ${last.pain} (out of 10) in ${span}.`);
    else sentences.push(`Your pain was ${first.pain} out of 10 at the start and is ${last.pain} now, ${span} later.`);
  }
  if (p.pain.sessions.length > 0) {
    const change = p.pain.sessions.reduce((sum, s) => sum + (s.pain_before - s.pain_after), 0) / p.pain.sessions.length;
    if (change >= 0.25) sentences.push(`After a session your pain was on average ${spoken(change)} lower than before.`);
    else if (change <= -0.25)
      sentences.push(`After a session your pain was on average ${spoken(-change)} higher than before. Tell your care team if moving keeps making it worse.`);
    else sentences.push('Your pain was about the same before and after a session.');
  }
  return sentences.join(' ');
}

/**
 * Sessions done in each week of the program, week 1 starting when the program began (its first
 * level), up to the week of `now`. Each bar sits at the start of its week.
 */
export function weeklySessions(p: Progress, now: number): Series[] {
  const start = p.levels[0]?.at ?? p.pain.sessions[0]?.at;
  if (start === undefined) return [];
  const weeks = Math.max(1, Math.floor((now - start) / WEEK_MS) + 1);
  const counts = Array.from({ length: weeks }, () => 0);
  for (const s of p.pain.sessions) {
    const week = Math.floor((s.at - start) / WEEK_MS);
    if (week >= 0 && week < weeks) counts[week]++;
  }
  return [{ label: 'Sessions done', mark: 'bars', points: counts.map((v, i) => ({ t: seconds(start + i * WEEK_MS), v })) }];
}

export function adherenceSummary(p: Progress): string {
  const a = p.adherence;
  if (a.sessions_done === 0 && a.planned_days === 0) return '';
  const sentences = [`You have done ${plural(a.sessions_done, 'session')}.`];
  if (a.planned_days > 0) sentences.push(`You moved on ${a.active_days} of the ${plural(a.planned_days, 'day')} your program planned so far.`);
  sentences.push(
    a.streak_days > 0
      ? `Your streak: ${plural(a.streak_days, 'planned day')} in a row.`
      : 'Your next session starts a new streak.',
  );
  return sentences.join(' ');
}

const PHASE_WORDS: Record<string, string> = {
  settle: 'settling in (a gentle start)',
  build: 'building up',
  strengthen: 'getting stronger',
};

export const phaseWords = (phase: string) => PHASE_WORDS[phase] ?? phase;

/** Net steps up over all exercises after each change of the program. */
export function levelSeries(p: Progress): Series[] {
  if (p.levels.length === 0) return [];
  return [{ label: 'Steps harder than the start', mark: 'line', points: p.levels.map((l) => ({ t: seconds(l.at), v: l.steps_up })) }];
}

export function levelRange(p: Progress): { min: number; max: number } {
  const steps = p.levels.map((l) => l.steps_up);
  return { min: Math.min(0, ...steps), max: Math.max(3, ...steps) + 1 };
}

export function levelSummary(p: Progress): string {
  const last = p.levels[p.levels.length - 1];
  if (!last) return '';
  const sentences = [`Your program is at the “${phaseWords(last.phase)}” stage.`];
  if (last.steps_up > 0) sentences.push(`It has stepped up ${plural(last.steps_up, 'time')} since the start.`);
  else if (last.steps_up < 0) sentences.push(`It has eased off ${plural(-last.steps_up, 'step')} to suit you.`);
  else sentences.push('It has not stepped up yet; it does once sessions feel easy.');
  if (last.paused) sentences.push('It is paused for now, and your care team will look at it with you.');
  return sentences.join(' ');
}

/** One questionnaire's scores over time, read from the progress answer when it has them. */
export interface InstrumentTrend {
  id: string;
  title: string;
  series: Series[];
  range: { min: number; max: number };
  summary: string;
}

interface Score {
  at: number;
  score: number;
  band: string | null;
}

function scores(raw: unknown): Score[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((p: { at?: unknown; taken_at?: unknown; score?: unknown; band?: unknown }) => {
    const at = typeof p.taken_at === 'number' ? p.taken_at : p.at;
    const band = typeof p.band === 'string' ? p.band : null;
    return typeof at === 'number' && typeof p.score === 'number' ? [{ at, score: p.score, band }] : [];
  });
}

/** "9 (Mild)": a score with its band's words when the definition names them. */
function scoreWords(score: Score, definition?: Instrument): string {
  const band = definition?.bands.find((b) => b.code === score.band);
  return band ? `${spoken(score.score)} (${band.label})` : spoken(score.score);
}

/** The score's whole scale from the definition's bands, else from 0 to a little above the highest score. */
function scale(points: Score[], definition?: Instrument): { min: number; max: number } {
  const lows = definition?.bands.map((b) => b.min).filter((n): n is number => n !== null) ?? [];
  const highs = definition?.bands.map((b) => b.max).filter((n): n is number => n !== null) ?? [];
  const top = Math.max(...points.map((p) => p.score));
  if (lows.length && highs.length) return { min: Math.min(...lows), max: Math.max(top, ...highs) };
  return { min: 0, max: Math.max(1, Math.ceil(top * 1.2)) };
}

/**
 * Questionnaire scores from the progress answer (instruments: {id: [{taken_at, score, band}]}),
 * named and scaled by the questionnaires' definitions when they are known.
 */
export function instrumentTrends(p: Progress, definitions: Instrument[] = []): InstrumentTrend[] {
  const raw = p.instruments;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  return Object.entries(raw as Record<string, unknown>).flatMap(([id, list]) => {
    const points = scores(list).sort((a, b) => a.at - b.at);
    if (points.length === 0) return [];
    const definition = definitions.find((d) => d.id === id);
    const first = points[0];
    const last = points[points.length - 1];
    const summary =
      points.length === 1
        ? `Your score was ${scoreWords(first, definition)}. Fill it in again later to see a change.`
        : `Your score went from ${scoreWords(first, definition)} to ${scoreWords(last, definition)} in ${spanWords(last.at - first.at)}.`;
    return [
      {
        id,
        title: definition?.title ?? id.toUpperCase(),
        series: [{ label: 'Score', mark: 'line' as const, points: points.map((q) => ({ t: seconds(q.at), v: q.score })) }],
        range: scale(points, definition),
        summary,
      },
    ];
  });
}
