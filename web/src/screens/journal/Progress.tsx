// GET /me/progress as charts: pain, questionnaire scores, how steady the sessions have been and
// the program's level. Each chart says in one sentence what it shows.
import { useMemo } from 'preact/hooks';
import { journal, type Instrument, type Progress } from '../../api/journal';
import { Chart } from '../../components/charts/Chart';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import {
  adherenceSummary,
  instrumentTrends,
  levelRange,
  levelSeries,
  levelSummary,
  painSeries,
  painSummary,
  weeklySessions,
} from './progressCharts';

function Charts({ progress, definitions }: { progress: Progress; definitions: Instrument[] }) {
  const shaped = useMemo(() => {
    const weekly = weeklySessions(progress, Date.now());
    return {
      pain: painSeries(progress),
      weekly,
      mostInAWeek: Math.max(3, ...weekly.flatMap((s) => s.points.map((p) => p.v))),
      levels: levelSeries(progress),
      instruments: instrumentTrends(progress, definitions),
    };
  }, [progress, definitions]);
  return (
    <>
      <Chart
        title="Your pain"
        summary={painSummary(progress)}
        empty="No pain scores yet. Check in or do a session, and your pain will show here."
        series={shaped.pain}
        y={{ min: 0, max: 10, label: 'Pain (0 to 10)' }}
      />
      {shaped.instruments.map((trend) => (
        <Chart key={trend.id} title={trend.title} summary={trend.summary} series={trend.series} y={{ ...trend.range, label: 'Score' }} />
      ))}
      <Chart
        title="Sessions each week"
        summary={adherenceSummary(progress)}
        empty="No sessions yet. Your first session will show here."
        series={shaped.weekly.some((s) => s.points.some((p) => p.v > 0)) ? shaped.weekly : []}
        y={{ min: 0, max: shaped.mostInAWeek + 1, label: 'Sessions' }}
      />
      <Chart
        title="Your program level"
        summary={levelSummary(progress)}
        empty="Your program has not started yet. It starts after your first questions about your pain."
        series={shaped.levels}
        y={{ ...levelRange(progress), label: 'Steps harder' }}
      />
    </>
  );
}

export function ProgressScreen() {
  const load = useLoad(async () => {
    const progress = await journal.progress();
    // The questionnaires' names and scales come from their definitions, fetched only when needed.
    const answered = Object.keys(progress.instruments ?? {}).length > 0;
    const definitions = answered ? await journal.instruments().catch(() => []) : [];
    return { progress, definitions };
  }, []);
  return (
    <>
      <ScreenTitle title="Your progress">Your progress</ScreenTitle>
      <p class="lead">How your pain and your exercise have gone so far. Small steps add up.</p>
      <div class="journal-actions">
        <a class="button primary" href="/check-in">
          Check in for today
        </a>
        <a class="button quiet-button" href="/questionnaires">
          Questionnaires
        </a>
      </div>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' && <Charts progress={load.value.progress} definitions={load.value.definitions} />}
    </>
  );
}
