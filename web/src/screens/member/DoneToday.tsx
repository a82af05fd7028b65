// Today after a session: "done today", the pain before and after, and what changed and why.
import { changeLines } from './sessionWords';
import type { DoneSession } from './doneToday';
import { PainRose } from './WhatChanged';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    done: "Today's session is done",
    pains: (before: number, after: number) => `Your pain was ${before} of 10 before and ${after} of 10 after.`,
    nothing: 'Nothing changed in your program: keep going as you are.',
    changed: 'What changed',
    again: 'You can do the exercises again below if you like, or rest until tomorrow.',
  },
  es: {
    done: 'La sesión de hoy está hecha',
    pains: (before: number, after: number) => `Tu dolor era de ${before} sobre 10 antes y de ${after} sobre 10 después.`,
    nothing: 'No ha cambiado nada en tu programa: sigue como vas.',
    changed: 'Qué ha cambiado',
    again: 'Si quieres, puedes repetir los ejercicios más abajo, o descansar hasta mañana.',
  },
});

export function DoneToday({ done, nameOf }: { done: DoneSession; nameOf: (id: string) => string }) {
  const w = useWords(WORDS);
  const lines = done.answer ? changeLines(done.answer.changes, nameOf) : [];
  return (
    <section class="done-today" aria-labelledby="done-title">
      <h2 id="done-title">
        <span aria-hidden="true">✓ </span>
        {w.done}
      </h2>
      <p>{w.pains(done.painBefore, done.painAfter)}</p>
      {done.answer?.pain_rise && <PainRose rise={done.answer.pain_rise} painBefore={done.painBefore} painAfter={done.painAfter} />}
      {done.answer &&
        (lines.length === 0 ? (
          <p>{w.nothing}</p>
        ) : (
          <>
            <h3>{w.changed}</h3>
            <ul class="changes">
              {lines.map((l, i) => (
                <li key={i}>
                  <strong>{l.heading}.</strong> {l.reason}
                </li>
              ))}
            </ul>
          </>
        ))}
      <p class="quiet">{w.again}</p>
    </section>
  );
}
