import { describe, expect, it } from 'vitest';
import type { Visit } from '../src/api/appointments';
import { fieldWords, sortedWeek, starterWeek } from '../src/screens/appointments/availabilityDraft';
import { clockLabel, reminderText, slotsByDay, whenLabel } from '../src/screens/appointments/visitTimes';

// 2027-03-12T14:00Z is 09:00 in New York (EST) and 15:00 in Berlin; 2027-03-15T13:00Z is 09:00 in
// New York (EDT, after the change on the 14th) and 14:00 in Berlin (which changes on the 28th).
const friday = Date.UTC(2027, 2, 12, 14);
const monday = Date.UTC(2027, 2, 15, 13);
const half = 30 * 60000;

describe('visit times in the viewer’s time zone', () => {
  it('groups slots by the viewer’s own day', () => {
    const slots = [
      { starts_at: monday, ends_at: monday + half },
      { starts_at: friday, ends_at: friday + half },
      { starts_at: friday + half, ends_at: friday + 2 * half },
    ];
    const ny = slotsByDay(slots, 'America/New_York');
    expect(ny.map((d) => d.label)).toEqual(['Friday 12 March', 'Monday 15 March']);
    expect(ny[0].slots.map((s) => clockLabel(s.starts_at, 'America/New_York'))).toEqual(['09:00', '09:30']);
    expect(clockLabel(monday, 'America/New_York')).toBe('09:00');
    expect(clockLabel(monday, 'Europe/Berlin')).toBe('14:00');
    // 23:30 UTC on Friday is already Saturday in Tokyo.
    const late = Date.UTC(2027, 2, 12, 23, 30);
    expect(slotsByDay([{ starts_at: late, ends_at: late + half }], 'Asia/Tokyo')[0].label).toBe('Saturday 13 March');
    expect(whenLabel(friday, 'Europe/Berlin')).toBe('Friday 12 March, 15:00');
  });

  it('words the reminders', () => {
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
    expect(reminderText(visit, 'America/New_York')).toBe(
      'Your video visit with Robin Hale starts at 09:00. You can join now.',
    );
    expect(reminderText({ ...visit, reminder: 'in_progress' })).toBe('Your video visit with Robin Hale has started. Join now.');
    expect(reminderText({ ...visit, reminder: '' })).toBe('');
    expect(reminderText({ ...visit, reminder: 'day_before' }, 'UTC')).toMatch(/^Reminder: your video visit with Robin Hale is (today|tomorrow) at 14:00\.$/);
  });
});

describe('the availability draft', () => {
  it('starts with weekday mornings and afternoons', () => {
    const week = starterWeek('Europe/Berlin');
    expect(week.time_zone).toBe('Europe/Berlin');
    expect(week.weekly).toHaveLength(10);
    expect(week.slot_minutes).toBe(30);
  });
  it('names the server’s fields in words', () => {
    const week = sortedWeek({ ...starterWeek('UTC'), weekly: [{ weekday: 3, start: '09:00', end: '10:00' }, { weekday: 1, start: '13:00', end: '14:00' }] });
    expect(week.weekly[0].weekday).toBe(1);
    expect(fieldWords('weekly[1].end', week)).toBe('Weekly time 2 (Wednesday), end');
    expect(fieldWords('days_off[0]', week)).toBe('Day off 1');
    expect(fieldWords('exceptions[2].day', week)).toBe('One-off change 3, day');
    expect(fieldWords('time_zone', week)).toBe('Time zone');
  });
});
