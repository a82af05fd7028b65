import { BODY_REGIONS, type MapView } from './bodyRegions';

interface Props {
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

// A plain outline of a person: head, trunk, arms and legs, drawn behind the regions.
const OUTLINE =
  'M100 10 a22 22 0 1 1 0.1 0 Z M84 54 h32 l6 12 l34 8 l10 96 l-12 2 l-8 -80 l-8 0 l4 100 l-10 4 ' +
  'l-8 200 l-6 10 h-24 l-2 -210 h-4 l-2 210 h-24 l-6 -10 l-8 -200 l-10 -4 l4 -100 l-8 0 l-8 80 l-12 -2 l10 -96 l34 -8 Z';

function View({ view, selected, onToggle }: Props & { view: MapView }) {
  const title = view === 'front' ? 'Front of your body' : 'Back of your body';
  const [leftX, rightX] = view === 'front' ? [182, 18] : [18, 182];
  return (
    <figure class="bodymap-view">
      <figcaption>{title}</figcaption>
      <svg viewBox="0 0 200 420" class="bodymap" role="group" aria-label={title}>
        <path d={OUTLINE} class="outline" aria-hidden="true" />
        <text x={leftX} y={140} class="side-letter" text-anchor="middle" aria-hidden="true">L</text>
        <text x={rightX} y={140} class="side-letter" text-anchor="middle" aria-hidden="true">R</text>
        {BODY_REGIONS.filter((r) => r.view === view).map((r) => {
          const on = selected.has(r.id);
          return (
            <g
              key={r.id}
              role="button"
              tabindex={0}
              aria-pressed={on}
              aria-label={r.name}
              data-region={r.id}
              class={on ? 'region on' : 'region'}
              onClick={() => onToggle(r.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onToggle(r.id);
                }
              }}
            >
              <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={6} />
              {on && (
                <text x={r.x + r.w / 2} y={r.y + r.h / 2 + 5} text-anchor="middle" class="tick" aria-hidden="true">
                  ✓
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Front and back body outlines whose regions toggle the intake's pain locations. */
export function BodyMap(props: Props) {
  return (
    <div class="bodymap-wrap">
      <p class="note">
        Left and right mean <strong>your own</strong> left and right. In the front view you look at a person
        facing you, so your left side is on the right of the picture. In the back view your left is on the left.
      </p>
      <div class="bodymap-views">
        <View view="front" {...props} />
        <View view="back" {...props} />
      </div>
    </div>
  );
}
