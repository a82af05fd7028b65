// The server's answer to a finished session: what changed in the program and why, in one
// sentence each. A new warning sign comes first and looks different.
import type { SessionAnswer } from '../../api/member';
import { FlareAdvice } from '../journal/FlareAdvice';
import { changeLines } from './sessionWords';
import { useWords, words, wordsNow } from '../../i18n';

const WORDS = words({
  en: {
    down: (before: number, after: number) => `Your pain went down from ${before} to ${after} out of 10. Well done.`,
    up: (before: number, after: number) => `Your pain went up from ${before} to ${after} out of 10. We take that into account below.`,
    same: (before: number) => `Your pain stayed at ${before} out of 10.`,
    draft: (before: number, after: number) => `My pain went up from ${before} to ${after} out of 10 during today's session.`,
    rose: (points: number) => `Your pain went up ${points} points`,
    safety: 'Answer the safety questions',
    write: 'Write to your therapist',
    doctorAgain: 'Please see a doctor before you exercise again',
    saved: 'Session saved. What changed and why',
    paused: 'Your exercises are paused for now. Your care team has been told.',
    nothing: 'Nothing changes for now: keep going as you are.',
    done: 'Done for today',
  },
  es: {
    down: (before: number, after: number) => `Tu dolor ha bajado de ${before} a ${after} sobre 10. ¡Bien hecho!`,
    up: (before: number, after: number) =>
      `Tu dolor ha subido de ${before} a ${after} sobre 10. Lo tenemos en cuenta más abajo.`,
    same: (before: number) => `Tu dolor se ha quedado en ${before} sobre 10.`,
    draft: (before: number, after: number) =>
      `Mi dolor ha subido de ${before} a ${after} sobre 10 durante la sesión de hoy.`,
    rose: (points: number) => `Tu dolor ha subido ${points} puntos`,
    safety: 'Responder a las preguntas de seguridad',
    write: 'Escribir a tu fisioterapeuta',
    doctorAgain: 'Ve al médico antes de volver a hacer ejercicio',
    saved: 'Sesión guardada. Qué ha cambiado y por qué',
    paused: 'Tus ejercicios están en pausa por ahora. Ya hemos avisado a tu equipo de atención.',
    nothing: 'Por ahora no cambia nada: sigue como vas.',
    done: 'Hecho por hoy',
  },
});

interface Props {
  answer: SessionAnswer;
  nameOf: (id: string) => string;
  painBefore: number;
  painAfter: number;
  /** Called as "Done for today" goes back to Today. */
  onDone?: () => void;
}

function painChange(before: number, after: number): string {
  const w = wordsNow(WORDS);
  if (after < before) return w.down(before, after);
  if (after > before) return w.up(before, after);
  return w.same(before);
}

/** Pain three or more points up: the flare check's safety questions and a word to the therapist, first. */
export function PainRose({ rise, painBefore, painAfter }: { rise: { points: number; offer: string }; painBefore: number; painAfter: number }) {
  const w = useWords(WORDS);
  const draft = w.draft(painBefore, painAfter);
  return (
    <section class="alert-soon pain-rose" aria-labelledby="pain-rose-title">
      <h2 id="pain-rose-title">{w.rose(rise.points)}</h2>
      <p>{rise.offer}</p>
      <p class="journal-actions">
        <a class="button primary" href={`/check-in?flare=yes&pain=${painAfter}`}>
          {w.safety}
        </a>
        <a class="button quiet-button" href={`/messages?draft=${encodeURIComponent(draft)}`}>
          {w.write}
        </a>
      </p>
    </section>
  );
}

export function WhatChanged({ answer, nameOf, painBefore, painAfter, onDone }: Props) {
  const w = useWords(WORDS);
  const lines = changeLines(answer.changes, nameOf);
  const warning = answer.flare_check && (answer.flare_check.tier === 'emergency' || answer.flare_check.tier === 'urgent');
  return (
    <section class="runner" aria-labelledby="changed-title">
      {warning && (
        <div class="alert-now" role="alert">
          <h2>{w.doctorAgain}</h2>
          <ul>
            {answer.flare_check!.advice.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </div>
      )}
      {answer.flare_check?.tier === 'routine' && <FlareAdvice screen={answer.flare_check} paused={answer.paused} />}
      {answer.pain_rise && !warning && <PainRose rise={answer.pain_rise} painBefore={painBefore} painAfter={painAfter} />}
      <h2 id="changed-title" tabIndex={-1}>
        {w.saved}
      </h2>
      <p>{painChange(painBefore, painAfter)}</p>
      {answer.paused && <p class="notice">{w.paused}</p>}
      {lines.length === 0 ? (
        <p>{w.nothing}</p>
      ) : (
        <ul class="changes">
          {lines.map((l, i) => (
            <li key={i}>
              <strong>{l.heading}.</strong> {l.reason}
            </li>
          ))}
        </ul>
      )}
      <div class="primary-bar">
        <a class="button primary big" href="/today" onClick={onDone}>
          {w.done}
        </a>
      </div>
    </section>
  );
}
