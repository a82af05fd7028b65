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
import { useWords, words, wordsNow } from '../i18n';
import type { Area } from './types';

const WORDS = words({
  en: {
    progressTitle: 'Your progress',
    checkInTitle: 'Check in',
    questionnairesTitle: 'Questionnaires',
    messagesTitle: 'Messages',
    accountTitle: 'Your account',
    logInFirst: 'Please log in first',
    ownRecord: 'This page shows your own record, so we need to know it is you.',
    logIn: 'Log in',
    forMembers: 'This page is for members',
    staff: 'You are logged in as a member of staff. Members see their own progress, messages and account here.',
    progress: 'Progress',
    messages: 'Messages',
    account: 'Account',
  },
  es: {
    progressTitle: 'Tu progreso',
    checkInTitle: 'Registro del día',
    questionnairesTitle: 'Cuestionarios',
    messagesTitle: 'Mensajes',
    accountTitle: 'Tu cuenta',
    logInFirst: 'Primero inicia sesión, por favor',
    ownRecord: 'Esta página muestra tus propios datos, así que necesitamos saber que eres tú.',
    logIn: 'Iniciar sesión',
    forMembers: 'Esta página es para pacientes',
    staff: 'Has iniciado sesión como profesional. Aquí los pacientes ven su propio progreso, sus mensajes y su cuenta.',
    progress: 'Progreso',
    messages: 'Mensajes',
    account: 'Cuenta',
  },
});

type Titles = typeof WORDS.en;
const SCREENS: Record<string, { title: keyof Titles; screen: (second?: string) => JSX.Element; deeper?: true }> = {
  progress: { title: 'progressTitle', screen: () => <ProgressScreen /> },
  'check-in': { title: 'checkInTitle', screen: () => <CheckIn /> },
  questionnaires: { title: 'questionnairesTitle', screen: (id) => <Questionnaires id={id} />, deeper: true },
  messages: { title: 'messagesTitle', screen: () => <Messages /> },
  account: { title: 'accountTitle', screen: () => <Account /> },
};

function LogInFirst({ path, title }: { path: string; title: string }) {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={title}>{w.logInFirst}</ScreenTitle>
      <p>{w.ownRecord}</p>
      <p>
        <a class="button primary" href={`/login?next=${encodeURIComponent(path)}`}>
          {w.logIn}
        </a>
      </p>
    </>
  );
}

function MembersOnly({ title }: { title: string }) {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={title}>{w.forMembers}</ScreenTitle>
      <p>{w.staff}</p>
    </>
  );
}

export const journal: Area = {
  screen(parts, _loc, account) {
    const [first, second] = parts;
    if (first === 'goodbye' && parts.length === 1) return <Goodbye />;
    if (!first || !Object.hasOwn(SCREENS, first)) return null;
    const { title: key, screen, deeper } = SCREENS[first];
    const title = wordsNow(WORDS)[key] as string;
    if (parts.length > (deeper ? 2 : 1)) return null;
    if (account === undefined) return <Loading />;
    if (account === null) return <LogInFirst path={`/${parts.map(encodeURIComponent).join('/')}`} title={title} />;
    if (account.role !== 'member') return first === 'account' ? <StaffAccount /> : <MembersOnly title={title} />;
    return screen(second);
  },
  nav(account) {
    if (account?.role !== 'member') return [];
    const w = wordsNow(WORDS);
    return [
      { href: '/progress', text: w.progress },
      { href: '/messages', text: w.messages },
      { href: '/account', text: w.account },
    ];
  },
};
