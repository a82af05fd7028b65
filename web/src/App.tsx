import { useEffect } from 'preact/hooks';
import { ArticleReader, Articles } from './screens/Articles';
import { Home } from './screens/Home';
import { Library } from './screens/Library';
import { PatternDetail, Patterns } from './screens/Patterns';
import { Player } from './screens/Player';
import { Search } from './screens/Search';
import { WhereItHurts } from './screens/WhereItHurts';
import { ScreenTitle } from './components/Screen';
import { interceptLinks, useLocation, type Location } from './router';

const NAV = [
  { href: '/', text: 'Home' },
  { href: '/exercises', text: 'Exercises' },
  { href: '/patterns', text: 'Pain patterns' },
  { href: '/articles', text: 'Articles' },
  { href: '/where-it-hurts', text: 'Body map' },
  { href: '/search', text: 'Search' },
];

function screenFor(loc: Location) {
  const parts = loc.path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  if (parts.length === 0) return <Home />;
  if (first === 'exercises' && !second) return <Library location={loc} />;
  if (first === 'exercises' && parts.length === 2) return <Player id={second} />;
  if (first === 'articles' && !second) return <Articles />;
  if (first === 'articles' && parts.length === 2) return <ArticleReader slug={second} />;
  if (first === 'patterns' && !second) return <Patterns />;
  if (first === 'patterns' && parts.length === 2) return <PatternDetail id={second} />;
  if (first === 'search') return <Search location={loc} />;
  if (first === 'where-it-hurts') return <WhereItHurts />;
  return (
    <>
      <ScreenTitle title="Not found">We could not find that page</ScreenTitle>
      <p>
        <a href="/">Go to the start</a>
      </p>
    </>
  );
}

const section = (path: string) => '/' + (path.split('/')[1] ?? '');

export function App() {
  const loc = useLocation();
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
            {NAV.map((n) => (
              <li key={n.href}>
                <a href={n.href} aria-current={section(loc.path) === n.href ? 'page' : undefined}>
                  {n.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">{screenFor(loc)}</main>
      <footer class="foot">
        <p>Motus is education and exercise, not medical advice. In an emergency, call your local emergency number.</p>
      </footer>
    </>
  );
}
