// The organization admin's report: how many of their people joined, took part and got better,
// in counts only. A count under the smallest shown cell is hidden so no one can be picked out.
import { consoleApi, type Figure, type OrgReport as Report } from '../../api/console';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useState } from 'preact/hooks';
import { useLoad } from '../../useLoad';
import { TableScroll } from './TableScroll';
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

function monthName(month: string): string {
  const at = new Date(`${month}-15T12:00:00Z`);
  return Number.isNaN(at.getTime()) ? month : at.toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The period's months: members who logged a session and the sessions, each hidden when small. */
function Trend({ report }: { report: Report }) {
  const period = report.period;
  if (!period) return null;
  const smallest = report.smallest_shown_cell;
  return (
    <section class="card report-block" aria-labelledby="trend-title">
      <h2 id="trend-title">Month by month</h2>
      <TableScroll label="Month by month">
        <table class="trend">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Members who did a session</th>
              <th scope="col">Sessions done</th>
            </tr>
          </thead>
          <tbody>
            {period.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthName(m.month)}</th>
                <td>{figureText(m.members_logging_sessions, smallest)}</td>
                <td>{figureText(m.sessions_logged, smallest)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        <a class="button quiet-button" href={consoleApi.reportCsvUrl(period.from, period.to)} download>
          Download these months (CSV)
        </a>
      </p>
    </section>
  );
}

export function OrgReport() {
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const report = useLoad(() => consoleApi.report(range?.from, range?.to), [range?.from, range?.to]);
  const shownFrom = from || (report.state === 'ready' ? (report.value.period?.from ?? '') : '');
  const shownTo = to || (report.state === 'ready' ? (report.value.period?.to ?? '') : '');
  return (
    <>
      <ScreenTitle title="Report">Your organization's report</ScreenTitle>
      <form
        class="report-period"
        onSubmit={(e) => {
          e.preventDefault();
          setRange({ from: shownFrom, to: shownTo });
        }}
      >
        <div class="field">
          <label for="report-from">From</label>
          <input id="report-from" type="date" value={shownFrom} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="report-to">To</label>
          <input id="report-to" type="date" value={shownTo} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="button primary">
          Show this period
        </button>
      </form>
      {report.state === 'loading' && <Loading />}
      {report.state === 'failed' && <Failure error={report.error} />}
      {report.state === 'ready' && (
        <>
          <ReportBody report={report.value} />
          <Trend report={report.value} />
        </>
      )}
    </>
  );
}
