// Shapes GET /api/v1/me/progress into chart series and the plain sentences beside each chart.
// Pure: values in, values out (the clock comes in as `now`), so every sentence is unit-tested.
import type { Instrument, Progress } from '../../api/journal';
import type { Series } from '../../components/charts/Chart';
import { formatNumber, words, wordsNow } from '../../i18n';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const seconds = (ms: number) => Math.round(ms / 1000);

/** 1.5, 2 (never 2.0): numbers as a person would say them (1,5 in Spanish). */
export const spoken = (n: number) => formatNumber(Math.round(n * 10) / 10, { maximumFractionDigits: 1 });

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

const WORDS = words({
  en: {
    lessThanADay: 'less than a day',
    days: (n: number) => plural(n, 'day', 'days'),
    weeks: (n: number) => plural(n, 'week', 'weeks'),
    checkIn: 'Check-in',
    beforeSession: 'Before a session',
    afterSession: 'After a session',
    painOnce: (pain: number) => `Your pain was ${pain} out of 10. Check in again on the next days to see how it changes.`,
    painDown: (from: number, to: number, span: string) => `Your pain went down from ${from} to ${to} (out of 10) in ${span}.`,
    painUp: (from: number, to: number, span: string) => `Your pain went up from ${from} to ${to} (out of 10) in ${span}.`,
    painSame: (from: number, to: number, span: string) => `Your pain was ${from} out of 10 at the start and is ${to} now, ${span} later.`,
    sessionsLower: (change: string) => `After a session your pain was on average ${change} lower than before.`,
    sessionsHigher: (change: string) =>
      `After a session your pain was on average ${change} higher than before. Tell your care team if moving keeps making it worse.`,
    sessionsSame: 'Your pain was about the same before and after a session.',
    sessionsDone: 'Sessions done',
    doneSessions: (n: number) => `You have done ${plural(n, 'session', 'sessions')}.`,
    movedOn: (active: number, planned: number) => `You moved on ${active} of the ${plural(planned, 'day', 'days')} your program planned so far.`,
    streak: (n: number) => `Your streak: ${plural(n, 'planned day', 'planned days')} in a row.`,
    newStreak: 'Your next session starts a new streak.',
    settle: 'settling in (a gentle start)',
    build: 'building up',
    strengthen: 'getting stronger',
    stepsHarder: 'Steps harder than the start',
    stage: (phase: string) => `Your program is at the “${phase}” stage.`,
    steppedUp: (n: number) => `It has stepped up ${plural(n, 'time', 'times')} since the start.`,
    easedOff: (n: number) => `It has eased off ${plural(n, 'step', 'steps')} to suit you.`,
    notSteppedUp: 'It has not stepped up yet; it does once sessions feel easy.',
    paused: 'It is paused for now, and your care team will look at it with you.',
    scoreOnce: (score: string) => `Your score was ${score}. Fill it in again later to see a change.`,
    scoreChange: (from: string, to: string, span: string) => `Your score went from ${from} to ${to} in ${span}.`,
    score: 'Score',
  },
  es: {
    lessThanADay: 'menos de un día',
    days: (n: number) => plural(n, 'día', 'días'),
    weeks: (n: number) => plural(n, 'semana', 'semanas'),
    checkIn: 'Registro del día',
    beforeSession: 'Antes de una sesión',
    afterSession: 'Después de una sesión',
    painOnce: (pain: number) => `Tu dolor era de ${pain} sobre 10. Vuelve a anotarlo los próximos días para ver cómo cambia.`,
    painDown: (from: number, to: number, span: string) => `Tu dolor ha bajado de ${from} a ${to} (sobre 10) en ${span}.`,
    painUp: (from: number, to: number, span: string) => `Tu dolor ha subido de ${from} a ${to} (sobre 10) en ${span}.`,
    painSame: (from: number, to: number, span: string) => `Tu dolor era de ${from} sobre 10 al principio y ahora es de ${to}, ${span} después.`,
    sessionsLower: (change: string) => `Después de una sesión, tu dolor fue de media ${change} puntos más bajo que antes.`,
    sessionsHigher: (change: string) =>
      `Después de una sesión, tu dolor fue de media ${change} puntos más alto que antes. Díselo a tu equipo de atención si moverte lo sigue empeorando.`,
    sessionsSame: 'Tu dolor fue más o menos el mismo antes y después de una sesión.',
    sessionsDone: 'Sesiones hechas',
    doneSessions: (n: number) => `Has hecho ${plural(n, 'sesión', 'sesiones')}.`,
    movedOn: (active: number, planned: number) => `Te has movido ${active} de los ${plural(planned, 'día', 'días')} que tu programa tenía previstos hasta ahora.`,
    streak: (n: number) => `Tu racha: ${plural(n, 'día previsto', 'días previstos')} seguidos.`,
    newStreak: 'Tu próxima sesión empieza una nueva racha.',
    settle: 'adaptación (un comienzo suave)',
    build: 'progresión',
    strengthen: 'fortalecimiento',
    stepsHarder: 'Niveles subidos desde el inicio',
    stage: (phase: string) => `Tu programa está en la etapa de “${phase}”.`,
    steppedUp: (n: number) => `Ha subido de nivel ${plural(n, 'vez', 'veces')} desde el principio.`,
    easedOff: (n: number) => `Se ha suavizado ${plural(n, 'paso', 'pasos')} para adaptarse a ti.`,
    notSteppedUp: 'Aún no ha subido de nivel; lo hará cuando las sesiones te resulten fáciles.',
    paused: 'Está en pausa por ahora, y tu equipo de atención lo revisará contigo.',
    scoreOnce: (score: string) => `Tu puntuación fue ${score}. Vuelve a rellenarlo más adelante para ver si cambia.`,
    scoreChange: (from: string, to: string, span: string) => `Tu puntuación pasó de ${from} a ${to} en ${span}.`,
    score: 'Puntuación',
  },
});

/** "3 days", "4 weeks": how long from the first to the last reading. */
export function spanWords(ms: number): string {
  const w = wordsNow(WORDS);
  if (ms < DAY_MS) return w.lessThanADay;
  const days = Math.round(ms / DAY_MS);
  if (days < 14) return w.days(days);
  return w.weeks(Math.round(days / 7));
}

export function painSeries(p: Progress): Series[] {
  const w = wordsNow(WORDS);
  const all: Series[] = [
    { label: w.checkIn, mark: 'line', points: p.pain.checkins.map((c) => ({ t: seconds(c.at), v: c.pain })) },
    { label: w.beforeSession, mark: 'dots', points: p.pain.sessions.map((s) => ({ t: seconds(s.at), v: s.pain_before })) },
    { label: w.afterSession, mark: 'dots', points: p.pain.sessions.map((s) => ({ t: seconds(s.at), v: s.pain_after })) },
  ];
  return all.filter((s) => s.points.length > 0);
}

/**
 * How pain changed, from the first to the latest reading at rest (a check-in, or the pain just
 * before a session), then how sessions tend to change it.
 */
export function painSummary(p: Progress): string {
  const w = wordsNow(WORDS);
  const readings = [
    ...p.pain.checkins.map((c) => ({ at: c.at, pain: c.pain })),
    ...p.pain.sessions.map((s) => ({ at: s.at, pain: s.pain_before })),
  ].sort((a, b) => a.at - b.at);
  if (readings.length === 0) return '';
  const first = readings[0];
  const last = readings[readings.length - 1];
  const sentences: string[] = [];
  if (readings.length === 1) {
    sentences.push(w.painOnce(first.pain));
  } else {
    const span = spanWords(last.at - first.at);
    if (last.pain < first.pain) sentences.push(w.painDown(first.pain, last.pain, span));
    else if (last.pain > first.pain) sentences.push(w.painUp(first.pain, last.pain, span));
    else sentences.push(w.painSame(first.pain, last.pain, span));
  }
  if (p.pain.sessions.length > 0) {
    const change = p.pain.sessions.reduce((sum, s) => sum + (s.pain_before - s.pain_after), 0) / p.pain.sessions.length;
    if (change >= 0.25) sentences.push(w.sessionsLower(spoken(change)));
    else if (change <= -0.25) sentences.push(w.sessionsHigher(spoken(-change)));
    else sentences.push(w.sessionsSame);
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
  return [{ label: wordsNow(WORDS).sessionsDone, mark: 'bars', points: counts.map((v, i) => ({ t: seconds(start + i * WEEK_MS), v })) }];
}

export function adherenceSummary(p: Progress): string {
  const w = wordsNow(WORDS);
  const a = p.adherence;
  if (a.sessions_done === 0 && a.planned_days === 0) return '';
  const sentences = [w.doneSessions(a.sessions_done)];
  if (a.planned_days > 0) sentences.push(w.movedOn(a.active_days, a.planned_days));
  sentences.push(a.streak_days > 0 ? w.streak(a.streak_days) : w.newStreak);
  return sentences.join(' ');
}

export const phaseWords = (phase: string) => {
  const w = wordsNow(WORDS);
  return phase === 'settle' || phase === 'build' || phase === 'strengthen' ? w[phase] : phase;
};

/** Net steps up over all exercises after each change of the program. */
export function levelSeries(p: Progress): Series[] {
  if (p.levels.length === 0) return [];
  return [{ label: wordsNow(WORDS).stepsHarder, mark: 'line', points: p.levels.map((l) => ({ t: seconds(l.at), v: l.steps_up })) }];
}

export function levelRange(p: Progress): { min: number; max: number } {
  const steps = p.levels.map((l) => l.steps_up);
  return { min: Math.min(0, ...steps), max: Math.max(3, ...steps) + 1 };
}

export function levelSummary(p: Progress): string {
  const last = p.levels[p.levels.length - 1];
  if (!last) return '';
  const w = wordsNow(WORDS);
  const sentences = [w.stage(phaseWords(last.phase))];
  if (last.steps_up > 0) sentences.push(w.steppedUp(last.steps_up));
  else if (last.steps_up < 0) sentences.push(w.easedOff(-last.steps_up));
  else sentences.push(w.notSteppedUp);
  if (last.paused) sentences.push(w.paused);
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
    const w = wordsNow(WORDS);
    const summary =
      points.length === 1
        ? w.scoreOnce(scoreWords(first, definition))
        : w.scoreChange(scoreWords(first, definition), scoreWords(last, definition), spanWords(last.at - first.at));
    return [
      {
        id,
        title: definition?.title ?? id.toUpperCase(),
        series: [{ label: w.score, mark: 'line' as const, points: points.map((q) => ({ t: seconds(q.at), v: q.score })) }],
        range: scale(points, definition),
        summary,
      },
    ];
  });
}
