// A labelled form field with its hint and its error next to it, tied together for screen readers.
import type { JSX } from 'preact';

interface Props {
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  hint?: JSX.Element | string;
  type?: 'text' | 'email' | 'password' | 'number' | 'tel' | 'time';
  autocomplete?: string;
  inputMode?: 'numeric' | 'email' | 'text' | 'tel';
}

export function Field({ name, label, value, onInput, error, hint, type = 'text', autocomplete, inputMode }: Props) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        {...typeAttribute(type)}
        value={value}
        autocomplete={autocomplete}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
    </div>
  );
}

// Preact types each input type separately; one field component serves several of them.
const typeAttribute = (type: string) => ({ type }) as { type: 'text' };

/** Moves focus to the named field (after the errors have been drawn). */
export function focusField(name: string | null) {
  if (!name) return;
  requestAnimationFrame(() => document.getElementById(`field-${name}`)?.focus());
}
