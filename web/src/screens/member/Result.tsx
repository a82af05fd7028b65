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
import { formatDate, useWords, words } from '../../i18n';

// The emergency and urgent panels keep their clinical meaning exactly in both languages
// (docs/clinical-sources.md §3): today / within a day or two, no exercises until a doctor has seen you.
const WORDS = words({
  en: {
    why: 'Why we say this',
    whatToDo: 'What to do',
    helpNowTitle: 'Get help now',
    helpNow: 'Please get medical help now',
    goToday: 'Go to an emergency department today, or call your local emergency number.',
    emergencyWhy1:
      'Some of your answers can be signs that nerves in your lower back are being squeezed or that something else needs a doctor straight away. This is rare, but it needs checking',
    today: 'today',
    emergencyWhy2: '. Do not wait to see if it gets better. Do not start exercises.',
    emergencyNote: 'Your care team has been told. Motus is education and exercise, not medical advice: a doctor needs to see you.',
    soonTitle: 'See a doctor soon',
    soon: 'Please see a doctor in the next day or two',
    bookVisit: 'Book a visit with your doctor within a day or two.',
    urgentWhy:
      'Some of your answers mean a doctor should check you before you start an exercise program. Your care team has been told and will be in touch. If things get worse, for example numbness between your legs, trouble peeing or a leg getting weaker, go to an emergency department straight away.',
    urgentNote: 'Motus is education and exercise, not medical advice. There is no exercise program until a doctor has seen you.',
    yourProgram: 'Your program',
    about: 'About',
    minutesADay: (n: number) => `${n} minutes a day`,
    exercisesChange: (n: number) =>
      `, ${n} exercises. We change it after each session, based on how you feel.`,
    startToday: "Start today's session",
    resultTitle: 'Your result',
    suggest: 'What your answers suggest',
    notDiagnosis: 'This is not a diagnosis.',
    notDiagnosisRest:
      'It is what your answers have in common with common kinds of pain, to choose your exercises. Only a doctor or physical therapist who examines you can diagnose.',
    looksLike: 'What your pain looks most like',
    noticed: 'What we noticed:',
    offline: 'We cannot show your result without an internet connection. Please try again when you are back online.',
    notYet:
      'You have not answered the questions about your pain yet. It takes about 5 minutes, and then we can make your exercise program.',
    answer: 'Answer the questions',
    from: (when: string) => `From the questions you answered on ${when}.`,
  },
  es: {
    why: 'Por qué te lo decimos',
    whatToDo: 'Qué hacer',
    helpNowTitle: 'Pide ayuda ya',
    helpNow: 'Busca ayuda médica ahora',
    goToday: 'Ve hoy mismo a urgencias o llama al número de emergencias de tu zona.',
    emergencyWhy1:
      'Algunas de tus respuestas pueden ser señales de que los nervios de la parte baja de la espalda están comprimidos, o de que hay otra cosa que un médico tiene que ver enseguida. Es raro, pero hay que revisarlo',
    today: 'hoy',
    emergencyWhy2: '. No esperes a ver si mejora. No empieces los ejercicios.',
    emergencyNote:
      'Ya hemos avisado a tu equipo de atención. Motus es educación y ejercicio, no consejo médico: tiene que verte un médico.',
    soonTitle: 'Ve pronto al médico',
    soon: 'Ve al médico en uno o dos días',
    bookVisit: 'Pide cita con tu médico para dentro de uno o dos días como mucho.',
    urgentWhy:
      'Algunas de tus respuestas indican que un médico debería revisarte antes de que empieces un programa de ejercicios. Ya hemos avisado a tu equipo de atención, que se pondrá en contacto contigo. Si empeoras, por ejemplo si notas adormecimiento entre las piernas, problemas para orinar o una pierna cada vez más débil, ve a urgencias enseguida.',
    urgentNote:
      'Motus es educación y ejercicio, no consejo médico. No habrá programa de ejercicios hasta que te haya visto un médico.',
    yourProgram: 'Tu programa',
    about: 'Unos',
    minutesADay: (n: number) => `${n} minutos al día`,
    exercisesChange: (n: number) =>
      `, ${n} ejercicios. Lo ajustamos después de cada sesión, según cómo te encuentres.`,
    startToday: 'Empezar la sesión de hoy',
    resultTitle: 'Tu resultado',
    suggest: 'Lo que indican tus respuestas',
    notDiagnosis: 'Esto no es un diagnóstico.',
    notDiagnosisRest:
      'Es lo que tus respuestas tienen en común con tipos de dolor frecuentes, para elegir tus ejercicios. Solo un médico o un fisioterapeuta que te explore puede darte un diagnóstico.',
    looksLike: 'A qué se parece más tu dolor',
    noticed: 'Lo que hemos notado:',
    offline: 'No podemos mostrar tu resultado sin conexión a internet. Vuelve a intentarlo cuando tengas conexión.',
    notYet:
      'Todavía no has respondido a las preguntas sobre tu dolor. Se tarda unos 5 minutos, y después podemos preparar tu programa de ejercicios.',
    answer: 'Responder a las preguntas',
    from: (when: string) => `Según las preguntas que respondiste el ${when}.`,
  },
});

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
  return Number.isNaN(at.getTime()) ? null : formatDate(at.getTime(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function Reasons({ answer }: { answer: IntakeAnswer }) {
  const w = useWords(WORDS);
  const { reasons, advice } = answer.assessment;
  return (
    <>
      {reasons.length > 0 && (
        <>
          <h2>{w.why}</h2>
          <ul>
            {reasons.map((r) => (
              <li key={r.code}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
      {advice.length > 0 && (
        <>
          <h2>{w.whatToDo}</h2>
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
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.helpNowTitle}>{w.helpNow}</ScreenTitle>
      <section class="alert-now" role="alert" aria-labelledby="now-title">
        <h2 id="now-title">{w.goToday}</h2>
        <p>
          {w.emergencyWhy1} <strong>{w.today}</strong>
          {w.emergencyWhy2}
        </p>
      </section>
      {followUps}
      <Reasons answer={answer} />
      <p class="notice">{w.emergencyNote}</p>
    </>
  );
}

function Urgent({ answer, followUps }: TierProps) {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.soonTitle}>{w.soon}</ScreenTitle>
      <section class="alert-soon" role="alert" aria-labelledby="soon-title">
        <h2 id="soon-title">{w.bookVisit}</h2>
        <p>{w.urgentWhy}</p>
      </section>
      {followUps}
      <Reasons answer={answer} />
      <p class="notice">{w.urgentNote}</p>
    </>
  );
}

function ProgramSummary({ program, change }: { program: Program; change?: TherapistChange | null }) {
  const w = useWords(WORDS);
  return (
    <>
      <h2>{w.yourProgram}</h2>
      <TherapistNote change={change} />
      <p>
        {w.about} <strong>{w.minutesADay(program.minutes)}</strong>
        {w.exercisesChange(program.exercises.length)}
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
          {w.startToday}
        </a>
      </div>
    </>
  );
}

function Patterns({ answer, followUps, change }: TierProps & { change?: TherapistChange | null }) {
  const w = useWords(WORDS);
  const names = useLoad(() => api.patterns(), []);
  const nameOf = (id: string) => (names.state === 'ready' ? names.value.find((p) => p.id === id)?.name : undefined) ?? id.replace(/_/g, ' ');
  const likely = answer.assessment.patterns.filter((p) => p.score > 0).slice(0, 2);
  return (
    <>
      <ScreenTitle title={w.resultTitle}>{w.suggest}</ScreenTitle>
      <p class="lead">{resultLead(answer.assessment)}</p>
      {followUps}
      <p class="notice">
        <strong>{w.notDiagnosis}</strong> {w.notDiagnosisRest}
      </p>
      <h2>{w.looksLike}</h2>
      <ul class="cards">
        {likely.map((p) => (
          <li key={p.id} class="card">
            <h3 class="card-title">
              <a href={`/patterns/${p.id}`}>{nameOf(p.id)}</a>
            </h3>
            {p.evidence.length > 0 && (
              <>
                <p>{w.noticed}</p>
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
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.resultTitle}>{w.resultTitle}</ScreenTitle>
      {offline ? (
        <p>{w.offline}</p>
      ) : (
        <>
          <p>{w.notYet}</p>
          <div class="primary-bar">
            <a class="button primary big" href="/start">
              {w.answer}
            </a>
          </div>
        </>
      )}
    </>
  );
}

export function Result({ account }: { account: Account }) {
  const w = useWords(WORDS);
  // Bumped when a follow-up answer has been sent, to read the new result.
  const [version, setVersion] = useState(0);
  const load = useLoad(() => loadResult(account.id), [account.id, version]);
  if (load.state === 'loading') return <Loading />;
  if (load.state === 'failed') {
    return (
      <>
        <ScreenTitle title={w.resultTitle}>{w.resultTitle}</ScreenTitle>
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
      {when && <p class="quiet">{w.from(when)}</p>}
    </>
  );
}
