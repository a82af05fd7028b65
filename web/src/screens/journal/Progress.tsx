// GET /me/progress as charts: pain, questionnaire scores, how steady the sessions have been and
// the program's level. Each chart says in one sentence what it shows.
import { useMemo } from 'preact/hooks';
import { journal, type Instrument, type Progress } from '../../api/journal';
import { Chart } from '../../components/charts/Chart';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { useWords, words } from '../../i18n';
import {
  adherenceSummary,
  instrumentTrends,
  levelRange,
  levelSeries,
  levelSummary,
  painSeries,
  painSummary,
  weeklySessions,
} from './progressCharts';

const WORDS = words({
  en: {
    yourPain: 'Your pain',
    painEmpty: 'No pain scores yet. Check in or do a session, and your pain will show here.',
    painAxis: 'Pain (0 to 10)',
    score: 'Score',
    sessionsTitle: 'Sessions each week',
    sessionsEmpty: 'No sessions yet. Your first session will show here.',
    sessionsAxis: 'Sessions',
    levelTitle: 'Your program level',
    levelEmpty: 'Your program has not started yet. It starts after your first questions about your pain.',
    levelAxis: 'Steps harder',
    title: 'Your progress',
    lead: 'How your pain and your exercise have gone so far. Small steps add up.',
    checkIn: 'Check in for today',
    questionnaires: 'Questionnaires',
  },
  es: {
    yourPain: 'Tu dolor',
    painEmpty: 'Todavía no hay puntuaciones de dolor. Anota cómo estás hoy o haz una sesión, y tu dolor aparecerá aquí.',
    painAxis: 'Dolor (de 0 a 10)',
    score: 'Puntuación',
    sessionsTitle: 'Sesiones por semana',
    sessionsEmpty: 'Todavía no hay sesiones. Tu primera sesión aparecerá aquí.',
    sessionsAxis: 'Sesiones',
    levelTitle: 'El nivel de tu programa',
    levelEmpty: 'Tu programa aún no ha empezado. Empieza cuando respondas a las primeras preguntas sobre tu dolor.',
    levelAxis: 'Niveles subidos',
    title: 'Tu progreso',
    lead: 'Cómo han ido hasta ahora tu dolor y tus ejercicios. Los pasos pequeños suman.',
    checkIn: 'Anotar cómo estoy hoy',
    questionnaires: 'Cuestionarios',
  },
});

function Charts({ progress, definitions }: { progress: Progress; definitions: Instrument[] }) {
  const w = useWords(WORDS);
  const shaped = useMemo(() => {
    const weekly = weeklySessions(progress, Date.now());
    return {
      pain: painSeries(progress),
      weekly,
      mostInAWeek: Math.max(3, ...weekly.flatMap((s) => s.points.map((p) => p.v))),
      levels: levelSeries(progress),
      instruments: instrumentTrends(progress, definitions),
    };
  }, [progress, definitions]);
  return (
    <>
      <Chart
        title={w.yourPain}
        summary={painSummary(progress)}
        empty={w.painEmpty}
        series={shaped.pain}
        y={{ min: 0, max: 10, label: w.painAxis }}
      />
      {shaped.instruments.map((trend) => (
        <Chart key={trend.id} title={trend.title} summary={trend.summary} series={trend.series} y={{ ...trend.range, label: w.score }} />
      ))}
      <Chart
        title={w.sessionsTitle}
        summary={adherenceSummary(progress)}
        empty={w.sessionsEmpty}
        series={shaped.weekly.some((s) => s.points.some((p) => p.v > 0)) ? shaped.weekly : []}
        y={{ min: 0, max: shaped.mostInAWeek + 1, label: w.sessionsAxis }}
      />
      <Chart
        title={w.levelTitle}
        summary={levelSummary(progress)}
        empty={w.levelEmpty}
        series={shaped.levels}
        y={{ ...levelRange(progress), label: w.levelAxis }}
      />
    </>
  );
}

export function ProgressScreen() {
  const w = useWords(WORDS);
  const load = useLoad(async () => {
    const progress = await journal.progress();
    // The questionnaires' names and scales come from their definitions, fetched only when needed.
    const answered = Object.keys(progress.instruments ?? {}).length > 0;
    const definitions = answered ? await journal.instruments().catch(() => []) : [];
    return { progress, definitions };
  }, []);
  return (
    <>
      <ScreenTitle title={w.title}>{w.title}</ScreenTitle>
      <p class="lead">{w.lead}</p>
      <div class="journal-actions">
        <a class="button primary" href="/check-in">
          {w.checkIn}
        </a>
        <a class="button quiet-button" href="/questionnaires">
          {w.questionnaires}
        </a>
      </div>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' && <Charts progress={load.value.progress} definitions={load.value.definitions} />}
    </>
  );
}
