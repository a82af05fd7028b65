// A time chart for the member's and the care team's screens. uPlot draws it, loaded only when the
// first chart appears, so the first page load stays small. The canvas is hidden from screen
// readers: the summary sentence says what matters, and "See the numbers" opens every value as a
// table. Series differ by dash pattern as well as colour, so colour is never the only signal.
//
// Use:
//   <Chart title="Your pain" summary="Your pain went from 6 to 3 in 4 weeks."
//          series={[{ label: 'Pain at check-in', points: [{ t: 1700000000, v: 6 }] }]}
//          y={{ min: 0, max: 10, label: 'Pain (0–10)' }} />
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
// The stylesheet is small and goes with the app's own; importing it lazily would leave an empty
// script chunk that the service worker's app-shell list names but the build never writes.
import 'uplot/dist/uPlot.min.css';
import { language, locale, useWords, words } from '../../i18n';
import { timeAxis, type TimeAxis } from './axis';
import { alignSeries, isEmpty, momentLabels, type Series } from './series';

export type { Point, Series, Mark } from './series';

// Dates in Spanish when the screens are; in English the browser's own way (as before).
const dateLocale = () => (language() === 'es' ? locale() : undefined);

/** Month and weekday names for the drawing's own axis labels, in the current language. */
export function dateNames(lang = locale()): uPlot.DateNames {
  const names = (options: Intl.DateTimeFormatOptions, dates: Date[]) => dates.map((d) => new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(d));
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2024, m, 15)));
  // 7 January 2024 was a Sunday: uPlot counts weekdays from Sunday.
  const days = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2024, 0, 7 + d)));
  return {
    MMMM: names({ month: 'long' }, months),
    MMM: names({ month: 'short' }, months),
    WWWW: names({ weekday: 'long' }, days),
    WWW: names({ weekday: 'short' }, days),
  };
}

const WORDS = words({
  en: {
    drawingFailed: 'The drawing could not load; the numbers are below.',
    seeNumbers: 'See the numbers',
    when: 'When',
    nothingYet: 'Nothing to show yet.',
  },
  es: {
    drawingFailed: 'No se ha podido cargar el dibujo; los números están debajo.',
    seeNumbers: 'Ver los números',
    when: 'Cuándo',
    nothingYet: 'Todavía no hay nada que mostrar.',
  },
});

export interface YRange {
  min: number;
  max: number;
  /** The axis's name with its unit, e.g. "Pain (0–10)". */
  label: string;
}

export interface ChartProps {
  /** The chart's heading. */
  title: string;
  /** One or two plain sentences that say what the chart shows. */
  summary: string;
  series: Series[];
  y: YRange;
  /** Shown instead of the chart when no series has a value. */
  empty?: string;
  /** Height of the drawing in CSS pixels. */
  height?: number;
  /** Heading level of the title, to fit the page's outline. */
  level?: 2 | 3;
}

const COLOURS = ['#2f6f62', '#a3470b', '#1a4fa0', '#6b3fa0'];
const DASHES: number[][] = [[], [8, 5], [2, 4], [12, 4, 2, 4]];

let library: Promise<typeof uPlot> | null = null;
function loadPlot(): Promise<typeof uPlot> {
  library ??= import('uplot').then((m) => m.default);
  return library;
}

// Dots alternate filled and hollow so two dot series differ by shape, not colour alone.
const hollow = (series: Series[], i: number) => series.slice(0, i).filter((s) => s.mark === 'dots').length % 2 === 1;

function seriesOptions(plot: typeof uPlot, all: Series[], i: number): uPlot.Series {
  const s = all[i];
  const stroke = COLOURS[i % COLOURS.length];
  const mark = s.mark ?? 'line';
  if (mark === 'bars') {
    return { label: s.label, stroke, fill: `${stroke}99`, width: 1, paths: plot.paths.bars!({ size: [0.6, 48] }), points: { show: false } };
  }
  if (mark === 'dots') {
    return { label: s.label, stroke, width: 2, paths: () => null, points: { show: true, size: 9, width: 2, stroke, fill: hollow(all, i) ? '#ffffff' : stroke } };
  }
  return { label: s.label, stroke, dash: DASHES[i % DASHES.length], width: 2, spanGaps: true, points: { show: true, size: 7, stroke, fill: stroke } };
}

function options(plot: typeof uPlot, props: ChartProps, width: number, axis: TimeAxis): uPlot.Options {
  const ticks = axis.ticks;
  const names = language() === 'es' ? dateNames() : undefined;
  return {
    ...(names ? { fmtDate: (tpl: string) => plot.fmtDate(tpl, names) } : {}),
    width,
    height: props.height ?? 220,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: { time: true, range: () => [axis.min, axis.max] },
      y: { range: [props.y.min, props.y.max] },
    },
    axes: [
      ticks
        ? { stroke: '#1f2a2e', grid: { stroke: '#e6e1d8' }, splits: () => ticks.at, values: () => ticks.labels }
        : { stroke: '#1f2a2e', grid: { stroke: '#e6e1d8' } },
      { stroke: '#1f2a2e', label: props.y.label, grid: { stroke: '#e6e1d8' }, size: 44 },
    ],
    series: [{}, ...props.series.map((_s, i) => seriesOptions(plot, props.series, i))],
  };
}

function Drawing(props: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let chart: uPlot | null = null;
    let gone = false;
    const aligned = alignSeries(props.series);
    const data = [aligned.times, ...aligned.values] as uPlot.AlignedData;
    const axis = timeAxis(aligned.times, dateLocale());
    const resize = new ResizeObserver(() => {
      if (chart && box.current) chart.setSize({ width: box.current.clientWidth, height: props.height ?? 220 });
    });
    loadPlot().then(
      (plot) => {
        if (gone || !box.current || !axis) return;
        chart = new plot(options(plot, props, box.current.clientWidth, axis), data, box.current);
        resize.observe(box.current);
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      resize.disconnect();
      chart?.destroy();
    };
  }, [JSON.stringify(props.series), props.y.min, props.y.max, props.y.label, props.height]);
  const w = useWords(WORDS);
  if (failed) return <p class="quiet">{w.drawingFailed}</p>;
  return <div class="chart-plot" ref={box} aria-hidden="true" />;
}

function Swatch({ series, i }: { series: Series[]; i: number }) {
  const colour = COLOURS[i % COLOURS.length];
  const mark = series[i].mark ?? 'line';
  return (
    <svg width="32" height="14" viewBox="0 0 32 14">
      {mark === 'bars' && <rect x="8" y="2" width="16" height="10" fill={`${colour}99`} stroke={colour} />}
      {mark === 'dots' && <circle cx="16" cy="7" r="4.5" stroke={colour} stroke-width="2" fill={hollow(series, i) ? '#ffffff' : colour} />}
      {mark === 'line' && (
        <line x1="1" y1="7" x2="31" y2="7" stroke={colour} stroke-width="3" stroke-dasharray={DASHES[i % DASHES.length].join(' ') || undefined} />
      )}
    </svg>
  );
}

function Key({ series }: { series: Series[] }) {
  return (
    <ul class="chart-key" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.label}>
          <Swatch series={series} i={i} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

function Numbers({ title, series }: { title: string; series: Series[] }) {
  const aligned = alignSeries(series);
  const w = useWords(WORDS);
  const when = momentLabels(aligned.times, dateLocale());
  return (
    <details class="chart-numbers">
      <summary>{w.seeNumbers}</summary>
      <div class="chart-table">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{w.when}</th>
              {series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {aligned.times.map((t, row) => (
              <tr key={t}>
                <th scope="row">{when[row]}</th>
                {aligned.values.map((values, col) => (
                  <td key={col}>{values[row] ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function Chart(props: ChartProps) {
  const Heading = props.level === 3 ? 'h3' : 'h2';
  const w = useWords(WORDS);
  const empty = isEmpty(props.series);
  return (
    <section class="chart">
      <Heading>{props.title}</Heading>
      <p class="chart-summary">{empty ? (props.empty ?? w.nothingYet) : props.summary}</p>
      {!empty && (
        <>
          <Drawing {...props} />
          <Key series={props.series} />
          <Numbers title={props.title} series={props.series} />
        </>
      )}
    </section>
  );
}
