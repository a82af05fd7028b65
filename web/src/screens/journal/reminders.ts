// Practice reminders, pure parts: the weekdays in the reader's language, Monday first, and what
// the form sends (days ascending, the time as HH:MM, the browser's time zone).
import { formatDate } from '../../i18n';
import type { ReminderChoice } from '../../api/member';

/** 1 = Monday … 7 = Sunday, as the server counts them. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

// 2026-03-02 was a Monday: weekday d falls d - 1 days later.
const MONDAY_UTC = Date.UTC(2026, 2, 2);

/**
 * The weekday's name in the current language: capitalised for a label ("Monday", "Lunes"), or as
 * the language writes it inside a sentence ("Monday", "lunes").
 */
export function weekdayName(day: number, label = true): string {
  const name = formatDate(MONDAY_UTC + (day - 1) * 86_400_000, { weekday: 'long', timeZone: 'UTC' });
  return label ? name.charAt(0).toLocaleUpperCase() + name.slice(1) : name;
}

/** The browser's time zone, or UTC when it does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The body of PUT /me/reminders: chosen days ascending, each once. */
export function reminderChoice(days: readonly number[], time: string, timeZone: string): ReminderChoice {
  const chosen = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  return { days: chosen, time, time_zone: timeZone };
}

/** Adds or removes one day. */
export function toggleDay(days: readonly number[], day: number): number[] {
  return days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort((a, b) => a - b);
}
