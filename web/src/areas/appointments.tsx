// Telehealth appointments: the member's visits (/appointments), the therapist's visits
// (/care/appointments) and availability (/care/availability). The video visit itself lives at
// /visits/{appointment id}, in its own area.
import type { JSX } from 'preact';
import { Loading, ScreenTitle } from '../components/Screen';
import { AvailabilityEditor } from '../screens/appointments/Availability';
import { CareVisits } from '../screens/appointments/CareVisits';
import { MemberVisits } from '../screens/appointments/MemberVisits';
import type { Account, Role } from '../session';
import { useWords, words, wordsNow } from '../i18n';
import type { Area } from './types';

const WORDS = words({
  en: {
    logInPlease: 'Please log in',
    logIn: 'Log in',
    notForThis: 'Not for this account',
    forMembers: 'This page is for members',
    forTherapists: 'This page is for therapists',
    cannotOpen: 'Your account cannot open it.',
    visits: 'Visits',
  },
  es: {
    logInPlease: 'Inicia sesión, por favor',
    logIn: 'Iniciar sesión',
    notForThis: 'No es para esta cuenta',
    forMembers: 'Esta página es para pacientes',
    forTherapists: 'Esta página es para fisioterapeutas',
    cannotOpen: 'Tu cuenta no puede abrirla.',
    visits: 'Citas',
  },
});

function LogInPlease({ path }: { path: string }) {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.logInPlease}>{w.logInPlease}</ScreenTitle>
      <p>
        <a class="button primary" href={`/login?next=${encodeURIComponent(path)}`}>
          {w.logIn}
        </a>
      </p>
    </>
  );
}

function NotForThisAccount({ role }: { role: Role }) {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.notForThis}>{role === 'member' ? w.forMembers : w.forTherapists}</ScreenTitle>
      <p>{w.cannotOpen}</p>
    </>
  );
}

function only(role: Role, account: Account | null | undefined, path: string, screen: () => JSX.Element) {
  if (account === undefined) return <Loading />;
  if (account === null) return <LogInPlease path={path} />;
  if (account.role !== role) return <NotForThisAccount role={role} />;
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
    if (account?.role === 'member') return [{ href: '/appointments', text: wordsNow(WORDS).visits }];
    if (account?.role === 'therapist') {
      return [
        { href: '/care/appointments', text: 'Visits' },
        { href: '/care/availability', text: 'Availability' },
      ];
    }
    return [];
  },
};
