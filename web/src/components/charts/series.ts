// The chart's data model, free of any drawing library: named series of timed values, lined up on
// one shared time axis the way uPlot wants them (one x array, one y array per series, null where a
// series has no value at that time).

/** One value at one moment: t in epoch seconds. */
export interface Point {
  t: number;
  v: number;
}

/** How a series is drawn: a joined line with dots, dots alone, or bars (counts per week). */
export type Mark = 'line' | 'dots' | 'bars';

export interface Series {
  /** What the values are, in plain words ("Pain at check-in"); names the legend and table column. */
  label: string;
  points: Point[];
  mark?: Mark;
}

export interface Aligned {
  /** Every moment any series has a value at, oldest first, each once. */
  times: number[];
  /** One row per series, matching `times`; null where that series has no value then. */
  values: (number | null)[][];
}

/** Lines the series up on one time axis. A series with two values at one moment keeps the later. */
export function alignSeries(series: Series[]): Aligned {
  const times = [...new Set(series.flatMap((s) => s.points.map((p) => p.t)))].sort((a, b) => a - b);
  const column = new Map(times.map((t, i) => [t, i]));
  const values = series.map((s) => {
    const row: (number | null)[] = times.map(() => null);
    for (const p of s.points) row[column.get(p.t)!] = p.v;
    return row;
  });
  return { times, values };
}

/** True when there is nothing to draw. */
export const isEmpty = (series: Series[]) => series.every((s) => s.points.length === 0);

/**
 * Labels for the moments in the data table: the date alone when every value falls on its own day,
 * the date and time when some day has more than one.
 */
export function momentLabels(times: number[], locale?: string, timeZone?: string): string[] {
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone });
  const days = times.map((t) => day.format(new Date(t * 1000)));
  if (new Set(days).size === days.length) return days;
  const moment = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
  return times.map((t) => moment.format(new Date(t * 1000)));
}
