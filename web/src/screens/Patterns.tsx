import { api } from '../api';
import { Failure, Loading, ScreenTitle } from '../components/Screen';
import { useLoad } from '../useLoad';

export function Patterns() {
  const load = useLoad(() => api.patterns(), []);
  return (
    <>
      <ScreenTitle title="Pain patterns">Pain patterns</ScreenTitle>
      <p class="lead">
        Low-back and pelvic pain comes in a few common patterns. Knowing yours can help you pick the right exercises.
        A pattern is a likely explanation, not a diagnosis.
      </p>
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
  const load = useLoad(() => Promise.all([api.pattern(id), api.exercises({ pattern: id })]), [id]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') return <Failure error={load.error} />;
  const [p, exercises] = load.value;
  const names = new Map(exercises.map((e) => [e.id, e.name]));
  return (
    <>
      <ScreenTitle title={p.name}>{p.name}</ScreenTitle>
      <p class="lead">{p.short}</p>
      <p>{p.overview}</p>
      <List title="How it can feel" items={p.how_it_feels} />
      <List title="What can make it worse" items={p.aggravating} />
      <List title="What can cause it" items={p.causes} />
      <List title="What helps" items={p.what_helps} />
      <section class="safety" aria-labelledby="see-doctor">
        <h2 id="see-doctor">When to see a doctor</h2>
        <ul>
          {p.see_a_doctor.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </section>
      <h2>Key exercises</h2>
      <ul class="link-list">
        {p.core_exercises.map((e) => (
          <li key={e}>
            <a href={`/exercises/${e}`}>{names.get(e) ?? e.replace(/_/g, ' ')}</a>
          </li>
        ))}
      </ul>
      <h2>Read more</h2>
      <ul class="link-list">
        {p.articles.map((a) => (
          <li key={a}>
            <a href={`/articles/${a}`}>{a.replace(/-/g, ' ')}</a>
          </li>
        ))}
      </ul>
      {p.evidence_note && <p class="quiet">{p.evidence_note}</p>}
    </>
  );
}
