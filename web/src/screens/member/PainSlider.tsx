// A 0–10 pain slider with words at 0, 5 and 10 and the chosen number in words.
const painWords = (n: number) => (n === 0 ? 'no pain' : n <= 3 ? 'mild' : n <= 6 ? 'moderate' : n <= 9 ? 'strong' : 'worst pain');

export function PainSlider({ id, label, value, onChange }: { id: string; label: string; value: number; onChange: (n: number) => void }) {
  return (
    <div class="pain-slider">
      <label for={id} class="pain-label">
        {label} <strong>{value} of 10</strong> ({painWords(value)})
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={value}
        aria-valuetext={`pain ${value} of 10, ${painWords(value)}`}
        onInput={(e) => onChange(Number((e.target as HTMLInputElement).value))}
      />
      <div class="scale-words" aria-hidden="true">
        <span>0 no pain</span>
        <span>5 moderate</span>
        <span>10 worst pain</span>
      </div>
    </div>
  );
}
