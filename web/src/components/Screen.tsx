import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

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
  return <p class="quiet" role="status">Loading…</p>;
}

export function Failure({ error }: { error: unknown }) {
  const text = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <p class="failure" role="alert">
      Sorry, we could not load this. {text}
    </p>
  );
}
