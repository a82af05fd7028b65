// The platform admin's team: every staff account, therapists first with how many members each
// cares for, then the form to add someone. A therapist's name opens their members
// (StaffCaseload.tsx), where a member can be moved to another therapist.
import { useEffect, useState } from 'preact/hooks';
import { consoleApi, type StaffMember } from '../../api/console';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { StaffAccounts } from './StaffAccounts';
import { caseloadWords, ROLE_NAMES, staffInOrder } from './staffWords';
import { TableScroll } from './TableScroll';

export function Staff() {
  const [list, setList] = useState<StaffMember[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Refreshing keeps the form (and its "account created" line) in place; only the list changes.
  const refresh = () => consoleApi.staff().then(setList, setError);
  useEffect(() => {
    refresh();
  }, []);
  return (
    <>
      <ScreenTitle title="Staff">Staff accounts</ScreenTitle>
      <p class="lead">
        Everyone who works in Motus. Open a therapist to see their members, and move a member to another therapist when
        that helps.
      </p>
      {error !== null && <Failure error={error} />}
      {list === null && error === null && <Loading />}
      {list !== null && <StaffTable staff={staffInOrder(list)} />}
      <StaffAccounts onCreated={refresh} />
    </>
  );
}

function StaffTable({ staff }: { staff: StaffMember[] }) {
  const therapists = staff.filter((s) => s.role === 'therapist').length;
  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">Your team</h2>
      <p>
        {staff.length} {staff.length === 1 ? 'account' : 'accounts'}, {therapists}{' '}
        {therapists === 1 ? 'therapist' : 'therapists'}.
      </p>
      <TableScroll label="Staff accounts">
        <table class="console-table staff-list">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Members</th>
              <th scope="col">Email</th>
              <th scope="col">Organization</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.role === 'therapist' ? <a href={`/admin/staff/${encodeURIComponent(s.id)}`}>{s.name}</a> : s.name}</th>
                <td>{ROLE_NAMES[s.role]}</td>
                <td>{s.caseload === null ? '–' : caseloadWords(s.caseload)}</td>
                <td class="staff-email">{s.email}</td>
                <td>{s.organization?.name ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
