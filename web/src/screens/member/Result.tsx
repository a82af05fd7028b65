// The intake's result. Safety comes first: an emergency or urgent answer says what to do now,
// in a panel of its own, and offers no exercises. Otherwise the likely patterns are named with
// what we noticed, never as a diagnosis, and the program follows. The result is the server's
// (GET /me/assessment, then the program being followed), so any device shows it.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { memberApi, type IntakeAnswer, type Program, type TherapistChange } from '../../api/member';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { QueueNotice } from '../../offline/QueueNotice';
import type { Account } from '../../session';
import { FollowUps } from './FollowUps';
import { askable } from './followUp';
import { latestResult, rememberResult, type KeptResult } from './lastResult';
import { resultLead } from './resultWords';
import { TherapistNote } from './TherapistNote';

/**
 * The latest result with the program to follow (kept on this device for offline use). Online,
 * the program is read again, so a therapist's change and note show as soon as they are made.
 */
async function loadResult(accountId: string): Promise<KeptResult | null> {
  const latest = await latestResult(accountId);
  if (!latest?.assessment || !latest.has_program) return latest;
  if (latest.program && !navigator.onLine) return latest;
  const followed = await memberApi.program();
  const full = { ...latest, program: followed.program, therapist_change: followed.therapist_change ?? null };
  rememberResult(accountId, full);
  return full;
}

function takenOn(date: string | undefined): string | null {
  if (!date) return null;
  const at = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(at.getTime()) ? null : at.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function Reasons({ answer }: { answer: IntakeAnswer }) {
  const { reasons, advice } = answer.assessment;
  return (
    <>
      {reasons.length > 0 && (
        <>
          <h2>Why we say this</h2>
          <ul>
            {reasons.map((r) => (
              <li key={r.code}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
      {advice.length > 0 && (
        <>
          <h2>What to do</h2>
          <ul>
            {advice.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

interface TierProps {
  answer: IntakeAnswer;
  /** The follow-up questions, after the one thing to do now and before the rest. */
  followUps: ComponentChildren;
}

function Emergency({ answer, followUps }: TierProps) {
  return (
    <>
      <ScreenTitle title="Get help now">Please get medical help now</ScreenTitle>
      <section class="alert-now" role="alert" aria-labelledby="now-title">
        <h2 id="now-title">Go to an emergency department today, or call your local emergency number.</h2>
        <p>
          Some of your answers can be signs that nerves in your lower back are being squeezed or that something else
          needs a doctor straight away. This is rare, but it needs checking <strong>today</strong>. Do not wait to see if
          it gets better. Do not start exercises.
        </p>
      </section>
      {followUps}
      <Reasons answer={answer} />
      <p class="notice">
        Your care team has been told. Motus is education and exercise, not medical advice: a doctor needs to see you.
      </p>
    </>
  );
}

function Urgent({ answer, followUps }: TierProps) {
  return (
    <>
      <ScreenTitle title="See a doctor soon">Please see a doctor in the next day or two</ScreenTitle>
      <section class="alert-soon" role="alert" aria-labelledby="soon-title">
        <h2 id="soon-title">Book a visit with your doctor within a day or two.</h2>
        <p>
          Some of your answers mean a doctor should check you before you start an exercise program. Your care team has
          been told and will be in touch. If things get worse, for example numbness between your legs, trouble peeing or
          a leg getting weaker, go to an emergency department straight away.
        </p>
      </section>
      {followUps}
      <Reasons answer={answer} />
      <p class="notice">Motus is education and exercise, not medical advice. There is no exercise program until a doctor has seen you.</p>
    </>
  );
}

function ProgramSummary({ program, change }: { program: Program; change?: TherapistChange | null }) {
  return (
    <>
      <h2>Your program</h2>
      <TherapistNote change={change} />
      <p>
        About <strong>{program.minutes} minutes a day</strong>, {program.exercises.length} exercises. We change it after each
        session, based on how you feel.
      </p>
      {program.tips.length > 0 && (
        <ul>
          {program.tips.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
      )}
      <div class="primary-bar">
        <a class="button primary big" href="/today">
          Start today's session
        </a>
      </div>
    </>
  );
}

function Patterns({ answer, followUps, change }: TierProps & { change?: TherapistChange | null }) {
  const names = useLoad(() => api.patterns(), []);
  const nameOf = (id: string) => (names.state === 'ready' ? names.value.find((p) => p.id === id)?.name : undefined) ?? id.replace(/_/g, ' ');
  const likely = answer.assessment.patterns.filter((p) => p.score > 0).slice(0, 2);
  return (
    <>
      <ScreenTitle title="Your result">What your answers suggest</ScreenTitle>
      <p class="lead">{resultLead(answer.assessment)}</p>
      {followUps}
      <p class="notice">
        <strong>This is not a diagnosis.</strong> It is what your answers have in common with common kinds of pain, to
        choose your exercises. Only a doctor or physical therapist who examines you can diagnose.
      </p>
      <h2>What your pain looks most like</h2>
      <ul class="cards">
        {likely.map((p) => (
          <li key={p.id} class="card">
            <h3 class="card-title">
              <a href={`/patterns/${p.id}`}>{nameOf(p.id)}</a>
            </h3>
            {p.evidence.length > 0 && (
              <>
                <p>What we noticed:</p>
                <ul>
                  {p.evidence.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
      <Reasons answer={answer} />
      {answer.program && <ProgramSummary program={answer.program} change={change} />}
    </>
  );
}

function NoResult({ offline }: { offline: boolean }) {
  return (
    <>
      <ScreenTitle title="Your result">Your result</ScreenTitle>
      {offline ? (
        <p>We cannot show your result without an internet connection. Please try again when you are back online.</p>
      ) : (
        <>
          <p>You have not answered the questions about your pain yet. It takes about 5 minutes, and then we can make your exercise program.</p>
          <div class="primary-bar">
            <a class="button primary big" href="/start">
              Answer the questions
            </a>
          </div>
        </>
      )}
    </>
  );
}

export function Result({ account }: { account: Account }) {
  // Bumped when a follow-up answer has been sent, to read the new result.
  const [version, setVersion] = useState(0);
  const load = useLoad(() => loadResult(account.id), [account.id, version]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') {
    return (
      <>
        <ScreenTitle title="Your result">Your result</ScreenTitle>
        <Failure error={load.error} />
      </>
    );
  }
  const kept = load.value;
  if (!kept?.assessment) return <NoResult offline={kept === null} />;
  const answer: IntakeAnswer = { assessment: kept.assessment, program: kept.program };
  const tier = answer.assessment.tier;
  const when = takenOn(kept.taken_on);
  const questions = askable(answer.assessment.follow_up);
  const followUps = questions.length > 0 && <FollowUps key={kept.taken_at} account={account} questions={questions} onAnswered={() => setVersion(version + 1)} />;
  return (
    <>
      <QueueNotice />
      {tier === 'emergency' ? (
        <Emergency answer={answer} followUps={followUps} />
      ) : tier === 'urgent' ? (
        <Urgent answer={answer} followUps={followUps} />
      ) : (
        <Patterns answer={answer} followUps={followUps} change={kept.therapist_change} />
      )}
      {when && <p class="quiet">From the questions you answered on {when}.</p>}
    </>
  );
}
