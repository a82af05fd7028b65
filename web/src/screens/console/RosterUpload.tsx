// Replaces an organization's roster with a CSV file and shows what happened to every row:
// how many people were loaded, kept and removed, and each refused row by line with the reason.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { consoleApi, type Organization, type RosterReport } from '../../api/console';
import { TableScroll } from './TableScroll';

interface Props {
  organizations: Organization[];
  chosen: string;
  onChoose: (id: string) => void;
  onLoaded: () => void;
}

export function RosterUpload({ organizations, chosen, onChoose, onLoaded }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [report, setReport] = useState<RosterReport | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const organization = chosen || organizations[0]?.id || '';

  const upload = async (e: Event) => {
    e.preventDefault();
    const picked = file.current?.files?.[0];
    setProblem('');
    setReport(null);
    if (!organization) {
      setProblem('Add an organization first.');
      return;
    }
    if (!picked) {
      setProblem('Choose a CSV file first.');
      file.current?.focus();
      return;
    }
    setBusy(true);
    try {
      setReport(await consoleApi.uploadRoster(organization, await picked.text()));
      onLoaded();
    } catch (err) {
      setProblem(err instanceof ApiError ? err.detail : 'The file could not be sent. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="roster-title">
      <h2 id="roster-title">Upload a roster</h2>
      <p>
        A roster is the list of people who may join. The file replaces the organization's whole list. Use a CSV file
        whose first line names the columns: <code>first name</code>, <code>last name</code>, <code>date of birth</code>{' '}
        (YYYY-MM-DD), and <code>email</code> or <code>employee id</code> (or both).
      </p>
      <form onSubmit={upload} noValidate class="console-form">
        <div class="field">
          <label for="roster-org">Organization</label>
          <select id="roster-org" value={organization} onChange={(e) => onChoose((e.target as HTMLSelectElement).value)}>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="roster-file">Roster file (CSV)</label>
          <input id="roster-file" type="file" accept=".csv,text/csv" ref={file} />
        </div>
        {problem && (
          <p class="failure" role="alert">
            {problem}
          </p>
        )}
        <div class="form-row">
          <button class="button primary" type="submit" disabled={busy}>
            {busy ? 'Uploading…' : 'Upload roster'}
          </button>
        </div>
      </form>
      {report && <RowReport report={report} />}
    </section>
  );
}

function RowReport({ report }: { report: RosterReport }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  return (
    <div class="roster-report">
      <h3 id="report-title" tabIndex={-1} ref={heading}>What happened to {report.organization.name}'s roster</h3>
      <ul>
        <li>{report.loaded} new people loaded</li>
        <li>{report.updated} already on the list, kept</li>
        <li>{report.removed} no longer on the list, removed (their accounts stay)</li>
        <li>
          <strong>
            {report.rejected} {report.rejected === 1 ? 'row' : 'rows'} not used
          </strong>
        </li>
        <li>{report.roster_size} people on the roster now</li>
      </ul>
      {report.rejected_rows.length > 0 && (
        <TableScroll label="Rows not used">
          <table class="console-table">
            <caption>Rows not used: fix them in the file and upload it again</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected_rows.map((r) => (
                <tr key={r.line}>
                  <th scope="row">{r.line}</th>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
