// Today after a session: "done today", the pain before and after, and what changed and why.
import { changeLines } from './sessionWords';
import type { DoneSession } from './doneToday';
import { PainRose } from './WhatChanged';

export function DoneToday({ done, nameOf }: { done: DoneSession; nameOf: (id: string) => string }) {
  const lines = done.answer ? changeLines(done.answer.changes, nameOf) : [];
  return (
    <section class="done-today" aria-labelledby="done-title">
      <h2 id="done-title">
        <span aria-hidden="true">✓ </span>Today's session is done
      </h2>
      <p>
        Your pain was {done.painBefore} of 10 before and {done.painAfter} of 10 after.
      </p>
      {done.answer?.pain_rise && <PainRose rise={done.answer.pain_rise} painBefore={done.painBefore} painAfter={done.painAfter} />}
      {done.answer &&
        (lines.length === 0 ? (
          <p>Nothing changed in your program: keep going as you are.</p>
        ) : (
          <>
            <h3>What changed</h3>
            <ul class="changes">
              {lines.map((l, i) => (
                <li key={i}>
                  <strong>{l.heading}.</strong> {l.reason}
                </li>
              ))}
            </ul>
          </>
        ))}
      <p class="quiet">You can do the exercises again below if you like, or rest until tomorrow.</p>
    </section>
  );
}
