// Visit times in words, in the viewer's own time zone (the browser's, unless one is given) and
// the app's language: slots grouped by day, "Tuesday 9 March, 09:30" ("martes, 9 de marzo, a las
// 09:30"), and the reminder lines. Pure functions, so vitest checks them with fixed zones.
import type { Slot, Visit } from '../../api/appointments';
import { language, words, wordsNow } from '../../i18n';

const WORDS = words({
  en: {
    when: (day: string, clock: string) => `${day}, ${clock}`,
    yourZone: 'your time zone',
    withWhom: (name: string) => ` with ${name}`,
    today: 'today',
    tomorrow: 'tomorrow',
    dayBefore: (who: string, day: string, clock: string) => `Reminder: your video visit${who} is ${day} at ${clock}.`,
    startingSoon: (who: string, clock: string) => `Your video visit${who} starts at ${clock}. You can join now.`,
    inProgress: (who: string) => `Your video visit${who} has started. Join now.`,
    booked: 'Booked',
    cancelled: 'Cancelled',
    missed: 'Missed',
    completed: 'Done',
  },
  es: {
    when: (day: string, clock: string) => `${day}, a las ${clock}`,
    yourZone: 'tu zona horaria',
    withWhom: (name: string) => ` con ${name}`,
    today: 'hoy',
    tomorrow: 'mañana',
    dayBefore: (who: string, day: string, clock: string) => `Recordatorio: tu videoconsulta${who} es ${day} a las ${clock}.`,
    startingSoon: (who: string, clock: string) => `Tu videoconsulta${who} empieza a las ${clock}. Ya puedes entrar.`,
    inProgress: (who: string) => `Tu videoconsulta${who} ya ha empezado. Entra ahora.`,
    booked: 'Reservada',
    cancelled: 'Cancelada',
    missed: 'Perdida',
    completed: 'Hecha',
  },
});

/** The locale for visit times: British English (9 March, 24-hour clock) or Spanish. */
const timeLocale = () => (language() === 'es' ? 'es' : 'en-GB');

/** "Martes, 9 de marzo": a day label at the start of a heading or a line. */
export const firstUpper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface SlotDay {
  /** YYYY-MM-DD in the zone */
  key: string;
  label: string;
  slots: Slot[];
}

const dayKey = (ms: number, timeZone?: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

export function dayLabel(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(timeLocale(), { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(ms);
}

export function clockLabel(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(timeLocale(), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

export function whenLabel(ms: number, timeZone?: string): string {
  return wordsNow(WORDS).when(dayLabel(ms, timeZone), clockLabel(ms, timeZone));
}

/** Slots grouped by the viewer's calendar day, in order. */
export function slotsByDay(slots: Slot[], timeZone?: string): SlotDay[] {
  const days: SlotDay[] = [];
  for (const slot of [...slots].sort((a, b) => a.starts_at - b.starts_at)) {
    const key = dayKey(slot.starts_at, timeZone);
    let day = days[days.length - 1];
    if (!day || day.key !== key) {
      day = { key, label: firstUpper(dayLabel(slot.starts_at, timeZone)), slots: [] };
      days.push(day);
    }
    day.slots.push(slot);
  }
  return days;
}

/** The viewer's time zone name, for "Times are in Europe/Berlin". */
export function ownTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || wordsNow(WORDS).yourZone;
}

/** The reminder line for a member's visit, or '' when none is due. */
export function reminderText(visit: Visit, timeZone?: string): string {
  const w = wordsNow(WORDS);
  const who = visit.therapist_name ? w.withWhom(visit.therapist_name) : '';
  switch (visit.reminder) {
    case 'day_before': {
      const day = dayKey(visit.starts_at, timeZone) === dayKey(Date.now(), timeZone) ? w.today : w.tomorrow;
      return w.dayBefore(who, day, clockLabel(visit.starts_at, timeZone));
    }
    case 'starting_soon':
      return w.startingSoon(who, clockLabel(visit.starts_at, timeZone));
    case 'in_progress':
      return w.inProgress(who);
    default:
      return '';
  }
}

/** A visit's status in the app's language ("Booked", "Reservada"). */
export function statusWords(status: Visit['status']): string {
  return wordsNow(WORDS)[status];
}

/** The care team's console stays in English. */
export const STATUS_WORDS: Record<Visit['status'], string> = {
  booked: WORDS.en.booked,
  cancelled: WORDS.en.cancelled,
  missed: WORDS.en.missed,
  completed: WORDS.en.completed,
};

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
