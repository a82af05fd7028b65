// The journal, visit and appointment words in Spanish: the sentences made from data (pain
// summaries, visit times, reminders, durations, why a call stopped) read as Spanish, with Spanish
// dates and decimal commas, and the English ones come back when the language is switched back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Visit } from '../src/api/appointments';
import type { Progress } from '../src/api/journal';
import { setLanguage } from '../src/i18n';
import { firstUpper, reminderText, slotsByDay, statusWords, STATUS_WORDS, whenLabel } from '../src/screens/appointments/visitTimes';
import { sentWhen } from '../src/screens/journal/conversation';
import { checkinWords } from '../src/screens/journal/flareCheck';
import { adherenceSummary, levelSummary, painSeries, painSummary, spanWords } from '../src/screens/journal/progressCharts';
import { deviceProblemWords, durationWords, finalCloseWords } from '../src/screens/visits/visitWords';

const DAY = 86_400_000;
const T0 = 1_790_000_000_000;
const friday = Date.UTC(2027, 2, 12, 14);
const half = 30 * 60000;

const session = (at: number, before: number, after: number) => ({
  at,
  pain_before: before,
  pain_after: after,
  next_morning_pain: null,
  exercises_done: 4,
  exercises_planned: 5,
});

function progress(over: Partial<Progress> = {}): Progress {
  return {
    pain: { checkins: [], sessions: [] },
    adherence: { sessions_done: 0, planned_days: 0, active_days: 0, streak_days: 0 },
    levels: [],
    instruments: {},
    ...over,
  };
}

const visit: Visit = {
  id: 'a',
  starts_at: friday,
  ends_at: friday + half,
  status: 'booked',
  booked_by: 'member',
  can_change: false,
  change_until: 0,
  join_open: true,
  visit_path: '/visits/a',
  calendar_path: '/api/v1/me/appointments/a/calendar.ics',
  therapist_name: 'Robin Hale',
  reminder: 'starting_soon',
};

describe('in Spanish', () => {
  beforeEach(() => setLanguage('es'));
  afterEach(() => setLanguage('en'));

  it('progress says how pain changed, with a decimal comma', () => {
    const p = progress({
      pain: { checkins: [{ at: T0, pain: 2, flare: true }], sessions: [session(T0 + 3 * DAY, 5, 3), session(T0 + 4 * DAY, 4, 3)] },
    });
    expect(painSummary(p)).toBe(
      'Tu dolor ha subido de 2 a 4 (sobre 10) en 4 días. Después de una sesión, tu dolor fue de media 1,5 puntos más bajo que antes.',
    );
    expect(painSeries(p).map((s) => s.label)).toEqual(['Registro del día', 'Antes de una sesión', 'Después de una sesión']);
    expect(spanWords(DAY / 2)).toBe('menos de un día');
    expect(spanWords(DAY)).toBe('1 día');
    expect(spanWords(15 * DAY)).toBe('2 semanas');
  });

  it('progress counts sessions and names the program stage', () => {
    const p = progress({
      adherence: { sessions_done: 1, planned_days: 6, active_days: 1, streak_days: 0 },
      levels: [{ at: T0, phase: 'build', steps_up: 1, sessions: 0, paused: true }],
    });
    expect(adherenceSummary(p)).toBe(
      'Has hecho 1 sesión. Te has movido 1 de los 6 días que tu programa tenía previstos hasta ahora. Tu próxima sesión empieza una nueva racha.',
    );
    expect(levelSummary(p)).toBe(
      'Tu programa está en la etapa de “progresión”. Ha subido de nivel 1 vez desde el principio. Está en pausa por ahora, y tu equipo de atención lo revisará contigo.',
    );
  });

  it('visit times are Spanish days and a 24-hour clock in the viewer’s zone', () => {
    expect(whenLabel(friday, 'Europe/Madrid')).toBe('viernes, 12 de marzo, a las 15:00');
    expect(firstUpper(whenLabel(friday, 'America/New_York'))).toBe('Viernes, 12 de marzo, a las 09:00');
    expect(slotsByDay([{ starts_at: friday, ends_at: friday + half }], 'Europe/Madrid')[0].label).toBe('Viernes, 12 de marzo');
    expect(statusWords('cancelled')).toBe('Cancelada');
    // The care team's console keeps its English words whatever the language.
    expect(STATUS_WORDS.cancelled).toBe('Cancelled');
  });

  it('reminders speak of the videoconsulta', () => {
    expect(reminderText(visit, 'Europe/Madrid')).toBe('Tu videoconsulta con Robin Hale empieza a las 15:00. Ya puedes entrar.');
    expect(reminderText({ ...visit, reminder: 'in_progress' })).toBe('Tu videoconsulta con Robin Hale ya ha empezado. Entra ahora.');
    expect(reminderText({ ...visit, reminder: 'day_before' }, 'UTC')).toMatch(
      /^Recordatorio: tu videoconsulta con Robin Hale es (hoy|mañana) a las 14:00\.$/,
    );
  });

  it('a visit’s length, a blocked camera and the end of a call', () => {
    expect(durationWords(30)).toBe('menos de un minuto');
    expect(durationWords(60)).toBe('1 minuto');
    expect(durationWords(65 * 60)).toBe('1 hora y 5 minutos');
    expect(deviceProblemWords(new DOMException('x', 'NotAllowedError'))).toMatch(/bloqueando la cámara/);
    expect(finalCloseWords(4003)).toBe('Se ha acabado el tiempo de esta videoconsulta.');
    expect(finalCloseWords(1006)).toBeUndefined();
  });

  it('message times and the tough-day words', () => {
    expect(sentWhen(Date.UTC(2026, 10, 24, 9, 30), undefined, 'UTC')).toBe('24 nov, 09:30');
    expect(checkinWords({ advice: 'x', flare_check: { tier: 'routine' } as never })).toMatch(/^Sentimos que hoy sea un día difícil/);
  });
});

describe('back in English', () => {
  it('the same functions speak English again', () => {
    setLanguage('es');
    setLanguage('en');
    expect(whenLabel(friday, 'Europe/Berlin')).toBe('Friday 12 March, 15:00');
    expect(durationWords(65 * 60)).toBe('1 hour 5 minutes');
    expect(finalCloseWords(1000)).toBe('The visit has ended.');
  });
});
