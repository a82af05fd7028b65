// The daily check-in: pain 0–10 on a big slider, flare-up yes or no, a note. The server answers
// with a sentence of advice, shown once it has the check-in safely stored.
import { useState } from 'preact/hooks';
import { journal, type CheckinAnswer } from '../../api/journal';
import { ScreenTitle } from '../../components/Screen';
import { painWords } from './painWords';

const LONGEST_NOTE = 2000;

function Saved({ answer }: { answer: CheckinAnswer }) {
  return (
    <section class="checkin-saved" aria-labelledby="saved-title">
      <div role="status">
        <h2 id="saved-title">
          Saved: pain {answer.pain} of 10{answer.flare ? ', a flare-up' : ''}.
        </h2>
      </div>
      <p class="lead">{answer.advice}</p>
      <div class="primary-bar">
        <a class="button primary big" href="/progress">
          See your progress
        </a>
      </div>
    </section>
  );
}

export function CheckIn() {
  const [pain, setPain] = useState(3);
  const [flare, setFlare] = useState<boolean | null>(null);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [answer, setAnswer] = useState<CheckinAnswer | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (flare === null) {
      setProblem('Please say whether today is a flare-up.');
      document.getElementById('flare-no')?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setAnswer(await journal.checkIn(pain, flare, notes));
    } catch (error) {
      setProblem(error instanceof Error ? `Your check-in was not saved. ${error.message}` : 'Your check-in was not saved.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ScreenTitle title="Check in">How is your back today?</ScreenTitle>
      {answer ? (
        <Saved answer={answer} />
      ) : (
        <form class="checkin" onSubmit={submit} noValidate>
          <p>A quick check-in helps you and your care team see how things change.</p>
          {problem && (
            <p class="form-problem" role="alert">
              {problem}
            </p>
          )}
          <label for="checkin-pain" class="pain-label">
            Your pain right now
          </label>
          <p class="pain-number" aria-hidden="true">
            <strong>{pain}</strong> of 10 <span class="quiet">({painWords(pain)})</span>
          </p>
          <input
            id="checkin-pain"
            class="big-slider"
            type="range"
            min={0}
            max={10}
            step={1}
            value={pain}
            aria-valuetext={`${pain} of 10, ${painWords(pain)}`}
            onInput={(e) => setPain(Number((e.target as HTMLInputElement).value))}
          />
          <div class="scale-words" aria-hidden="true">
            <span>0 no pain</span>
            <span>5 moderate</span>
            <span>10 worst pain</span>
          </div>
          <fieldset class="effort">
            <legend>Is today a flare-up (much worse than usual)?</legend>
            <label class={flare === false ? 'choice chosen' : 'choice'}>
              <input id="flare-no" type="radio" name="flare" checked={flare === false} onChange={() => setFlare(false)} />
              No
            </label>
            <label class={flare === true ? 'choice chosen' : 'choice'}>
              <input type="radio" name="flare" checked={flare === true} onChange={() => setFlare(true)} />
              Yes
            </label>
          </fieldset>
          {flare && (
            <p class="notice">
              Flare-ups are common and usually settle. But if you also have numbness around your bottom or groin, trouble
              passing urine, weak legs, or a fever, <strong>see a doctor now</strong> or call your local emergency number.
              Read <a href="/articles/warning-signs">the warning signs</a>.
            </p>
          )}
          <div class="field">
            <label for="checkin-notes">Anything else to note? (optional)</label>
            <textarea
              id="checkin-notes"
              rows={3}
              maxLength={LONGEST_NOTE}
              value={notes}
              onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)}
            />
          </div>
          <div class="primary-bar">
            <button type="submit" class="button primary big" disabled={busy}>
              {busy ? 'Saving…' : 'Save my check-in'}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
