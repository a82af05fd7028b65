import { api, type ExerciseFilter, type ExerciseSummary } from '../api';
import { Failure, Loading, ScreenTitle } from '../components/Screen';
import { navigate, type Location } from '../router';
import { useLoad } from '../useLoad';
import { label } from '../words';
import { useWords, words } from '../i18n';

const WORDS = words({
  en: {
    pattern: 'Pain pattern',
    position: 'Position',
    equipment: 'Equipment',
    title: 'Exercises',
    heading: 'Exercise library',
    lead: 'Pick an exercise to see it move. Filter to find ones that suit you.',
    any: 'Any',
    count: (n: number) => (n === 1 ? '1 exercise' : `${n} exercises`),
  },
  es: {
    pattern: 'Tipo de dolor',
    position: 'Postura',
    equipment: 'Material',
    title: 'Ejercicios',
    heading: 'Biblioteca de ejercicios',
    lead: 'Elige un ejercicio para verlo en movimiento. Usa los filtros para encontrar los que te van bien.',
    any: 'Cualquiera',
    count: (n: number) => (n === 1 ? '1 ejercicio' : `${n} ejercicios`),
  },
});

const FILTERS: (keyof ExerciseFilter)[] = ['pattern', 'position', 'equipment'];

function distinct(list: ExerciseSummary[], pick: (e: ExerciseSummary) => string[]): string[] {
  return [...new Set(list.flatMap(pick))].sort();
}

export function Library({ location }: { location: Location }) {
  const w = useWords(WORDS);
  const filter: ExerciseFilter = {};
  for (const f of FILTERS) filter[f] = location.query.get(f) ?? undefined;
  const all = useLoad(() => Promise.all([api.exercises(), api.patterns()]), []);
  const shown = useLoad(() => api.exercises(filter), [location.query.toString()]);

  const change = (key: keyof ExerciseFilter, value: string) => {
    const q = new URLSearchParams(location.query);
    if (value) q.set(key, value);
    else q.delete(key);
    const qs = q.toString();
    navigate(qs ? `/exercises?${qs}` : '/exercises', true);
  };

  const options =
    all.state === 'ready'
      ? {
          pattern: all.value[1].map((p) => ({ value: p.id, text: p.name })),
          position: distinct(all.value[0], (e) => e.positions).map((v) => ({ value: v, text: label(v) })),
          equipment: distinct(all.value[0], (e) => e.equipment).map((v) => ({ value: v, text: label(v) })),
        }
      : { pattern: [], position: [], equipment: [] };
  const names = { pattern: w.pattern, position: w.position, equipment: w.equipment } as const;

  return (
    <>
      <ScreenTitle title={w.title}>{w.heading}</ScreenTitle>
      <p class="lead">{w.lead}</p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        {FILTERS.map((key) => (
          <label key={key}>
            <span>{names[key as keyof typeof names]}</span>
            <select
              name={key}
              value={filter[key] ?? ''}
              onChange={(e) => change(key, (e.target as HTMLSelectElement).value)}
            >
              <option value="">{w.any}</option>
              {options[key as keyof typeof options].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.text}
                </option>
              ))}
            </select>
          </label>
        ))}
      </form>
      {shown.state === 'loading' && <Loading />}
      {shown.state === 'failed' && <Failure error={shown.error} />}
      {shown.state === 'ready' && (
        <>
          <p class="quiet" role="status">
            {w.count(shown.value.length)}
          </p>
          <ul class="cards">
            {shown.value.map((e) => (
              <li class="card" key={e.id}>
                <h2 class="card-title">
                  <a href={`/exercises/${e.id}`}>{e.name}</a>
                </h2>
                <p>{e.summary}</p>
                <p class="tags">
                  <span class="tag">{label(e.kind)}</span>
                  {e.positions.filter((p) => p !== 'floor' || e.positions.length === 1).map((p) => (
                    <span class="tag" key={p}>
                      {label(p)}
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
