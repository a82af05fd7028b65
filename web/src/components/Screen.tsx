import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ApiError } from '../api';
import { useWords, words, wordsNow } from '../i18n';

const WORDS = words({
  en: {
    loading: 'Loading…',
    wrong: 'Something went wrong.',
    sorry: 'Sorry, we could not load this.',
    offline: 'Check your internet connection and try again.',
  },
  es: {
    loading: 'Cargando…',
    wrong: 'Algo ha fallado.',
    sorry: 'Lo sentimos, no hemos podido cargar esto.',
    offline: 'Comprueba tu conexión a internet y vuelve a intentarlo.',
  },
});

/** A screen's heading: sets the tab title and takes focus so screen readers announce the change. */
export function ScreenTitle({ children, title }: { children: ComponentChildren; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Motus`;
    if (document.body.dataset.navigated) ref.current?.focus();
  }, [title]);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

export function Loading() {
  const w = useWords(WORDS);
  return (
    <p class="quiet" role="status">
      {w.loading}
    </p>
  );
}

/**
 * Why a screen could not load: the server's own words when it answered; for a request that never
 * got there, the connection (the browser's "Failed to fetch" is in its language, not the screen's).
 */
export function failureText(error: unknown): string {
  const w = wordsNow(WORDS);
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return w.offline;
  return error instanceof Error ? error.message : w.wrong;
}

export function Failure({ error }: { error: unknown }) {
  const w = useWords(WORDS);
  return (
    <p class="failure" role="alert">
      {w.sorry} {failureText(error)}
    </p>
  );
}
