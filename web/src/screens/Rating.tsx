import { useState } from 'preact/hooks';
import type { Exercise } from '../api';
import { saveRating, type Effort } from '../ratings';

const EFFORTS: { value: Effort; text: string }[] = [
  { value: 'easy', text: 'Easy' },
  { value: 'about_right', text: 'About right' },
  { value: 'hard', text: 'Hard' },
];

const painWords = (n: number) => (n === 0 ? 'no pain' : n <= 3 ? 'mild' : n <= 6 ? 'moderate' : n <= 9 ? 'strong' : 'worst pain');

export function Rating({ exercise, onAgain }: { exercise: Exercise; onAgain: () => void }) {
  const [pain, setPain] = useState(0);
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
        if (!effort) return;
        saveRating({ exercise: exercise.id, pain, effort, at: new Date().toISOString() });
        setSaved(true);
      }}
    >
      <h2>How did that feel?</h2>
      <label for="pain" class="pain-label">
        Your pain now: <strong>{pain} of 10</strong> ({painWords(pain)})
      </label>
      <input
        id="pain"
        type="range"
        min={0}
        max={10}
        step={1}
        value={pain}
        aria-valuetext={`pain ${pain} of 10, ${painWords(pain)}`}
        onInput={(e) => setPain(Number((e.target as HTMLInputElement).value))}
      />
      <div class="scale-words" aria-hidden="true">
        <span>0 no pain</span>
        <span>5 moderate</span>
        <span>10 worst pain</span>
      </div>
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
