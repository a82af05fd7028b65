// Forward kinematics for the stick figure described in content/SCHEMA.md: joint angles in,
// 2D points out. Math coordinates (y up); the SVG layer flips y.

export interface Pose {
  trunk: number;
  neck: number;
  hip_l: number;
  hip_r: number;
  knee_l: number;
  knee_r: number;
  shoulder_l: number;
  shoulder_r: number;
  elbow_l: number;
  elbow_r: number;
  // View `front` only: hip flexion towards the viewer (content/SCHEMA.md); absent means 0.
  hip_flex_l?: number;
  hip_flex_r?: number;
}

export type View = 'side' | 'front';

export interface Point {
  x: number;
  y: number;
}

export interface Limb {
  root: Point;
  joint: Point;
  end: Point;
}

export interface Figure {
  pelvis: Point;
  shoulders: Point;
  neckTop: Point;
  head: Point;
  headRadius: number;
  legLeft: Limb;
  legRight: Limb;
  armLeft: Limb;
  armRight: Limb;
}

// Proportions of an adult, in figure units (trunk = 50).
export const SEGMENT = {
  trunk: 50,
  neck: 8,
  headRadius: 9,
  thigh: 46,
  shin: 44,
  upperArm: 26,
  forearm: 21,
  pelvisHalfWidth: 9,
  shoulderHalfWidth: 15,
} as const;

const rad = (deg: number) => (deg * Math.PI) / 180;
const step = (from: Point, angleDeg: number, length: number): Point => ({
  x: from.x + length * Math.cos(rad(angleDeg)),
  y: from.y + length * Math.sin(rad(angleDeg)),
});

// Side view, seen from the figure's left: the belly faces clockwise of the trunk direction, so
// flexion of hip, shoulder and elbow turns counter-clockwise and knee flexion clockwise
// (standing: thigh flexion 90 points right, sitting knee 90 points the shin down).
function sideFigure(p: Pose): Figure {
  const pelvis = { x: 0, y: 0 };
  const shoulders = step(pelvis, p.trunk, SEGMENT.trunk);
  const headDir = p.trunk - p.neck;
  const neckTop = step(shoulders, headDir, SEGMENT.neck);
  const head = step(neckTop, headDir, SEGMENT.headRadius);
  const down = p.trunk + 180;
  const leg = (hip: number, knee: number): Limb => {
    const thighDir = down + hip;
    const joint = step(pelvis, thighDir, SEGMENT.thigh);
    return { root: pelvis, joint, end: step(joint, thighDir - knee, SEGMENT.shin) };
  };
  const arm = (shoulder: number, elbow: number): Limb => {
    const upperDir = down + shoulder;
    const joint = step(shoulders, upperDir, SEGMENT.upperArm);
    return { root: shoulders, joint, end: step(joint, upperDir + elbow, SEGMENT.forearm) };
  };
  return {
    pelvis,
    shoulders,
    neckTop,
    head,
    headRadius: SEGMENT.headRadius,
    legLeft: leg(p.hip_l, p.knee_l),
    legRight: leg(p.hip_r, p.knee_r),
    armLeft: arm(p.shoulder_l, p.elbow_l),
    armRight: arm(p.shoulder_r, p.elbow_r),
  };
}

// Front view: the member faces us, so their left is on our right when upright. Abduction turns
// each limb away from the midline. Hip flexion (`hip_flex_*`) tips the thigh towards the viewer
// and the knee bends the shin back from it, so on screen the thigh keeps cos(hip flexion) of its
// length and the shin cos(hip flexion − knee flexion): sitting (90, 90) shows whole shins under
// hidden thighs, a clamshell (45, 90) both at 70%. Elbow flexion points the forearm at the
// viewer and only shortens it.
function frontFigure(p: Pose): Figure {
  const pelvis = { x: 0, y: 0 };
  const shoulders = step(pelvis, p.trunk, SEGMENT.trunk);
  const headDir = p.trunk - p.neck;
  const neckTop = step(shoulders, headDir, SEGMENT.neck);
  const head = step(neckTop, headDir, SEGMENT.headRadius);
  const down = p.trunk + 180;
  const leftward = p.trunk - 90;
  const rightward = p.trunk + 90;
  const foreshorten = (deg: number) => Math.abs(Math.cos(rad(deg)));
  const leg = (side: 1 | -1, hip: number, knee: number, flex = 0): Limb => {
    const root = step(pelvis, side === 1 ? leftward : rightward, SEGMENT.pelvisHalfWidth);
    const thighDir = down + side * hip;
    const joint = step(root, thighDir, SEGMENT.thigh * Math.cos(rad(flex)));
    return { root, joint, end: step(joint, thighDir, SEGMENT.shin * Math.cos(rad(flex - knee))) };
  };
  const arm = (side: 1 | -1, shoulder: number, elbow: number): Limb => {
    const root = step(shoulders, side === 1 ? leftward : rightward, SEGMENT.shoulderHalfWidth);
    const upperDir = down + side * shoulder;
    const joint = step(root, upperDir, SEGMENT.upperArm);
    return { root, joint, end: step(joint, upperDir, SEGMENT.forearm * foreshorten(elbow)) };
  };
  return {
    pelvis,
    shoulders,
    neckTop,
    head,
    headRadius: SEGMENT.headRadius,
    legLeft: leg(1, p.hip_l, p.knee_l, p.hip_flex_l),
    legRight: leg(-1, p.hip_r, p.knee_r, p.hip_flex_r),
    armLeft: arm(1, p.shoulder_l, p.elbow_l),
    armRight: arm(-1, p.shoulder_r, p.elbow_r),
  };
}

function lowestY(f: Figure): number {
  const ys = [f.pelvis, f.shoulders, f.head, f.legLeft, f.legRight, f.armLeft, f.armRight].flatMap(
    (part) => ('root' in part ? [part.root.y, part.joint.y, part.end.y] : [part.y]),
  );
  return Math.min(...ys, f.head.y - f.headRadius);
}

function shift(f: Figure, dy: number): Figure {
  const move = (pt: Point): Point => ({ x: pt.x, y: pt.y + dy });
  const limb = (l: Limb): Limb => ({ root: move(l.root), joint: move(l.joint), end: move(l.end) });
  return {
    pelvis: move(f.pelvis),
    shoulders: move(f.shoulders),
    neckTop: move(f.neckTop),
    head: move(f.head),
    headRadius: f.headRadius,
    legLeft: limb(f.legLeft),
    legRight: limb(f.legRight),
    armLeft: limb(f.armLeft),
    armRight: limb(f.armRight),
  };
}

/** Places the figure with its pelvis at x = 0 and its lowest point on the floor (y = 0). */
export function solvePose(pose: Pose, view: View): Figure {
  const raw = view === 'front' ? frontFigure(pose) : sideFigure(pose);
  return shift(raw, -lowestY(raw));
}

export interface Bounds {
  minX: number;
  maxX: number;
  maxY: number;
}

export function figureBounds(figures: Figure[]): Bounds {
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  for (const f of figures) {
    const pts = [f.pelvis, f.shoulders, f.neckTop];
    for (const l of [f.legLeft, f.legRight, f.armLeft, f.armRight]) pts.push(l.root, l.joint, l.end);
    for (const pt of pts) {
      minX = Math.min(minX, pt.x);
      maxX = Math.max(maxX, pt.x);
      maxY = Math.max(maxY, pt.y);
    }
    minX = Math.min(minX, f.head.x - f.headRadius);
    maxX = Math.max(maxX, f.head.x + f.headRadius);
    maxY = Math.max(maxY, f.head.y + f.headRadius);
  }
  return { minX, maxX, maxY };
}
