// Video visits: /visits/{appointment id}, for the appointment's member and therapist alike
// (the server decides who may enter). The screens load when a visit is opened.
import { Failure, Loading, ScreenTitle } from '../components/Screen';
import { useLoad } from '../useLoad';
import type { Area } from './types';

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
      return (
        <>
          <ScreenTitle title="Video visit">Please log in for your video visit</ScreenTitle>
          <p>
            {account === null ? (
              <a href={`/login?next=${encodeURIComponent(loc.path)}`}>Log in</a>
            ) : (
              'Video visits are for a member and their therapist.'
            )}
          </p>
        </>
      );
    }
    return <VisitScreen id={id} />;
  },
  nav() {
    return [];
  },
};
