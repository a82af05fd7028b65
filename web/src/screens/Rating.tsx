import { useState } from 'preact/hooks';
import type { Exercise } from '../api';
import { PainScale } from '../components/PainScale';
import { painRefusal, type PainChoice } from '../components/painScale';
import { saveRating, type Effort } from '../ratings';

const EFFORTS: { value: Effort; text: string }[] = [
  { value: 'easy', text: 'Easy' },
  { value: 'about_right', text: 'About right' },
  { value: 'hard', text: 'Hard' },
];

export function Rating({ exercise, onAgain }: { exercise: Exercise; onAgain: () => void }) {
  const [pain, setPain] = useState<PainChoice>(null);
  const [painError, setPainError] = useState<string | null>(null);
  const [effort, setEffort] = useState<Effort | null>(null);
  const [saved, setSaved] = useState(false);

  if (saved) {
    return (
      <section class="rating" aria-label="Saved">
        <p class="cue" role="status">
          Well done. Saved on this device: pain {pain} of 10, {EFFORTS.find((e) => e.value === effort)?.text.toLowerCase()}.
        </p>
        <div class="primary-bar">
          <a class="button primary big" href="/exercises">
            Back to the exercises
          </a>
          <button type="button" class="button quiet-button" onClick={onAgain}>
            Do it again
          </button>
        </div>
      </section>
    );
  }

  return (
    <form
      class="rating"
      aria-label="How did that feel?"
      onSubmit={(e) => {
        e.preventDefault();
        if (pain === null) {
          setPainError(painRefusal(pain));
          document.getElementById('pain')?.focus();
          return;
        }
        if (!effort) return;
        saveRating({ exercise: exercise.id, pain, effort, at: new Date().toISOString() });
        setSaved(true);
      }}
    >
      <h2>How did that feel?</h2>
      <PainScale
        id="pain"
        label="Your pain now:"
        value={pain}
        onChange={(n) => {
          setPain(n);
          setPainError(null);
        }}
        error={painError}
      />
      <fieldset class="effort">
        <legend>How hard was it?</legend>
        {EFFORTS.map((e) => (
          <label key={e.value} class={effort === e.value ? 'choice chosen' : 'choice'}>
            <input type="radio" name="effort" value={e.value} checked={effort === e.value} onChange={() => setEffort(e.value)} />
            {e.text}
          </label>
        ))}
      </fieldset>
      <div class="primary-bar">
        <button type="submit" class="button primary big" disabled={!effort}>
          Save
        </button>
      </div>
    </form>
  );
}
