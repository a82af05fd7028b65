// Today's session: a rest-day message, or the exercises with their dose and why, and a Start
// button that runs them one after another. Every exercise's details load with the list, so the
// service worker has them all and the session can go on without a connection.
import { useState } from 'preact/hooks';
import { api, ApiError } from '../../api';
import { memberApi, type TodayExercise } from '../../api/member';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { QueueNotice } from '../../offline/QueueNotice';
import type { Account } from '../../session';
import { useLoad } from '../../useLoad';
import { recallResult } from './lastResult';
import { keptRun, SessionRunner } from './SessionRunner';
import { dosageOf, doseWords } from './sessionWords';

async function loadToday() {
  const today = await memberApi.sessionToday();
  const details = await Promise.all(today.exercises.map((e) => api.exercise(e.exercise_id)));
  return { today, details };
}

function NoProgramYet({ account }: { account: Account }) {
  const tier = recallResult(account.id)?.assessment.tier;
  if (tier === 'emergency' || tier === 'urgent') {
    return (
      <>
        <ScreenTitle title="Today">Today</ScreenTitle>
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
  return (
    <>
      <ScreenTitle title="Today">Today</ScreenTitle>
      <p>You do not have an exercise program yet. Answer a few questions about your pain and we will make one for you.</p>
      <p class="quiet">If your answers showed a warning sign, please see a doctor first.</p>
      <div class="primary-bar">
        <a class="button primary big" href="/start">
          Answer the questions
        </a>
      </div>
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
              <strong>{doseWords(dosageOf(e))}</strong>
            </p>
            <p class="quiet">Why: {e.why}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

export function Today({ account }: { account: Account }) {
  const load = useLoad(loadToday, []);
  // null until the member chooses: a session left half-way on this device is taken up again.
  const [chosen, setRunning] = useState<boolean | null>(null);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') {
    if (load.error instanceof ApiError && load.error.status === 404) return <NoProgramYet account={account} />;
    return (
      <>
        <ScreenTitle title="Today">Today</ScreenTitle>
        <Failure error={load.error} />
      </>
    );
  }
  const { today, details } = load.value;
  const running = chosen ?? keptRun(account.id, today.date, today.exercises) !== null;
  const restDay = today.exercises.length === 0;
  return (
    <>
      <ScreenTitle title="Today">{running ? "Today's session" : 'Today'}</ScreenTitle>
      <QueueNotice />
      {running ? (
        <SessionRunner account={account} date={today.date} plan={today.exercises} details={details} />
      ) : (
        <>
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
