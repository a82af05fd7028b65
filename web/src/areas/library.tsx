// The public knowledge base: exercises, pain patterns, articles, body map and search. Needs no
// account.
import { ArticleReader, Articles } from '../screens/Articles';
import { Home } from '../screens/Home';
import { Library } from '../screens/Library';
import { PatternDetail, Patterns } from '../screens/Patterns';
import { Player } from '../screens/Player';
import { Search } from '../screens/Search';
import { WhereItHurts } from '../screens/WhereItHurts';
import type { Area } from './types';
import { words, wordsNow } from '../i18n';

const WORDS = words({
  en: { home: 'Home', exercises: 'Exercises', patterns: 'Pain patterns', articles: 'Articles', bodyMap: 'Body map', search: 'Search' },
  es: { home: 'Inicio', exercises: 'Ejercicios', patterns: 'Tipos de dolor', articles: 'Artículos', bodyMap: 'Mapa del cuerpo', search: 'Buscar' },
});

export const library: Area = {
  screen(parts, loc) {
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
    return null;
  },
  nav: () => {
    const w = wordsNow(WORDS);
    return [
      { href: '/', text: w.home },
      { href: '/exercises', text: w.exercises },
      { href: '/patterns', text: w.patterns },
      { href: '/articles', text: w.articles },
      { href: '/where-it-hurts', text: w.bodyMap },
      { href: '/search', text: w.search },
    ];
  },
};
