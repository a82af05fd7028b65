import { solvePose, type Bounds, type Figure, type Limb, type Pose, type View } from './pose';

interface Props {
  pose: Pose;
  view: View;
  bounds: Bounds;
  label: string;
}

const MARGIN = 12;

// The side nearest the viewer is drawn last and darker so the two legs and arms read apart.
function limbPath(l: Limb, flipY: (y: number) => number): string {
  return `M${l.root.x.toFixed(1)} ${flipY(l.root.y).toFixed(1)} L${l.joint.x.toFixed(1)} ${flipY(l.joint.y).toFixed(1)} L${l.end.x.toFixed(1)} ${flipY(l.end.y).toFixed(1)}`;
}

export function StickFigure({ pose, view, bounds, label }: Props) {
  const f: Figure = solvePose(pose, view);
  const width = bounds.maxX - bounds.minX + 2 * MARGIN;
  const height = Math.max(bounds.maxY, 60) + 2 * MARGIN;
  const flipY = (y: number) => height - MARGIN - y;
  const far = view === 'side' ? [f.legRight, f.armRight] : [];
  const near = view === 'side' ? [f.legLeft, f.armLeft] : [f.legLeft, f.legRight, f.armLeft, f.armRight];
  return (
    <svg
      class="figure"
      viewBox={`${(bounds.minX - MARGIN).toFixed(1)} 0 ${width.toFixed(1)} ${height.toFixed(1)}`}
      role="img"
      aria-label={label}
    >
      <line class="floor" x1={bounds.minX - MARGIN} x2={bounds.maxX + MARGIN} y1={flipY(0)} y2={flipY(0)} />
      {far.map((l, i) => (
        <path key={`far${i}`} class="limb far" d={limbPath(l, flipY)} />
      ))}
      <path
        class="limb trunk"
        d={`M${f.pelvis.x.toFixed(1)} ${flipY(f.pelvis.y).toFixed(1)} L${f.shoulders.x.toFixed(1)} ${flipY(f.shoulders.y).toFixed(1)} L${f.neckTop.x.toFixed(1)} ${flipY(f.neckTop.y).toFixed(1)}`}
      />
      {view === 'front' && (
        <path
          class="limb trunk"
          d={`M${f.legLeft.root.x.toFixed(1)} ${flipY(f.legLeft.root.y).toFixed(1)} L${f.legRight.root.x.toFixed(1)} ${flipY(f.legRight.root.y).toFixed(1)} M${f.armLeft.root.x.toFixed(1)} ${flipY(f.armLeft.root.y).toFixed(1)} L${f.armRight.root.x.toFixed(1)} ${flipY(f.armRight.root.y).toFixed(1)}`}
        />
      )}
      {near.map((l, i) => (
        <path key={`near${i}`} class="limb" d={limbPath(l, flipY)} />
      ))}
      <circle class="head" cx={f.head.x.toFixed(1)} cy={flipY(f.head.y).toFixed(1)} r={f.headRadius} />
    </svg>
  );
}
