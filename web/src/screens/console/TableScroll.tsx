// A wide table that scrolls sideways on a phone. The scrolling box is a named, focusable region
// so a keyboard user can scroll it too.
import type { ComponentChildren } from 'preact';

export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
