import { api } from '../api';
import { Failure, Loading, ScreenTitle } from '../components/Screen';
import { useLoad } from '../useLoad';
import { useWords, words } from '../i18n';

const WORDS = words({
  en: {
    title: 'Pain patterns',
    lead:
      'Low-back and pelvic pain comes in a few common patterns. Knowing yours can help you pick the right exercises. A pattern is a likely explanation, not a diagnosis.',
    feel: 'How it can feel',
    worse: 'What can make it worse',
    cause: 'What can cause it',
    helps: 'What helps',
    doctor: 'When to see a doctor',
    key: 'Key exercises',
    more: 'Read more',
  },
  es: {
    title: 'Tipos de dolor',
    lead:
      'El dolor en la parte baja de la espalda y en la pelvis suele seguir unos pocos patrones comunes. Saber cuál es el tuyo te ayuda a elegir los ejercicios adecuados. Un patrón es una explicación probable, no un diagnóstico.',
    feel: 'Cómo se puede notar',
    worse: 'Qué lo puede empeorar',
    cause: 'Qué lo puede causar',
    helps: 'Qué ayuda',
    doctor: 'Cuándo ir al médico',
    key: 'Ejercicios clave',
    more: 'Para leer más',
  },
});

export function Patterns() {
  const w = useWords(WORDS);
  const load = useLoad(() => api.patterns(), []);
  return (
    <>
      <ScreenTitle title={w.title}>{w.title}</ScreenTitle>
      <p class="lead">{w.lead}</p>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' && (
        <ul class="cards">
          {load.value.map((p) => (
            <li class="card" key={p.id}>
              <h2 class="card-title">
                <a href={`/patterns/${p.id}`}>{p.name}</a>
              </h2>
              <p>{p.short}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function List({ title, items }: { title: string; items: string[] }) {
  return (
    <>
      <h2>{title}</h2>
      <ul>
        {items.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
    </>
  );
}

export function PatternDetail({ id }: { id: string }) {
  const w = useWords(WORDS);
  // The articles' titles in the screen's language (the pattern names only their slugs).
  const load = useLoad(() => Promise.all([api.pattern(id), api.exercises({ pattern: id }), api.articles().catch(() => [])]), [id]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <Failure error={load.error} />;
  const [p, exercises, articles] = load.value;
  const names = new Map(exercises.map((e) => [e.id, e.name]));
  const titles = new Map(articles.map((a) => [a.slug, a.title]));
  return (
    <>
      <ScreenTitle title={p.name}>{p.name}</ScreenTitle>
      <p class="lead">{p.short}</p>
      <p>{p.overview}</p>
      <List title={w.feel} items={p.how_it_feels} />
      <List title={w.worse} items={p.aggravating} />
      <List title={w.cause} items={p.causes} />
      <List title={w.helps} items={p.what_helps} />
      <section class="safety" aria-labelledby="see-doctor">
        <h2 id="see-doctor">{w.doctor}</h2>
        <ul>
          {p.see_a_doctor.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </section>
      <h2>{w.key}</h2>
      <ul class="link-list">
        {p.core_exercises.map((e) => (
          <li key={e}>
            <a href={`/exercises/${e}`}>{names.get(e) ?? e.replace(/_/g, ' ')}</a>
          </li>
        ))}
      </ul>
      <h2>{w.more}</h2>
      <ul class="link-list">
        {p.articles.map((a) => (
          <li key={a}>
            <a href={`/articles/${a}`}>{titles.get(a) ?? a.replace(/-/g, ' ')}</a>
          </li>
        ))}
      </ul>
      {p.evidence_note && <p class="quiet">{p.evidence_note}</p>}
    </>
  );
}
