import { describe, expect, it } from 'vitest';
import { alignSeries, isEmpty, momentLabels } from '../src/components/charts/series';

describe('alignSeries', () => {
  it('puts every series on one sorted time axis with gaps as null', () => {
    const aligned = alignSeries([
      { label: 'a', points: [{ t: 300, v: 3 }, { t: 100, v: 1 }] },
      { label: 'b', points: [{ t: 200, v: 7 }, { t: 300, v: 8 }] },
    ]);
    expect(aligned.times).toEqual([100, 200, 300]);
    expect(aligned.values).toEqual([
      [1, null, 3],
      [null, 7, 8],
    ]);
  });

  it('keeps the later of two values at one moment', () => {
    const aligned = alignSeries([{ label: 'a', points: [{ t: 5, v: 1 }, { t: 5, v: 2 }] }]);
    expect(aligned).toEqual({ times: [5], values: [[2]] });
  });

  it('answers empty rows for no points', () => {
    expect(alignSeries([{ label: 'a', points: [] }])).toEqual({ times: [], values: [[]] });
    expect(isEmpty([{ label: 'a', points: [] }])).toBe(true);
    expect(isEmpty([{ label: 'a', points: [] }, { label: 'b', points: [{ t: 1, v: 0 }] }])).toBe(false);
  });
});

describe('momentLabels', () => {
  const day = 86400;
  it('names only the date when each value has its own day', () => {
    const labels = momentLabels([0, day], 'en-GB', 'UTC');
    expect(labels).toEqual(['1 Jan 1970', '2 Jan 1970']);
  });

  it('adds the time when one day has two values', () => {
    const labels = momentLabels([3600, 7200], 'en-GB', 'UTC');
    expect(labels[0]).toContain('01:00');
    expect(labels[1]).toContain('02:00');
  });
});
