import { describe, expect, it } from 'vitest';
import { timeAxis } from '../src/components/charts/axis';

const DAY = 86400;
// 14 November 2023, 22:13:20 UTC.
const T = 1700000000;

describe('timeAxis', () => {
  it('gives a single reading one day around it, labelled with its date', () => {
    expect(timeAxis([T], 'en-GB', 'UTC')).toEqual({
      min: T - DAY / 2,
      max: T + DAY / 2,
      ticks: { at: [T], labels: ['14 Nov 2023'] },
    });
  });

  it('treats readings less than a second apart as one moment', () => {
    const axis = timeAxis([T + 0.8, T, T + 0.2], 'en-GB', 'UTC')!;
    expect(axis.max - axis.min).toBe(DAY);
    expect(axis.ticks?.at).toEqual([T + 0.4]);
    expect(axis.ticks?.labels).toEqual(['14 Nov 2023']);
  });

  it('labels the date in the reader’s time zone', () => {
    expect(timeAxis([T], 'en-GB', 'Pacific/Auckland')?.ticks?.labels).toEqual(['15 Nov 2023']);
  });

  it('pads a longer span by a quarter day each side and leaves the ticks to the chart', () => {
    expect(timeAxis([T + 3 * DAY, T, T + 1], 'en-GB', 'UTC')).toEqual({ min: T - DAY / 4, max: T + 3 * DAY + DAY / 4 });
  });

  it('has no axis without readings', () => {
    expect(timeAxis([])).toBeNull();
  });
});
