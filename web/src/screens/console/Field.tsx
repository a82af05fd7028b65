// A labelled input with its hint and the server's complaint about it, wired for screen readers.
interface Props {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  error?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  autoCapitalize?: 'characters' | 'none';
}

export function Field({ id, label, value, onValue, hint, error, type = 'text', autoComplete, autoCapitalize }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        // Preact types each input kind apart; these three share the text box's attributes.
        type={type as 'text'}
        autoComplete={autoComplete}
        autoCapitalize={autoCapitalize}
        value={value}
        onInput={(e) => onValue((e.target as HTMLInputElement).value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        data-problem={error ? '' : undefined}
      />
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Focuses the first field the server complained about, inside a form. */
export function focusFirstProblem(form: HTMLFormElement | null) {
  form?.querySelector<HTMLElement>('[data-problem]')?.focus();
}
