import { describe, expect, it } from 'vitest';
import { figureBounds, solvePose, type Pose } from '../src/figure/pose';

const pose = (p: Partial<Pose>): Pose => ({
  trunk: 90, neck: 0, hip_l: 0, hip_r: 0, knee_l: 0, knee_r: 0,
  shoulder_l: 0, shoulder_r: 0, elbow_l: 0, elbow_r: 0, ...p,
});

describe('forward kinematics, side view', () => {
  const standing = solvePose(pose({}), 'side');

  it('puts the feet below the hips and the head above the shoulders when standing', () => {
    expect(standing.legLeft.end.y).toBeLessThan(standing.pelvis.y);
    expect(standing.legLeft.joint.y).toBeLessThan(standing.pelvis.y);
    expect(standing.head.y).toBeGreaterThan(standing.shoulders.y);
    expect(standing.shoulders.y).toBeGreaterThan(standing.pelvis.y);
  });

  it('grounds the figure: the lowest point touches the floor', () => {
    expect(standing.legLeft.end.y).toBeCloseTo(0, 6);
    const lying = solvePose(pose({ trunk: 180, hip_l: 50, knee_l: 100, hip_r: 50, knee_r: 100 }), 'side');
    const lowest = Math.min(lying.pelvis.y, lying.legLeft.end.y, lying.head.y - lying.headRadius);
    expect(lowest).toBeCloseTo(0, 6);
  });

  it('sits with the thigh forwards and the shin down', () => {
    const sitting = solvePose(pose({ hip_l: 90, knee_l: 90 }), 'side');
    expect(sitting.legLeft.joint.x).toBeGreaterThan(sitting.pelvis.x + 40);
    expect(sitting.legLeft.joint.y).toBeCloseTo(sitting.pelvis.y, 6);
    expect(sitting.legLeft.end.x).toBeCloseTo(sitting.legLeft.joint.x, 6);
    expect(sitting.legLeft.end.y).toBeLessThan(sitting.legLeft.joint.y - 40);
  });

  it('lies on the back with the head to the left and bent knees pointing up', () => {
    const hook = solvePose(pose({ trunk: 180, hip_l: 50, knee_l: 100, hip_r: 50, knee_r: 100 }), 'side');
    expect(hook.head.x).toBeLessThan(hook.pelvis.x);
    expect(hook.legLeft.joint.y).toBeGreaterThan(hook.pelvis.y + 20);
    expect(hook.legLeft.end.x).toBeGreaterThan(hook.legLeft.joint.x);
  });

  it('reaches forwards at 90 degrees of shoulder flexion and overhead at 180', () => {
    const reach = solvePose(pose({ shoulder_l: 90 }), 'side');
    expect(reach.armLeft.end.x).toBeGreaterThan(reach.shoulders.x + 40);
    const overhead = solvePose(pose({ shoulder_l: 180 }), 'side');
    expect(overhead.armLeft.end.y).toBeGreaterThan(overhead.shoulders.y + 40);
  });

  it('kneels on hands and knees with the back level', () => {
    const fours = solvePose(pose({ trunk: 0, hip_l: 90, knee_l: 90, shoulder_l: 90 }), 'side');
    expect(fours.shoulders.y).toBeCloseTo(fours.pelvis.y, 6);
    // Knees and hands both near the floor: arms and thighs are about as long as each other.
    expect(fours.legLeft.joint.y).toBeLessThan(2);
    expect(fours.armLeft.end.y).toBeLessThan(2);
    expect(fours.legLeft.end.x).toBeLessThan(fours.legLeft.joint.x - 40);
  });
});

describe('forward kinematics, front view', () => {
  it('shows the member\'s left leg on the picture\'s right and abduction moves it outwards', () => {
    const upright = solvePose(pose({}), 'front');
    expect(upright.legLeft.root.x).toBeGreaterThan(upright.legRight.root.x);
    const apart = solvePose(pose({ hip_l: 30 }), 'front');
    expect(apart.legLeft.end.x).toBeGreaterThan(upright.legLeft.end.x + 20);
    expect(apart.legRight.end.x).toBeCloseTo(upright.legRight.end.x, 6);
  });

  it('keeps a clamshell\'s shin on screen when the hip bends towards the viewer too', () => {
    const clam = { trunk: 180, hip_l: 35, knee_l: 90, knee_r: 90 };
    const length = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
    // Knee bent with the thigh flat in the picture: the shin points at the viewer and vanishes.
    const flat = solvePose(pose(clam), 'front');
    expect(length(flat.legLeft.joint, flat.legLeft.end)).toBeLessThan(1);
    // Hip bent 45° towards the viewer as well: thigh and shin each show about 70%.
    const bent = solvePose(pose({ ...clam, hip_flex_l: 45, hip_flex_r: 45 }), 'front');
    expect(length(bent.legLeft.joint, bent.legLeft.end)).toBeCloseTo(44 * Math.SQRT1_2, 4);
    expect(length(bent.legLeft.root, bent.legLeft.joint)).toBeCloseTo(46 * Math.SQRT1_2, 4);
  });

  it('sits seen from the front with the thighs towards us and the shins straight down', () => {
    const sitting = solvePose(pose({ knee_l: 90, knee_r: 90, hip_flex_l: 90, hip_flex_r: 90 }), 'front');
    expect(sitting.legLeft.joint.y).toBeCloseTo(sitting.legLeft.root.y, 6);
    expect(sitting.legLeft.end.y).toBeCloseTo(sitting.legLeft.joint.y - 44, 6);
  });
});

describe('figure bounds', () => {
  it('covers every key pose', () => {
    const a = solvePose(pose({}), 'side');
    const b = solvePose(pose({ shoulder_l: 90 }), 'side');
    const box = figureBounds([a, b]);
    expect(box.maxX).toBeGreaterThanOrEqual(b.armLeft.end.x);
    expect(box.maxY).toBeGreaterThanOrEqual(a.head.y + a.headRadius);
  });
});
