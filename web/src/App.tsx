import { useEffect } from 'preact/hooks';
import { AREAS } from './areas';
import { currentLink, phoneMenu } from './menu';
import { ScreenTitle } from './components/Screen';
import { interceptLinks, useLocation, type Location } from './router';
import type { NavLink } from './areas/types';
import { useAccount, type Account } from './session';
import { FirstPassword } from './screens/journal/Account';
import { chooseLanguage } from './session';
import { LANGUAGE_NAMES, LANGUAGES, useLanguage, useWords, words, wordsNow, type Language } from './i18n';

const WORDS = words({
  en: {
    notFound: 'Not found',
    notFoundLead: 'We could not find that page',
    toStart: 'Go to the start',
    skip: 'Skip to content',
    mainMenu: 'Main',
    more: 'More',
    yourSections: 'Your sections',
    languageLabel: 'Language',
    notAdvice:
      'Motus is education and exercise, not medical advice. In an emergency, call your local emergency number.',
  },
  es: {
    notFound: 'No encontrada',
    notFoundLead: 'No encontramos esa página',
    toStart: 'Ir al inicio',
    skip: 'Ir al contenido',
    mainMenu: 'Principal',
    more: 'Más',
    yourSections: 'Tus secciones',
    languageLabel: 'Idioma',
    notAdvice:
      'Motus ofrece educación y ejercicio, no consejo médico. En una emergencia, llama al número de emergencias de tu zona.',
  },
});

function screenFor(loc: Location, account: Account | null | undefined) {
  const w = wordsNow(WORDS);
  // An account an admin made chooses its own password before anything else, on any page.
  if (account?.must_change_password) return <FirstPassword />;
  const parts = loc.path.split('/').filter(Boolean).map(decodeURIComponent);
  for (const area of AREAS) {
    const screen = area.screen(parts, loc, account);
    if (screen) return screen;
  }
  return (
    <>
      <ScreenTitle title={w.notFound}>{w.notFoundLead}</ScreenTitle>
      <p>
        <a href="/">{w.toStart}</a>
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

/** English | Español: the choice is kept with the account when someone is signed in. */
function LanguageSwitch({ current, label }: { current: Language; label: string }) {
  return (
    <div class="language-switch" role="group" aria-label={label}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          class="link-button"
          aria-pressed={l === current}
          onClick={() => void chooseLanguage(l).catch(() => undefined)}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

export function App() {
  const lang = useLanguage();
  const w = useWords(WORDS);
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
        {w.skip}
      </a>
      <header class="top">
        <a class="brand" href="/">
          Motus
        </a>
        <nav aria-label={w.mainMenu} class={member ? 'menu member-menu' : 'menu'}>
          <div class="menu-full">
            <Links links={nav} current={current} />
          </div>
          {member && (
            <details class="menu-more" key={loc.path}>
              <summary>{w.more}</summary>
              <Links links={more} current={current} />
            </details>
          )}
        </nav>
      </header>
      <main id="main" key={lang}>
        {screenFor(loc, account)}
      </main>
      {member && (
        <nav aria-label={w.yourSections} class="tab-bar">
          <Links links={tabs} current={current} />
        </nav>
      )}
      <footer class="foot">
        <p>{w.notAdvice}</p>
        <LanguageSwitch current={lang} label={w.languageLabel} />
      </footer>
    </div>
  );
}
