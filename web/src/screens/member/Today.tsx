// Today's session: a rest-day message, or the exercises with their dose and why, and a Start
// button that runs them one after another. Every exercise's details load with the list, so the
// service worker has them all and the session can go on without a connection. It starts from
// the member's latest result (GET /me/assessment): before any intake it invites them to start,
// after a warning sign it says to see a doctor, and only a program to follow fetches a session.
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { memberApi, type TodayExercise } from '../../api/member';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { QueueNotice } from '../../offline/QueueNotice';
import { VisitReminder } from '../appointments/VisitReminder';
import type { Account } from '../../session';
import { useLoad } from '../../useLoad';
import { latestResult, todayStart } from './lastResult';
import { DoneToday } from './DoneToday';
import { doneToday } from './doneToday';
import { MissedPractice } from './MissedPractice';
import { keptRun, SessionRunner } from './SessionRunner';
import { TherapistNote } from './TherapistNote';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    today: 'Today',
    welcome: 'Welcome to Motus',
    firstLead:
      "Let's make your exercise program. First, answer a few questions about your pain: where it hurts, how much, and what makes it better or worse. It takes about 5 minutes.",
    firstWhy: 'We use your answers to choose gentle exercises that fit you, and to check for anything a doctor should look at first.',
    answer: 'Answer the questions',
    notAdvice: 'Motus is education and exercise, not medical advice.',
    doctorFirst: 'Please see a doctor before you exercise',
    doctorWhy: 'Your answers showed a warning sign, so there are no exercises for now. Your care team has been told.',
    readAgain: 'Read your result again',
    noProgram:
      'There is no exercise program for you right now. Your care team can help, or you can answer the questions again if your pain has changed.',
    readResult: 'Read your result',
    answerAgain: 'Answer the questions again',
    why: (why: string) => `Why: ${why}`,
    anExercise: 'an exercise',
    session: "Today's session",
    exercises: (n: number) => `Today's exercises (${n})`,
    start: 'Start',
    resting: (names: string) => `Resting today: ${names}.`,
  },
  es: {
    today: 'Hoy',
    welcome: 'Te damos la bienvenida a Motus',
    firstLead:
      'Vamos a preparar tu programa de ejercicios. Primero, responde a unas preguntas sobre tu dolor: dónde te duele, cuánto y qué lo alivia o lo empeora. Se tarda unos 5 minutos.',
    firstWhy:
      'Con tus respuestas elegimos ejercicios suaves que encajen contigo y comprobamos si hay algo que un médico deba ver antes.',
    answer: 'Responder a las preguntas',
    notAdvice: 'Motus es educación y ejercicio, no consejo médico.',
    doctorFirst: 'Ve al médico antes de hacer ejercicio',
    doctorWhy:
      'Tus respuestas mostraron una señal de alarma, así que por ahora no hay ejercicios. Ya hemos avisado a tu equipo de atención.',
    readAgain: 'Volver a leer tu resultado',
    noProgram:
      'Ahora mismo no tienes un programa de ejercicios. Tu equipo de atención puede ayudarte, o puedes volver a responder a las preguntas si tu dolor ha cambiado.',
    readResult: 'Leer tu resultado',
    answerAgain: 'Volver a responder a las preguntas',
    why: (why: string) => `Por qué: ${why}`,
    anExercise: 'un ejercicio',
    session: 'La sesión de hoy',
    exercises: (n: number) => `Los ejercicios de hoy (${n})`,
    start: 'Empezar',
    resting: (names: string) => `Hoy descansan: ${names}.`,
  },
});

async function loadToday(accountId: string) {
  const start = todayStart(await latestResult(accountId));
  if (start !== 'session') return { start, session: null };
  const today = await memberApi.sessionToday();
  const details = await Promise.all(today.exercises.map((e) => api.exercise(e.exercise_id)));
  return { start, session: { today, details } };
}

function FirstQuestions() {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.today}>{w.welcome}</ScreenTitle>
      <VisitReminder />
      <p class="lead">{w.firstLead}</p>
      <p>{w.firstWhy}</p>
      <div class="primary-bar">
        <a class="button primary big" href="/start">
          {w.answer}
        </a>
      </div>
      <p class="quiet">{w.notAdvice}</p>
    </>
  );
}

function DoctorFirst() {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.today}>{w.today}</ScreenTitle>
      <VisitReminder />
      <div class="alert-soon" role="alert">
        <h2>{w.doctorFirst}</h2>
        <p>{w.doctorWhy}</p>
      </div>
      <p>
        <a href="/result">{w.readAgain}</a>
      </p>
    </>
  );
}

function NoProgram() {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.today}>{w.today}</ScreenTitle>
      <VisitReminder />
      <p>{w.noProgram}</p>
      <p class="link-list">
        <a href="/result">{w.readResult}</a> · <a href="/start">{w.answerAgain}</a>
      </p>
    </>
  );
}

function ExerciseList({ items, title }: { items: TodayExercise[]; title: string }) {
  const w = useWords(WORDS);
  return (
    <>
      <h2>{title}</h2>
      <ol class="today-list">
        {items.map((e) => (
          <li key={e.exercise_id} class="card">
            <h3 class="card-title">{e.name}</h3>
            <p>
              <strong>{e.dose_words}</strong>
            </p>
            <p class="quiet">{w.why(e.why)}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

export function Today({ account }: { account: Account }) {
  const w = useWords(WORDS);
  const load = useLoad(() => loadToday(account.id), [account.id]);
  // null until the member chooses: a session left half-way on this device is taken up again.
  const [chosen, setRunning] = useState<boolean | null>(null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') {
    return (
      <>
        <ScreenTitle title={w.today}>{w.today}</ScreenTitle>
        <Failure error={load.error} />
      </>
    );
  }
  const { start, session } = load.value;
  if (start === 'no-intake') return <FirstQuestions />;
  if (start === 'see-a-doctor') return <DoctorFirst />;
  if (start === 'no-program' || !session) return <NoProgram />;
  const { today, details } = session;
  const running = chosen ?? keptRun(account.id, today.date, today.exercises) !== null;
  const restDay = today.exercises.length === 0;
  const done = running ? null : doneToday(account.id, today.date);
  const nameOf = (id: string) =>
    details.find((d) => d.id === id)?.name ?? today.exercises.find((e) => e.exercise_id === id)?.name ?? w.anExercise;
  return (
    <>
      <ScreenTitle title={w.today}>{running ? w.session : w.today}</ScreenTitle>
      <QueueNotice />
      {!running && <VisitReminder />}
      {running ? (
        <SessionRunner account={account} date={today.date} plan={today.exercises} details={details} onClose={() => setRunning(false)} />
      ) : (
        <>
          {done && <DoneToday done={done} nameOf={nameOf} />}
          {!done && <MissedPractice />}
          <TherapistNote change={today.therapist_change} />
          <p class={today.paused ? 'alert-soon' : 'lead'}>{today.note}</p>
          {!restDay && (
            <>
              <ExerciseList items={today.exercises} title={w.exercises(today.exercises.length)} />
              <div class="primary-bar">
                <button type="button" class="button primary big" onClick={() => setRunning(true)}>
                  {w.start}
                </button>
              </div>
            </>
          )}
          {today.resting.length > 0 && !today.paused && (
            <p class="quiet">{w.resting(today.resting.map((e) => e.name).join(', '))}</p>
          )}
        </>
      )}
    </>
  );
}
