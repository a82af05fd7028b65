// The charts at the top of a member's record: pain over time and sessions per week.
import type { MemberRecord } from '../../api/console';
import { Chart } from '../../components/charts/Chart';
import { adherenceSummary, painSeries, painSummary, sessionsPerWeek, weeklyCeiling } from './memberCharts';

export function MemberCharts({ history }: { history: MemberRecord['history'] }) {
  const weekly = sessionsPerWeek(history.sessions);
  return (
    <section aria-labelledby="charts-title" class="member-charts">
      <h2 id="charts-title">How it is going</h2>
      <div class="chart-pair">
        <Chart
          level={3}
          title="Pain"
          summary={painSummary(history.checkins, history.sessions)}
          series={painSeries(history.checkins, history.sessions)}
          y={{ min: 0, max: 10, label: 'Pain (0–10)' }}
          empty="No pain readings yet: no check-ins or sessions."
        />
        <Chart
          level={3}
          title="Sessions"
          summary={adherenceSummary(history.sessions)}
          series={weekly}
          y={{ min: 0, max: weeklyCeiling(weekly), label: 'Sessions a week' }}
          empty="No sessions logged yet."
        />
      </div>
    </section>
  );
}
