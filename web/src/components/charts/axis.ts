// The time axis's extent, worked out from the data rather than left to uPlot: for a single
// moment uPlot adds 86,400 of its own time units, which with times in seconds is about three
// years, so the one point sat at the edge under year labels. A single moment (or readings less
// than a second apart) gets one day around it instead, labelled with its date.
import { momentLabels } from './series';

const DAY = 86400;

export interface TimeAxis {
  /** The axis's ends, in epoch seconds. */
  min: number;
  max: number;
  /** Fixed ticks and their labels; absent when the drawing library's own ticks fit the span. */
  ticks?: { at: number[]; labels: string[] };
}

/** The axis for these moments (epoch seconds, any order); null when there are none. */
export function timeAxis(times: number[], locale?: string, timeZone?: string): TimeAxis | null {
  if (times.length === 0) return null;
  const first = times.reduce((a, b) => Math.min(a, b));
  const last = times.reduce((a, b) => Math.max(a, b));
  if (last - first < 1) {
    const middle = (first + last) / 2;
    return {
      min: middle - DAY / 2,
      max: middle + DAY / 2,
      ticks: { at: [middle], labels: momentLabels([middle], locale, timeZone) },
    };
  }
  // A quarter of a day each side keeps the first and last dots off the chart's edges.
  return { min: first - DAY / 4, max: last + DAY / 4 };
}
