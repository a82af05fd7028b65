import { useState } from 'preact/hooks';
import { api, type SearchHit } from '../api';
import { Failure, Loading, ScreenTitle } from '../components/Screen';
import { navigate, type Location } from '../router';
import { splitSnippet } from '../snippet';
import { useLoad } from '../useLoad';

const HREF: Record<SearchHit['kind'], string> = { exercise: '/exercises/', article: '/articles/', pattern: '/patterns/' };
const KIND: Record<SearchHit['kind'], string> = { exercise: 'Exercise', article: 'Article', pattern: 'Pain pattern' };

function Results({ q }: { q: string }) {
  const load = useLoad(() => api.search(q), [q]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <Failure error={load.error} />;
  if (load.value.length === 0) return <p role="status">Nothing found for “{q}”. Try another word.</p>;
  return (
    <>
      <p class="quiet" role="status">
        {load.value.length} {load.value.length === 1 ? 'result' : 'results'} for “{q}”
      </p>
      <ul class="cards">
        {load.value.map((h) => (
          <li class="card" key={`${h.kind}:${h.id}`}>
            <p class="tag">{KIND[h.kind]}</p>
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
  const [text, setText] = useState(q);
  return (
    <>
      <ScreenTitle title="Search">Search</ScreenTitle>
      <form
        role="search"
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          const next = text.trim();
          if (next) navigate(`/search?q=${encodeURIComponent(next)}`);
        }}
      >
        <label for="q">Search exercises, articles and pain patterns</label>
        <div class="search-row">
          <input id="q" type="search" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
          <button type="submit" class="button primary">
            Search
          </button>
        </div>
      </form>
      {q && <Results q={q} />}
    </>
  );
}
