// Telehealth appointments: the member's visits (/appointments), the therapist's visits
// (/care/appointments) and availability (/care/availability). The video visit itself lives at
// /visits/{appointment id}, in its own area.
import type { JSX } from 'preact';
import { Loading, ScreenTitle } from '../components/Screen';
import { AvailabilityEditor } from '../screens/appointments/Availability';
import { CareVisits } from '../screens/appointments/CareVisits';
import { MemberVisits } from '../screens/appointments/MemberVisits';
import type { Account, Role } from '../session';
import type { Area } from './types';

function only(role: Role, account: Account | null | undefined, path: string, screen: () => JSX.Element) {
  if (account === undefined) return <Loading />;
  if (account === null) {
    return (
      <>
        <ScreenTitle title="Please log in">Please log in</ScreenTitle>
        <p>
          <a class="button primary" href={`/login?next=${encodeURIComponent(path)}`}>
            Log in
          </a>
        </p>
      </>
    );
  }
  if (account.role !== role) {
    return (
      <>
        <ScreenTitle title="Not for this account">This page is for {role === 'member' ? 'members' : 'therapists'}</ScreenTitle>
        <p>Your account cannot open it.</p>
      </>
    );
  }
  return screen();
}

export const appointments: Area = {
  screen(parts, loc, account) {
    const path = parts.join('/');
    if (path === 'appointments') return only('member', account, loc.path, () => <MemberVisits />);
    if (path === 'care/appointments') return only('therapist', account, loc.path, () => <CareVisits />);
    if (path === 'care/availability') return only('therapist', account, loc.path, () => <AvailabilityEditor />);
    return null;
  },
  nav(account) {
    if (account?.role === 'member') return [{ href: '/appointments', text: 'Visits' }];
    if (account?.role === 'therapist') {
      return [
        { href: '/care/appointments', text: 'Visits' },
        { href: '/care/availability', text: 'Availability' },
      ];
    }
    return [];
  },
};
