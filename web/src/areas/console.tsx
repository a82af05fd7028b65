// The staff consoles: the therapist's queue and member records, the platform admin's
// organizations, staff and audit log, and the organization admin's report. Their screens load
// on first visit, so members never download them.
import type { JSX } from 'preact';
import { Failure, Loading, ScreenTitle } from '../components/Screen';
import type { Role } from '../session';
import { useLoad } from '../useLoad';
import type { Area } from './types';

type Screens = typeof import('../screens/console/screens');

const loadScreens = () => import('../screens/console/screens');

function Staff({ show }: { show: (screens: Screens) => JSX.Element }) {
  const screens = useLoad(loadScreens, []);
  if (screens.state === 'loading') return <Loading />;
  if (screens.state === 'failed') return <Failure error={screens.error} />;
  return show(screens.value);
}

const WHO: Record<Role, string> = {
  therapist: 'therapists',
  admin: 'platform admins',
  org_admin: 'organization admins',
  member: 'members',
};

function NotYours({ role, loggedIn, path }: { role: Role; loggedIn: boolean; path: string }) {
  return (
    <>
      <ScreenTitle title="Staff only">This page is for {WHO[role]}</ScreenTitle>
      {loggedIn ? (
        <p>Your account cannot open it. If you think it should, ask your Motus admin.</p>
      ) : (
        <p>
          Please <a href={`/login?next=${encodeURIComponent(path)}`}>log in</a> with a staff account to see it.
        </p>
      )}
    </>
  );
}

function EnrolFirst() {
  return (
    <>
      <ScreenTitle title="Two-step login first">Set up two-step login first</ScreenTitle>
      <p>
        Your clinic asks every staff account to log in with a code from an authenticator app.{' '}
        <a href="/account">Set it up on your account page</a>; then this page opens.
      </p>
    </>
  );
}

export const consoleArea: Area = {
  screen(parts, loc, account) {
    const [first, second, third] = parts;
    let role: Role | null = null;
    let show: ((s: Screens) => JSX.Element) | null = null;
    if (first === 'care' && parts.length === 1) {
      role = 'therapist';
      show = (s) => <s.Queue />;
    } else if (first === 'care' && second === 'members' && third && parts.length === 3) {
      // A therapist's own member, or (break-glass, with a reason) anyone's for an admin too.
      role = account?.role === 'admin' ? 'admin' : 'therapist';
      show = (s) => <s.MemberDetail id={third} />;
    } else if (first === 'admin' && parts.length === 2 && second === 'organizations') {
      role = 'admin';
      show = (s) => <s.Organizations />;
    } else if (first === 'admin' && parts.length === 2 && second === 'staff') {
      role = 'admin';
      show = (s) => <s.Staff />;
    } else if (first === 'admin' && second === 'staff' && third && parts.length === 3) {
      role = 'admin';
      show = (s) => <s.StaffCaseload id={third} />;
    } else if (first === 'admin' && parts.length === 2 && second === 'audit') {
      role = 'admin';
      show = (s) => <s.AuditLog location={loc} />;
    } else if (first === 'org' && second === 'report' && parts.length === 2) {
      role = 'org_admin';
      show = (s) => <s.OrgReport />;
    }
    if (!role || !show) return null;
    if (account === undefined) return <Loading />;
    if (account?.role !== role) return <NotYours role={role} loggedIn={account !== null} path={loc.path} />;
    if (account.must_enrol_second_factor) return <EnrolFirst />;
    return <Staff show={show} />;
  },
  nav(account) {
    const own = { href: '/account', text: 'Your account' };
    switch (account?.role) {
      case 'therapist':
        return [{ href: '/care', text: 'Queue' }, own];
      case 'admin':
        return [
          { href: '/admin/organizations', text: 'Organizations' },
          { href: '/admin/staff', text: 'Staff' },
          { href: '/admin/audit', text: 'Audit' },
          own,
        ];
      case 'org_admin':
        return [{ href: '/org/report', text: 'Report' }, own];
      default:
        return [];
    }
  },
};
