// Video visits: /visits/{appointment id}, for the appointment's member and therapist alike
// (the server decides who may enter). The screens load when a visit is opened.
import { Failure, Loading, ScreenTitle } from '../components/Screen';
import { useLoad } from '../useLoad';
import { useWords, words } from '../i18n';
import type { Area } from './types';

const WORDS = words({
  en: {
    title: 'Video visit',
    logInPlease: 'Please log in for your video visit',
    logIn: 'Log in',
    forMemberAndTherapist: 'Video visits are for a member and their therapist.',
  },
  es: {
    title: 'Videoconsulta',
    logInPlease: 'Inicia sesión para tu videoconsulta, por favor',
    logIn: 'Iniciar sesión',
    forMemberAndTherapist: 'Las videoconsultas son para un paciente y su fisioterapeuta.',
  },
});

function LogInForVisit({ path, signedOut }: { path: string; signedOut: boolean }) {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.title}>{w.logInPlease}</ScreenTitle>
      <p>{signedOut ? <a href={`/login?next=${encodeURIComponent(path)}`}>{w.logIn}</a> : w.forMemberAndTherapist}</p>
    </>
  );
}

const loadScreens = () => import('../screens/visits/screens');

function VisitScreen({ id }: { id: string }) {
  const screens = useLoad(loadScreens, []);
  if (screens.state === 'loading') return <Loading />;
  if (screens.state === 'failed') return <Failure error={screens.error} />;
  return <screens.value.Visit id={id} />;
}

export const visits: Area = {
  screen(parts, loc, account) {
    const [first, id] = parts;
    if (first !== 'visits' || !id || parts.length !== 2) return null;
    if (account === undefined) return <Loading />;
    if (account === null || (account.role !== 'member' && account.role !== 'therapist')) {
      return <LogInForVisit path={loc.path} signedOut={account === null} />;
    }
    return <VisitScreen id={id} />;
  },
  nav() {
    return [];
  },
};
