import { useEffect } from 'preact/hooks';
import { AREAS } from './areas';
import { currentLink, phoneMenu } from './menu';
import { ScreenTitle } from './components/Screen';
import { interceptLinks, useLocation, type Location } from './router';
import type { NavLink } from './areas/types';
import { useAccount, type Account } from './session';
import { FirstPassword } from './screens/journal/Account';

function screenFor(loc: Location, account: Account | null | undefined) {
  // An account an admin made chooses its own password before anything else, on any page.
  if (account?.must_change_password) return <FirstPassword />;
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
function Links({ links, current }: { links: NavLink[]; current: string | undefined }) {
  return (
    <ul>
      {links.map((n) => (
        <li key={n.href}>
          <a href={n.href} aria-current={current === n.href ? 'page' : undefined}>
            {n.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function App() {
  const loc = useLocation();
  const account = useAccount();
  const nav = account?.must_change_password ? [] : AREAS.flatMap((a) => a.nav(account));
  const current = currentLink(loc.path, nav.map((n) => n.href));
  // On a phone a member gets a tab bar of their four sections and the rest under "More".
  const member = account?.role === 'member';
  const { tabs, more } = phoneMenu(nav, member);
  useEffect(() => {
    document.addEventListener('click', interceptLinks);
    return () => document.removeEventListener('click', interceptLinks);
  }, []);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [loc.path]);
  return (
    <div class={member ? 'app with-tabs' : 'app'}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="/">
          Motus
        </a>
        <nav aria-label="Main" class={member ? 'menu member-menu' : 'menu'}>
          <div class="menu-full">
            <Links links={nav} current={current} />
          </div>
          {member && (
            <details class="menu-more" key={loc.path}>
              <summary>More</summary>
              <Links links={more} current={current} />
            </details>
          )}
        </nav>
      </header>
      <main id="main">{screenFor(loc, account)}</main>
      {member && (
        <nav aria-label="Your sections" class="tab-bar">
          <Links links={tabs} current={current} />
        </nav>
      )}
      <footer class="foot">
        <p>Motus is education and exercise, not medical advice. In an emergency, call your local emergency number.</p>
      </footer>
    </div>
  );
}
