// Visit times in words, in the viewer's own time zone (the browser's, unless one is given):
// slots grouped by day, "Tuesday 9 March, 09:30", and the reminder lines. Pure functions, so
// vitest checks them with fixed zones.
import type { Slot, Visit } from '../../api/appointments';

export interface SlotDay {
  /** YYYY-MM-DD in the zone */
  key: string;
  label: string;
  slots: Slot[];
}

const dayKey = (ms: number, timeZone?: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

export function dayLabel(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(ms);
}

export function clockLabel(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

export function whenLabel(ms: number, timeZone?: string): string {
  return `${dayLabel(ms, timeZone)}, ${clockLabel(ms, timeZone)}`;
}

/** Slots grouped by the viewer's calendar day, in order. */
export function slotsByDay(slots: Slot[], timeZone?: string): SlotDay[] {
  const days: SlotDay[] = [];
  for (const slot of [...slots].sort((a, b) => a.starts_at - b.starts_at)) {
    const key = dayKey(slot.starts_at, timeZone);
    let day = days[days.length - 1];
    if (!day || day.key !== key) {
      day = { key, label: dayLabel(slot.starts_at, timeZone), slots: [] };
      days.push(day);
    }
    day.slots.push(slot);
  }
  return days;
}

/** The viewer's time zone name, for "Times are in Europe/Berlin". */
export function ownTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'your time zone';
}

/** The reminder line for a member's visit, or '' when none is due. */
export function reminderText(visit: Visit, timeZone?: string): string {
  const who = visit.therapist_name ? ` with ${visit.therapist_name}` : '';
  switch (visit.reminder) {
    case 'day_before':
      return `Reminder: your video visit${who} is ${
        dayKey(visit.starts_at, timeZone) === dayKey(Date.now(), timeZone) ? 'today' : 'tomorrow'
      } at ${clockLabel(visit.starts_at, timeZone)}.`;
    case 'starting_soon':
      return `Your video visit${who} starts at ${clockLabel(visit.starts_at, timeZone)}. You can join now.`;
    case 'in_progress':
      return `Your video visit${who} has started. Join now.`;
    default:
      return '';
  }
}

export const STATUS_WORDS: Record<Visit['status'], string> = {
  booked: 'Booked',
  cancelled: 'Cancelled',
  missed: 'Missed',
  completed: 'Done',
};

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
