// The organization admin's report: how many of their people joined, took part and got better,
// in counts only. A count under the smallest shown cell is hidden so no one can be picked out.
import { consoleApi, type Figure, type OrgReport as Report } from '../../api/console';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { figureText } from './reportFigures';

interface Line {
  label: string;
  value: Figure;
  percent?: boolean;
}

function Figures({ title, lines, smallest }: { title: string; lines: Line[]; smallest: number }) {
  return (
    <section class="card report-block" aria-label={title}>
      <h2>{title}</h2>
      <dl class="figures">
        {lines.map((l) => (
          <div key={l.label} class={l.value === null ? 'figure-line hidden-figure' : 'figure-line'}>
            <dt>{l.label}</dt>
            <dd>{figureText(l.value, smallest, l.percent)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ReportBody({ report }: { report: Report }) {
  const smallest = report.smallest_shown_cell;
  const { enrolment, engagement, outcomes } = report;
  return (
    <>
      <p class="lead">{report.organization.name}</p>
      <div class="notice">
        <p>
          <strong>These are counts, never people.</strong> You never see anyone's name or health details here. When
          fewer than {smallest} people make up a number, we hide it, because with so few people someone could guess
          who they are.
        </p>
      </div>
      <div class="report-grid">
        <Figures
          title="Joining"
          smallest={smallest}
          lines={[
            { label: 'People on your roster', value: enrolment.roster_size },
            { label: 'People who signed up', value: enrolment.accounts },
            { label: 'Share of the roster who signed up', value: enrolment.percent_signed_up, percent: true },
          ]}
        />
        <Figures
          title="Taking part"
          smallest={smallest}
          lines={[
            { label: 'Active in the last 30 days', value: engagement.active_last_30_days },
            { label: 'Share of members active in the last 30 days', value: engagement.percent_active_last_30_days, percent: true },
            { label: 'Finished the first questions', value: engagement.finished_intake },
            { label: 'Did at least one exercise session', value: engagement.logged_a_session },
            { label: 'Wrote to their care team', value: engagement.messaged_care_team },
          ]}
        />
        <Figures
          title="Pain"
          smallest={smallest}
          lines={[
            { label: 'People with two or more pain scores to compare', value: outcomes.pain_compared },
            { label: 'Pain down by 2 points or more (of 10)', value: outcomes.pain_improved_2_points },
            { label: 'Share whose pain went down by 2 or more', value: outcomes.percent_pain_improved, percent: true },
          ]}
        />
      </div>
    </>
  );
}

export function OrgReport() {
  const report = useLoad(consoleApi.report, []);
  return (
    <>
      <ScreenTitle title="Report">Your organization's report</ScreenTitle>
      {report.state === 'loading' && <Loading />}
      {report.state === 'failed' && <Failure error={report.error} />}
      {report.state === 'ready' && <ReportBody report={report.value} />}
    </>
  );
}
