// The platform admin's organizations: every sponsor with its enrollment code and roster size,
// a form to add one, and the roster upload with its row-by-row report.
import { useEffect, useState } from 'preact/hooks';
import { consoleApi, type Organization } from '../../api/console';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { NewOrganization } from './NewOrganization';
import { RosterUpload } from './RosterUpload';
import { TableScroll } from './TableScroll';

export function Organizations() {
  const [list, setList] = useState<Organization[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [chosen, setChosen] = useState('');
  // Refreshing keeps the screen (and a roster report on it) in place; only the figures change.
  const refresh = () => consoleApi.organizations().then(setList, setError);
  useEffect(() => {
    refresh();
  }, []);
  const added = (org: Organization) => {
    setChosen(org.id);
    refresh();
  };
  return (
    <>
      <ScreenTitle title="Organizations">Organizations</ScreenTitle>
      <p class="lead">The employers and health plans that offer Motus to their people.</p>
      {error !== null && <Failure error={error} />}
      {list === null && error === null && <Loading />}
      {list !== null && (
        <>
          {list.length === 0 ? (
            <p class="notice">No organizations yet. Add the first one below.</p>
          ) : (
            <TableScroll label="Organizations">
              <table class="console-table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Enrollment code</th>
                    <th scope="col">People on the roster</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">{o.name}</th>
                      <td>
                        <code>{o.enrollment_code}</code>
                      </td>
                      <td>{o.roster_size ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <NewOrganization onAdded={added} />
          <RosterUpload organizations={list} chosen={chosen} onChoose={setChosen} onLoaded={refresh} />
        </>
      )}
    </>
  );
}
