import { describe, expect, it } from 'vitest';
import { cueAt, cycleLength, holdLeft, poseAt, withHold, type Keyframe } from '../src/figure/keyframes';
import { buildPlan, positionAt } from '../src/figure/plan';
import type { Pose } from '../src/figure/pose';

const pose = (hip: number): Pose => ({
  trunk: 180, neck: 0, hip_l: hip, hip_r: hip, knee_l: 100, knee_r: 100,
  shoulder_l: 0, shoulder_r: 0, elbow_l: 0, elbow_r: 0,
});

const bridge: Keyframe[] = [
  { at: 0, phase: 'start', cue: 'Knees bent.', pose: pose(50) },
  { at: 2, phase: 'lift', cue: 'Lift.', pose: pose(0) },
  { at: 3, phase: 'hold', cue: 'Hold.', pose: pose(0) },
  { at: 5, phase: 'lower', cue: 'Lower.', pose: pose(50) },
];

describe('keyframe interpolation', () => {
  it('matches the key poses at their times', () => {
    expect(poseAt(bridge, 0).hip_l).toBe(50);
    expect(poseAt(bridge, 2).hip_l).toBe(0);
  });

  it('is halfway at the middle of a segment and between the ends elsewhere', () => {
    expect(poseAt(bridge, 1).hip_l).toBeCloseTo(25, 6);
    const early = poseAt(bridge, 0.5).hip_l;
    expect(early).toBeLessThan(50);
    expect(early).toBeGreaterThan(25);
  });

  it('loops over the cycle', () => {
    expect(cycleLength(bridge)).toBe(5);
    expect(poseAt(bridge, 6).hip_l).toBeCloseTo(poseAt(bridge, 1).hip_l, 6);
  });

  it('shows key poses without motion when motion is reduced', () => {
    expect(poseAt(bridge, 1, true).hip_l).toBe(50);
    expect(poseAt(bridge, 4, true).hip_l).toBe(0);
  });

  it('gives the cue of the pose being moved towards', () => {
    expect(cueAt(bridge, 0.5).cue).toBe('Lift.');
    expect(cueAt(bridge, 2.5).cue).toBe('Hold.');
  });
});

describe('holds', () => {
  it('stretches the held segment to the dosage hold time', () => {
    const long = withHold(bridge, 10);
    expect(cycleLength(long)).toBe(14);
    expect(long[2].at - long[1].at).toBe(10);
    expect(holdLeft(long, 2)).toBe(10);
    expect(holdLeft(long, 7)).toBe(5);
    expect(holdLeft(long, 1)).toBeNull();
  });

  it('keeps the timing when there is no hold', () => {
    expect(withHold(bridge, 0)).toBe(bridge);
  });
});

describe('the plan of sets, sides and rest', () => {
  it('counts reps by cycles and rests between sets', () => {
    const plan = buildPlan({ sets: 2, reps: 3, hold_seconds: 0, minutes: 0, sides: 'both', rest_seconds: 20 }, bridge);
    expect(plan.blocks.map((b) => b.kind)).toEqual(['work', 'rest', 'work']);
    expect(plan.totalSeconds).toBe(15 + 20 + 15);
    expect(positionAt(plan, 0).rep).toBe(1);
    expect(positionAt(plan, 11).rep).toBe(3);
    expect(positionAt(plan, 16).block.kind).toBe('rest');
    expect(positionAt(plan, 50).done).toBe(true);
  });

  it('does the right side and then switches to the left', () => {
    const plan = buildPlan({ sets: 1, reps: 2, hold_seconds: 0, minutes: 0, sides: 'each', rest_seconds: 0 }, bridge);
    expect(plan.blocks.map((b) => `${b.kind}:${b.side}`)).toEqual(['work:right', 'switch:left', 'work:left']);
  });

  it('times aerobic work in minutes', () => {
    const plan = buildPlan({ sets: 1, reps: 0, hold_seconds: 0, minutes: 10, sides: 'both', rest_seconds: 0 }, bridge);
    expect(plan.timed).toBe(true);
    expect(positionAt(plan, 60).left).toBe(540);
  });
});
