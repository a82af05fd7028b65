// The member's journal: progress charts, the daily check-in, questionnaires, messages with the
// care team and the account. Only for a logged-in member, except the account: staff change
// their password and log out there too.
import type { JSX } from 'preact';
import { Loading, ScreenTitle } from '../components/Screen';
import { Account, Goodbye, StaffAccount } from '../screens/journal/Account';
import { CheckIn } from '../screens/journal/CheckIn';
import { Messages } from '../screens/journal/Messages';
import { ProgressScreen } from '../screens/journal/Progress';
import { Questionnaires } from '../screens/journal/Questionnaires';
import type { Area } from './types';

const SCREENS: Record<string, { title: string; screen: (second?: string) => JSX.Element; deeper?: true }> = {
  progress: { title: 'Your progress', screen: () => <ProgressScreen /> },
  'check-in': { title: 'Check in', screen: () => <CheckIn /> },
  questionnaires: { title: 'Questionnaires', screen: (id) => <Questionnaires id={id} />, deeper: true },
  messages: { title: 'Messages', screen: () => <Messages /> },
  account: { title: 'Your account', screen: () => <Account /> },
};

function LogInFirst({ path, title }: { path: string; title: string }) {
  return (
    <>
      <ScreenTitle title={title}>Please log in first</ScreenTitle>
      <p>This page shows your own record, so we need to know it is you.</p>
      <p>
        <a class="button primary" href={`/login?next=${encodeURIComponent(path)}`}>
          Log in
        </a>
      </p>
    </>
  );
}

function MembersOnly({ title }: { title: string }) {
  return (
    <>
      <ScreenTitle title={title}>This page is for members</ScreenTitle>
      <p>You are logged in as a member of staff. Members see their own progress, messages and account here.</p>
    </>
  );
}

export const journal: Area = {
  screen(parts, _loc, account) {
    const [first, second] = parts;
    if (first === 'goodbye' && parts.length === 1) return <Goodbye />;
    if (!first || !Object.hasOwn(SCREENS, first)) return null;
    const { title, screen, deeper } = SCREENS[first];
    if (parts.length > (deeper ? 2 : 1)) return null;
    if (account === undefined) return <Loading />;
    if (account === null) return <LogInFirst path={`/${parts.map(encodeURIComponent).join('/')}`} title={title} />;
    if (account.role !== 'member') return first === 'account' ? <StaffAccount /> : <MembersOnly title={title} />;
    return screen(second);
  },
  nav(account) {
    if (account?.role !== 'member') return [];
    return [
      { href: '/progress', text: 'Progress' },
      { href: '/messages', text: 'Messages' },
      { href: '/account', text: 'Account' },
    ];
  },
};
