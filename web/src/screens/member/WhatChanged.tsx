// The server's answer to a finished session: what changed in the program and why, in one
// sentence each. A new warning sign comes first and looks different.
import type { SessionAnswer } from '../../api/member';
import { FlareAdvice } from '../journal/FlareAdvice';
import { changeLines } from './sessionWords';

interface Props {
  answer: SessionAnswer;
  nameOf: (id: string) => string;
  painBefore: number;
  painAfter: number;
  /** Called as "Done for today" goes back to Today. */
  onDone?: () => void;
}

function painChange(before: number, after: number): string {
  if (after < before) return `Your pain went down from ${before} to ${after} out of 10. Well done.`;
  if (after > before) return `Your pain went up from ${before} to ${after} out of 10. We take that into account below.`;
  return `Your pain stayed at ${before} out of 10.`;
}

/** Pain three or more points up: the flare check's safety questions and a word to the therapist, first. */
export function PainRose({ rise, painBefore, painAfter }: { rise: { points: number; offer: string }; painBefore: number; painAfter: number }) {
  const draft = `My pain went up from ${painBefore} to ${painAfter} out of 10 during today's session.`;
  return (
    <section class="alert-soon pain-rose" aria-labelledby="pain-rose-title">
      <h2 id="pain-rose-title">Your pain went up {rise.points} points</h2>
      <p>{rise.offer}</p>
      <p class="journal-actions">
        <a class="button primary" href={`/check-in?flare=yes&pain=${painAfter}`}>
          Answer the safety questions
        </a>
        <a class="button quiet-button" href={`/messages?draft=${encodeURIComponent(draft)}`}>
          Write to your therapist
        </a>
      </p>
    </section>
  );
}

export function WhatChanged({ answer, nameOf, painBefore, painAfter, onDone }: Props) {
  const lines = changeLines(answer.changes, nameOf);
  const warning = answer.flare_check && (answer.flare_check.tier === 'emergency' || answer.flare_check.tier === 'urgent');
  return (
    <section class="runner" aria-labelledby="changed-title">
      {warning && (
        <div class="alert-now" role="alert">
          <h2>Please see a doctor before you exercise again</h2>
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
        Session saved. What changed and why
      </h2>
      <p>{painChange(painBefore, painAfter)}</p>
      {answer.paused && <p class="notice">Your exercises are paused for now. Your care team has been told.</p>}
      {lines.length === 0 ? (
        <p>Nothing changes for now: keep going as you are.</p>
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
          Done for today
        </a>
      </div>
    </section>
  );
}
