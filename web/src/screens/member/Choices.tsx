// Grouped form controls for the intake: one question per fieldset, its error beside it, and big
// tap targets. Each group's first input carries the field id so focus can move to a problem.
import type { ComponentChildren } from 'preact';
import { painScaleHint, painWords } from '../../components/painScale';
import { useWords, words, wordsNow } from '../../i18n';
import type { Choice } from './intakeWords';
import type { YesNo } from './intake';

interface GroupProps {
  name: string;
  legend: ComponentChildren;
  error?: string;
  hint?: string;
  children: ComponentChildren;
  class?: string;
}

function Group({ name, legend, error, hint, children, class: extra }: GroupProps) {
  const hintId = hint ? `field-${name}-hint` : '';
  const errorId = error ? `field-${name}-error` : '';
  return (
    <fieldset class={`question ${extra ?? ''} ${error ? 'has-error' : ''}`} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
      <div class="options">{children}</div>
    </fieldset>
  );
}

interface OneProps {
  name: string;
  legend: ComponentChildren;
  choices: Choice[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  class?: string;
}

/** Choose one (radio buttons). */
export function ChooseOne({ name, legend, choices, value, onChange, error, hint, class: extra }: OneProps) {
  return (
    <Group name={name} legend={legend} error={error} hint={hint} class={extra}>
      {choices.map((c, i) => (
        <label key={c.id} class={value === c.id ? 'choice chosen' : 'choice'}>
          <input
            type="radio"
            id={i === 0 ? `field-${name}` : undefined}
            name={name}
            value={c.id}
            checked={value === c.id}
            aria-invalid={error ? true : undefined}
            onChange={() => onChange(c.id)}
          />
          {c.text}
        </label>
      ))}
    </Group>
  );
}

const WORDS = words({
  en: { yes: 'Yes', no: 'No', youChose: (n: string, text: string) => `You chose ${n} of 10: ${text}.` },
  es: { yes: 'Sí', no: 'No', youChose: (n: string, text: string) => `Has elegido ${n} de 10: ${text}.` },
});

export function YesNoQuestion(props: { name: string; legend: ComponentChildren; value: YesNo; onChange: (v: YesNo) => void; error?: string; hint?: string }) {
  const w = wordsNow(WORDS);
  const choices: Choice[] = [
    { id: 'yes', text: w.yes },
    { id: 'no', text: w.no },
  ];
  return <ChooseOne {...props} class="yes-no" choices={choices} onChange={(v) => props.onChange(v as YesNo)} />;
}

interface ManyProps {
  name: string;
  legend: ComponentChildren;
  choices: Choice[];
  value: string[];
  onChange: (value: string[]) => void;
  hint?: string;
}

/** Choose any number (check boxes). */
export function ChooseMany({ name, legend, choices, value, onChange, hint }: ManyProps) {
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <Group name={name} legend={legend} hint={hint}>
      {choices.map((c, i) => (
        <label key={c.id} class={value.includes(c.id) ? 'choice chosen' : 'choice'}>
          <input type="checkbox" id={i === 0 ? `field-${name}` : undefined} name={name} value={c.id} checked={value.includes(c.id)} onChange={() => toggle(c.id)} />
          {c.text}
        </label>
      ))}
    </Group>
  );
}

const SCALE: Choice[] = Array.from({ length: 11 }, (_, n) => ({ id: String(n), text: String(n) }));

/** A 0–10 pain scale as eleven buttons, with words at 0, 5 and 10. */
export function PainScale(props: { name: string; legend: ComponentChildren; value: string; onChange: (v: string) => void; error?: string }) {
  const w = useWords(WORDS);
  return (
    <div class="pain-scale">
      <ChooseOne {...props} class="scale" choices={SCALE} hint={painScaleHint()} />
      {props.value !== '' && (
        <p class="quiet" aria-live="polite">
          {w.youChose(props.value, painWords(Number(props.value)))}
        </p>
      )}
    </div>
  );
}
