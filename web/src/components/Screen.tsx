import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useWords, words } from '../i18n';

const WORDS = words({
  en: { loading: 'Loading…', wrong: 'Something went wrong.', sorry: 'Sorry, we could not load this.' },
  es: { loading: 'Cargando…', wrong: 'Algo ha fallado.', sorry: 'Lo sentimos, no hemos podido cargar esto.' },
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

export function Failure({ error }: { error: unknown }) {
  const w = useWords(WORDS);
  const text = error instanceof Error ? error.message : w.wrong;
  return (
    <p class="failure" role="alert">
      {w.sorry} {text}
    </p>
  );
}
