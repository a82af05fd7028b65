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

async function loadToday(accountId: string) {
  const start = todayStart(await latestResult(accountId));
  if (start !== 'session') return { start, session: null };
  const today = await memberApi.sessionToday();
  const details = await Promise.all(today.exercises.map((e) => api.exercise(e.exercise_id)));
  return { start, session: { today, details } };
}

function FirstQuestions() {
  return (
    <>
      <ScreenTitle title="Today">Welcome to Motus</ScreenTitle>
      <VisitReminder />
      <p class="lead">
        Let's make your exercise program. First, answer a few questions about your pain: where it hurts, how much, and
        what makes it better or worse. It takes about 5 minutes.
      </p>
      <p>We use your answers to choose gentle exercises that fit you, and to check for anything a doctor should look at first.</p>
      <div class="primary-bar">
        <a class="button primary big" href="/start">
          Answer the questions
        </a>
      </div>
      <p class="quiet">Motus is education and exercise, not medical advice.</p>
    </>
  );
}

function DoctorFirst() {
  return (
    <>
      <ScreenTitle title="Today">Today</ScreenTitle>
      <VisitReminder />
      <div class="alert-soon" role="alert">
        <h2>Please see a doctor before you exercise</h2>
        <p>Your answers showed a warning sign, so there are no exercises for now. Your care team has been told.</p>
      </div>
      <p>
        <a href="/result">Read your result again</a>
      </p>
    </>
  );
}

function NoProgram() {
  return (
    <>
      <ScreenTitle title="Today">Today</ScreenTitle>
      <VisitReminder />
      <p>There is no exercise program for you right now. Your care team can help, or you can answer the questions again if your pain has changed.</p>
      <p class="link-list">
        <a href="/result">Read your result</a> · <a href="/start">Answer the questions again</a>
      </p>
    </>
  );
}

function ExerciseList({ items, title }: { items: TodayExercise[]; title: string }) {
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
            <p class="quiet">Why: {e.why}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

export function Today({ account }: { account: Account }) {
  const load = useLoad(() => loadToday(account.id), [account.id]);
  // null until the member chooses: a session left half-way on this device is taken up again.
  const [chosen, setRunning] = useState<boolean | null>(null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') {
    return (
      <>
        <ScreenTitle title="Today">Today</ScreenTitle>
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
    details.find((d) => d.id === id)?.name ?? today.exercises.find((e) => e.exercise_id === id)?.name ?? 'an exercise';
  return (
    <>
      <ScreenTitle title="Today">{running ? "Today's session" : 'Today'}</ScreenTitle>
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
              <ExerciseList items={today.exercises} title={`Today's exercises (${today.exercises.length})`} />
              <div class="primary-bar">
                <button type="button" class="button primary big" onClick={() => setRunning(true)}>
                  Start
                </button>
              </div>
            </>
          )}
          {today.resting.length > 0 && !today.paused && (
            <p class="quiet">Resting today: {today.resting.map((e) => e.name).join(', ')}.</p>
          )}
        </>
      )}
    </>
  );
}
