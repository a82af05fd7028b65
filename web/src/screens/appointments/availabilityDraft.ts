// The availability editor's draft and the words for the server's field names: pure helpers the
// console screen uses and vitest checks.
import type { Availability } from '../../api/appointments';
import { WEEKDAYS } from './visitTimes';

/** A first week for a therapist who has set nothing: weekdays 09:00–12:00 and 13:00–17:00. */
export function starterWeek(timeZone: string): Availability {
  const weekly = [];
  for (let weekday = 1; weekday <= 5; weekday++) {
    weekly.push({ weekday, start: '09:00', end: '12:00' }, { weekday, start: '13:00', end: '17:00' });
  }
  return { time_zone: timeZone, slot_minutes: 30, weekly, days_off: [], exceptions: [] };
}

/** "weekly[2].end" → "Weekly time 3 (Tuesday), end"; other names as they are. */
export function fieldWords(field: string, draft: Availability): string {
  const weekly = /^weekly\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (weekly) {
    const i = Number(weekly[1]);
    const day = WEEKDAYS[(draft.weekly[i]?.weekday ?? 1) - 1];
    return `Weekly time ${i + 1} (${day})${weekly[2] ? `, ${weekly[2]}` : ''}`;
  }
  const dayOff = /^days_off\[(\d+)\]$/.exec(field);
  if (dayOff) return `Day off ${Number(dayOff[1]) + 1}`;
  const change = /^exceptions\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (change) return `One-off change ${Number(change[1]) + 1}${change[2] ? `, ${change[2]}` : ''}`;
  const names: Record<string, string> = { time_zone: 'Time zone', slot_minutes: 'Visit length' };
  return names[field] ?? field;
}

/** The draft with weekly times in weekday and start order, as the server lists them. */
export function sortedWeek(draft: Availability): Availability {
  return {
    ...draft,
    weekly: [...draft.weekly].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start)),
  };
}
