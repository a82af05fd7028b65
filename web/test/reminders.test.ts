// Practice reminders, pure parts: weekday names in both languages (Monday first, capitalised as
// a label, as written inside a sentence otherwise) and the body the form sends.
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../src/i18n';
import { reminderChoice, toggleDay, weekdayName, WEEKDAYS } from '../src/screens/journal/reminders';

afterEach(() => setLanguage('en'));

describe('practice reminders', () => {
  it('names the weekdays Monday first, in English and in Spanish', () => {
    setLanguage('en');
    expect(WEEKDAYS.map((d) => weekdayName(d))).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    setLanguage('es');
    expect(weekdayName(1)).toBe('Lunes');
    expect(weekdayName(3, false)).toBe('miércoles');
    expect(weekdayName(7)).toBe('Domingo');
  });

  it('sends the chosen days ascending, each once, with the time and the zone', () => {
    expect(reminderChoice([5, 1, 3, 3], '07:30', 'Europe/Madrid')).toEqual({ days: [1, 3, 5], time: '07:30', time_zone: 'Europe/Madrid' });
    expect(reminderChoice([], '18:00', 'UTC')).toEqual({ days: [], time: '18:00', time_zone: 'UTC' });
  });

  it('adds and removes a day', () => {
    expect(toggleDay([1, 5], 3)).toEqual([1, 3, 5]);
    expect(toggleDay([1, 3, 5], 3)).toEqual([1, 5]);
  });
});
