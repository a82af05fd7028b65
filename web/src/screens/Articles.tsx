import { api } from '../api';
import { Failure, Loading, ScreenTitle } from '../components/Screen';
import { useWords, words } from '../i18n';
import { useLoad } from '../useLoad';

const WORDS = words({
  en: {
    title: 'Articles',
    lead: 'Short reads in plain words. Each one takes a few minutes.',
    minutes: (n: number) => `${n} min read`,
    inThisArticle: 'Exercises in this article',
    sources: 'Sources',
    all: 'All articles',
  },
  es: {
    title: 'Artículos',
    lead: 'Lecturas cortas con palabras sencillas. Cada una lleva pocos minutos.',
    minutes: (n: number) => `${n} min de lectura`,
    inThisArticle: 'Ejercicios de este artículo',
    sources: 'Fuentes',
    all: 'Todos los artículos',
  },
});

export function Articles() {
  const w = useWords(WORDS);
  const load = useLoad(() => api.articles(), []);
  return (
    <>
      <ScreenTitle title={w.title}>{w.title}</ScreenTitle>
      <p class="lead">{w.lead}</p>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' && (
        <ul class="cards">
          {load.value
            .filter((a) => a.audience === 'member')
            .map((a) => (
              <li class="card" key={a.slug}>
                <h2 class="card-title">
                  <a href={`/articles/${a.slug}`}>{a.title}</a>
                </h2>
                <p>{a.summary}</p>
                <p class="quiet">{w.minutes(a.reading_minutes)}</p>
              </li>
            ))}
        </ul>
      )}
    </>
  );
}

export function ArticleReader({ slug }: { slug: string }) {
  const w = useWords(WORDS);
  const load = useLoad(() => api.article(slug), [slug]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <Failure error={load.error} />;
  const a = load.value;
  return (
    <article class="article">
      <ScreenTitle title={a.title}>{a.title}</ScreenTitle>
      <p class="quiet">{w.minutes(a.reading_minutes)}</p>
      {/* The server renders article Markdown from the reviewed knowledge base into safe html. */}
      <div class="prose" dangerouslySetInnerHTML={{ __html: a.html }} />
      {a.exercises.length > 0 && (
        <>
          <h2>{w.inThisArticle}</h2>
          <ul class="link-list">
            {a.exercises.map((id) => (
              <li key={id}>
                <a href={`/exercises/${id}`}>{id.replace(/_/g, ' ')}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {a.citations.length > 0 && (
        <details class="citations">
          <summary>{w.sources}</summary>
          <ul>
            {a.citations.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </details>
      )}
      <p>
        <a href="/articles">{w.all}</a>
      </p>
    </article>
  );
}
