import { useState } from 'preact/hooks';
import { api, type SearchHit } from '../api';
import { Failure, Loading, ScreenTitle } from '../components/Screen';
import { navigate, type Location } from '../router';
import { splitSnippet } from '../snippet';
import { useLoad } from '../useLoad';
import { useWords, words } from '../i18n';

const HREF: Record<SearchHit['kind'], string> = { exercise: '/exercises/', article: '/articles/', pattern: '/patterns/' };

const WORDS = words({
  en: {
    exercise: 'Exercise',
    article: 'Article',
    pattern: 'Pain pattern',
    nothing: (q: string) => `Nothing found for “${q}”. Try another word.`,
    results: (n: number, q: string) => `${n} ${n === 1 ? 'result' : 'results'} for “${q}”`,
    title: 'Search',
    label: 'Search exercises, articles and pain patterns',
    button: 'Search',
  },
  es: {
    exercise: 'Ejercicio',
    article: 'Artículo',
    pattern: 'Tipo de dolor',
    nothing: (q: string) => `No hemos encontrado nada para «${q}». Prueba con otra palabra.`,
    results: (n: number, q: string) => `${n} ${n === 1 ? 'resultado' : 'resultados'} para «${q}»`,
    title: 'Buscar',
    label: 'Busca ejercicios, artículos y tipos de dolor',
    button: 'Buscar',
  },
});

function Results({ q }: { q: string }) {
  const w = useWords(WORDS);
  const load = useLoad(() => api.search(q), [q]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <Failure error={load.error} />;
  if (load.value.length === 0) return <p role="status">{w.nothing(q)}</p>;
  return (
    <>
      <p class="quiet" role="status">
        {w.results(load.value.length, q)}
      </p>
      <ul class="cards">
        {load.value.map((h) => (
          <li class="card" key={`${h.kind}:${h.id}`}>
            <p class="tag">{w[h.kind]}</p>
            <h2 class="card-title">
              <a href={HREF[h.kind] + h.id}>{h.title}</a>
            </h2>
            <p class="snippet">
              {splitSnippet(h.snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function Search({ location }: { location: Location }) {
  const q = (location.query.get('q') ?? '').trim();
  const w = useWords(WORDS);
  const [text, setText] = useState(q);
  return (
    <>
      <ScreenTitle title={w.title}>{w.title}</ScreenTitle>
      <form
        role="search"
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          const next = text.trim();
          if (next) navigate(`/search?q=${encodeURIComponent(next)}`);
        }}
      >
        <label for="q">{w.label}</label>
        <div class="search-row">
          <input id="q" type="search" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
          <button type="submit" class="button primary">
            {w.button}
          </button>
        </div>
      </form>
      {q && <Results q={q} />}
    </>
  );
}
