// A labelled text box with one button, for a note or a message. Shows the server's refusal next
// to the box and clears the text once it is saved.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';

interface Props {
  id: string;
  label: string;
  hint?: string;
  button: string;
  /** Said once the text is saved, e.g. "Message sent." */
  done: string;
  send: (text: string) => Promise<void>;
}

export function WriteBox({ id, label, hint, button, done, send }: Props) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write something first.');
      return;
    }
    setBusy(true);
    setError('');
    setSaved('');
    try {
      await send(text.trim());
      setText('');
      setSaved(done);
    } catch (err) {
      setError(err instanceof ApiError ? (err.errors[0]?.message ?? err.detail) : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  };
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <form class="write-box" onSubmit={submit} noValidate>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={4}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="form-row">
        <button class="button primary" type="submit" disabled={busy}>
          {busy ? 'Saving…' : button}
        </button>
        <span role="status" class="quiet">
          {saved}
        </span>
      </div>
    </form>
  );
}
