import { useWords, words } from '../i18n';
import { BODY_REGIONS, type MapView } from './bodyRegions';

const WORDS = words({
  en: {
    front: 'Front of your body',
    back: 'Back of your body',
    left: 'L',
    right: 'R',
    ownSides: 'Left and right mean',
    yourOwn: 'your own',
    ownSidesRest:
      ' left and right. In the front view you look at a person facing you, so your left side is on the right of the picture. In the back view your left is on the left.',
  },
  es: {
    front: 'La parte de delante de tu cuerpo',
    back: 'La parte de atrás de tu cuerpo',
    left: 'I',
    right: 'D',
    ownSides: 'Izquierda y derecha son',
    yourOwn: 'las tuyas',
    ownSidesRest:
      ': en la vista de delante ves a una persona de frente, así que tu lado izquierdo queda a la derecha del dibujo. En la vista de atrás, tu izquierda queda a la izquierda.',
  },
});

interface Props {
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

// A plain outline of a person (head, trunk, arms, legs) drawn behind the regions, which sit
// inside it.
const OUTLINE = [
  'M100 10 a22 22 0 1 1 -0.1 0 Z',
  'M92 50 h16 v14 h-16 Z',
  'M56 62 L144 62 L140 150 L164 182 L162 244 L38 244 L36 182 L60 150 Z',
  'M56 64 L38 72 L12 196 L28 202 L58 104 Z',
  'M144 64 L162 72 L188 196 L172 202 L142 104 Z',
  'M40 240 L98 240 L98 372 L98 406 L52 406 L60 372 Z',
  'M102 240 L160 240 L140 372 L148 406 L102 406 L102 372 Z',
].join(' ');

function View({ view, selected, onToggle }: Props & { view: MapView }) {
  const w = useWords(WORDS);
  const title = view === 'front' ? w.front : w.back;
  const [leftX, rightX] = view === 'front' ? [180, 20] : [20, 180];
  return (
    <figure class="bodymap-view">
      <figcaption>{title}</figcaption>
      <svg viewBox="0 0 200 420" class="bodymap" role="group" aria-label={title}>
        <path d={OUTLINE} class="outline" aria-hidden="true" />
        <text x={leftX} y={30} class="side-letter" text-anchor="middle" aria-hidden="true">{w.left}</text>
        <text x={rightX} y={30} class="side-letter" text-anchor="middle" aria-hidden="true">{w.right}</text>
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
  const w = useWords(WORDS);
  return (
    <div class="bodymap-wrap">
      <p class="note">
        {w.ownSides} <strong>{w.yourOwn}</strong>
        {w.ownSidesRest}
      </p>
      <div class="bodymap-views">
        <View view="front" {...props} />
        <View view="back" {...props} />
      </div>
    </div>
  );
}
