import { useEffect } from 'preact/hooks';
import { AREAS } from './areas';
import { currentLink } from './menu';
import { ScreenTitle } from './components/Screen';
import { interceptLinks, useLocation, type Location } from './router';
import { useAccount, type Account } from './session';

function screenFor(loc: Location, account: Account | null | undefined) {
  const parts = loc.path.split('/').filter(Boolean).map(decodeURIComponent);
  for (const area of AREAS) {
    const screen = area.screen(parts, loc, account);
    if (screen) return screen;
  }
  return (
    <>
      <ScreenTitle title="Not found">We could not find that page</ScreenTitle>
      <p>
        <a href="/">Go to the start</a>
      </p>
    </>
  );
}



export function App() {
  const loc = useLocation();
  const account = useAccount();
  const nav = AREAS.flatMap((a) => a.nav(account));
  const current = currentLink(loc.path, nav.map((n) => n.href));
  useEffect(() => {
    document.addEventListener('click', interceptLinks);
    return () => document.removeEventListener('click', interceptLinks);
  }, []);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [loc.path]);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/">
          Motus
        </a>
        <nav aria-label="Main">
          <ul>
            {nav.map((n) => (
              <li key={n.href}>
                <a href={n.href} aria-current={current === n.href ? 'page' : undefined}>
                  {n.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">{screenFor(loc, account)}</main>
      <footer class="foot">
        <p>Motus is education and exercise, not medical advice. In an emergency, call your local emergency number.</p>
      </footer>
    </>
  );
}
