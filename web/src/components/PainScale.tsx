// The one 0–10 pain slider of the app (session before, per exercise and after, check-in, the
// public player): large, with words at 0, 5 and 10, and no default. Until the person taps,
// drags or uses the arrow keys it shows "not chosen yet" and no thumb.
import { CHOOSING_KEYS, painValueText, painWords, SCALE_ANCHORS, scaleWords, type PainChoice } from './painScale';

interface Props {
  id: string;
  label: string;
  value: PainChoice;
  onChange: (n: number) => void;
  /** Why the form was refused (shown under the slider and read with it). */
  error?: string | null;
}

export function PainScale({ id, label, value, onChange, error }: Props) {
  const w = scaleWords();
  const choose = (e: Event) => onChange(Number((e.target as HTMLInputElement).value));
  return (
    <div class={value === null ? 'pain-scale unchosen' : 'pain-scale'}>
      <label for={id} class="pain-label">
        {label}
      </label>
      <p class="pain-number" aria-hidden="true">
        {value === null ? (
          <span class="not-chosen">{w.notChosenHint}</span>
        ) : (
          <>
            <strong>{value}</strong> {w.ofTen} <span class="quiet">({painWords(value)})</span>
          </>
        )}
      </p>
      <input
        id={id}
        class="big-slider"
        type="range"
        min={0}
        max={10}
        step={1}
        value={value ?? 0}
        aria-valuetext={painValueText(value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={choose}
        onClick={(e) => value === null && choose(e)}
        onKeyUp={(e) => value === null && CHOOSING_KEYS.includes(e.key) && choose(e)}
      />
      <div class="scale-words" aria-hidden="true">
        {SCALE_ANCHORS.map((n) => (
          <span key={n}>
            {n} {painWords(n)}
          </span>
        ))}
      </div>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
