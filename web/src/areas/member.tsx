// The member's own screens: joining and logging in, the intake, the result, today's session.
// Logging in is here too because every account starts at the same /login. Loading this area
// also starts the offline queue, which sends finished sessions once the device is online.
import type { JSX } from 'preact';
import { Loading, ScreenTitle } from '../components/Screen';
import { startOfflineSync } from '../offline/sync';
import { IntakeWizard } from '../screens/member/IntakeWizard';
import { ForgotPassword, ResetPassword, VerifyEmail } from '../screens/member/AccountRecovery';
import { LogIn } from '../screens/member/LogIn';
import { Result } from '../screens/member/Result';
import { SignUp } from '../screens/member/SignUp';
import { Today } from '../screens/member/Today';
import type { Account } from '../session';
import type { Area } from './types';

startOfflineSync();

function membersOnly(path: string, account: Account | null | undefined, screen: (a: Account) => JSX.Element) {
  if (account === undefined) return <Loading />;
  if (account !== null && account.role !== 'member') {
    return (
      <>
        <ScreenTitle title="For members">This page is for members</ScreenTitle>
        <p>You are logged in with a care team or admin account, which has no exercise program of its own.</p>
      </>
    );
  }
  if (account === null) {
    return (
      <>
        <ScreenTitle title="Please log in">Please log in</ScreenTitle>
        <p>This page is for members. Log in to see it, or sign up if you are new.</p>
        <p class="link-list">
          <a href={`/login?next=${encodeURIComponent(path)}`}>Log in</a> · <a href="/signup">Sign up</a>
        </p>
      </>
    );
  }
  return screen(account);
}

export const member: Area = {
  screen(parts, loc, account) {
    if (parts.length !== 1) return null;
    switch (parts[0]) {
      case 'login':
        return <LogIn location={loc} />;
      case 'signup':
        return <SignUp />;
      case 'forgot-password':
        return <ForgotPassword />;
      case 'reset-password':
        return <ResetPassword location={loc} />;
      case 'verify-email':
        return <VerifyEmail location={loc} />;
      case 'start':
        return membersOnly(loc.path, account, (a) => <IntakeWizard account={a} />);
      case 'result':
        return membersOnly(loc.path, account, (a) => <Result account={a} />);
      case 'today':
        return membersOnly(loc.path, account, (a) => <Today account={a} />);
      default:
        return null;
    }
  },
  nav(account) {
    if (account === null) {
      return [
        { href: '/login', text: 'Log in' },
        { href: '/signup', text: 'Sign up' },
      ];
    }
    if (account?.role === 'member') return [{ href: '/today', text: 'Today' }];
    return [];
  },
};
