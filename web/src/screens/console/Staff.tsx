// The platform admin's team: every staff account, therapists first with how many members each
// cares for, then the form to add someone. A therapist's name opens their members
// (StaffCaseload.tsx), where a member can be moved to another therapist.
import { useEffect, useState } from 'preact/hooks';
import { consoleApi, type StaffMember } from '../../api/console';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useAccount } from '../../session';
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
      {list !== null && <StaffTable staff={staffInOrder(list)} onChanged={refresh} />}
      <StaffAccounts onCreated={refresh} />
      <StaffSecurity />
    </>
  );
}

/** Switch an account off (it cannot log in; its sessions end at once) or back on. */
function AccessButton({ member, onChanged }: { member: StaffMember; onChanged: () => void }) {
  const account = useAccount();
  const [busy, setBusy] = useState(false);
  if (account?.id === member.id) return <span>You</span>;
  const toggle = async () => {
    setBusy(true);
    try {
      await consoleApi.setDisabled(member.id, !member.disabled);
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" class="button quiet-button" onClick={toggle} disabled={busy}>
      {member.disabled ? `Switch on ${member.name}` : `Switch off ${member.name}`}
    </button>
  );
}

/**
 * A staff member lost the phone with their authenticator app (and their recovery codes): the
 * admin removes their two-step login after checking who is asking; they log in with the password
 * and set it up again.
 */
function ResetSecondFactor({ member, onChanged }: { member: StaffMember; onChanged: () => void }) {
  const account = useAccount();
  const [busy, setBusy] = useState(false);
  if (!member.second_factor || account?.id === member.id) return null;
  const reset = async () => {
    if (!window.confirm(`Remove ${member.name}'s two-step login? Only do this after checking it is really them asking.`))
      return;
    setBusy(true);
    try {
      await consoleApi.resetSecondFactor(member.id);
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" class="button quiet-button" onClick={reset} disabled={busy}>
      Reset two-step login for {member.name}
    </button>
  );
}

/** The site-wide rule: every staff account logs in with a code from an authenticator app. */
function StaffSecurity() {
  const [required, setRequired] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    consoleApi.security().then((s) => setRequired(s.staff_totp_required), () => setRequired(null));
  }, []);
  if (required === null) return null;
  const change = async () => {
    setBusy(true);
    try {
      setRequired((await consoleApi.setSecurity(!required)).staff_totp_required);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="security-heading">
      <h2 id="security-heading">Two-step login</h2>
      <p>
        {required
          ? 'Every staff account must log in with a code from an authenticator app. Staff who have not set it up are asked to at their next login, before anything else.'
          : 'Staff may add a code from an authenticator app to their login; it is not required.'}
      </p>
      <button type="button" class="button" onClick={change} disabled={busy}>
        {required ? 'Stop requiring two-step login' : 'Require two-step login for all staff'}
      </button>
    </section>
  );
}

function StaffTable({ staff, onChanged }: { staff: StaffMember[]; onChanged: () => void }) {
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
              <th scope="col">Access</th>
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
                <td>
                  {s.disabled ? 'Switched off. ' : ''}
                  <AccessButton member={s} onChanged={onChanged} />
                  {s.second_factor && ' Two-step login on. '}
                  <ResetSecondFactor member={s} onChanged={onChanged} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
