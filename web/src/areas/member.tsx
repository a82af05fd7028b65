// The member's own screens: joining and logging in, the intake, the result, today's session.
// Logging in is here too because every account starts at the same /login. Loading this area
// also starts the offline queue, which sends finished sessions once the device is online.
import type { JSX } from 'preact';
import { Loading, ScreenTitle } from '../components/Screen';
import { words, wordsNow } from '../i18n';
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

const WORDS = words({
  en: {
    forMembers: 'For members',
    forMembersTitle: 'This page is for members',
    staffAccount: 'You are logged in with a care team or admin account, which has no exercise program of its own.',
    pleaseLogIn: 'Please log in',
    logInToSee: 'This page is for members. Log in to see it, or sign up if you are new.',
    logIn: 'Log in',
    signUp: 'Sign up',
    today: 'Today',
  },
  es: {
    forMembers: 'Para miembros',
    forMembersTitle: 'Esta página es para miembros',
    staffAccount: 'Has entrado con una cuenta del equipo de atención o de administración, que no tiene un programa de ejercicios propio.',
    pleaseLogIn: 'Inicia sesión',
    logInToSee: 'Esta página es para miembros. Inicia sesión para verla, o regístrate si es tu primera vez.',
    logIn: 'Iniciar sesión',
    signUp: 'Registrarse',
    today: 'Hoy',
  },
});

function membersOnly(path: string, account: Account | null | undefined, screen: (a: Account) => JSX.Element) {
  const w = wordsNow(WORDS);
  if (account === undefined) return <Loading />;
  if (account !== null && account.role !== 'member') {
    return (
      <>
        <ScreenTitle title={w.forMembers}>{w.forMembersTitle}</ScreenTitle>
        <p>{w.staffAccount}</p>
      </>
    );
  }
  if (account === null) {
    return (
      <>
        <ScreenTitle title={w.pleaseLogIn}>{w.pleaseLogIn}</ScreenTitle>
        <p>{w.logInToSee}</p>
        <p class="link-list">
          <a href={`/login?next=${encodeURIComponent(path)}`}>{w.logIn}</a> · <a href="/signup">{w.signUp}</a>
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
    const w = wordsNow(WORDS);
    if (account === null) {
      return [
        { href: '/login', text: w.logIn },
        { href: '/signup', text: w.signUp },
      ];
    }
    if (account?.role === 'member') return [{ href: '/today', text: w.today }];
    return [];
  },
};
