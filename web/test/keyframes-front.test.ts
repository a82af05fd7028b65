import { describe, expect, it } from 'vitest';
import { mixPoses } from '../src/figure/keyframes';
import type { Pose } from '../src/figure/pose';

const pose = (p: Partial<Pose>): Pose => ({
  trunk: 90, neck: 0, hip_l: 0, hip_r: 0, knee_l: 0, knee_r: 0,
  shoulder_l: 0, shoulder_r: 0, elbow_l: 0, elbow_r: 0, ...p,
});

describe('mixing poses with hip flexion towards the viewer', () => {
  it('moves hip_flex between key poses, reading a missing value as 0', () => {
    const half = mixPoses(pose({ hip_flex_l: 40 }), pose({}), 0.5);
    expect(half.hip_flex_l).toBeCloseTo(20, 6);
    expect(half.hip_flex_r).toBeUndefined();
  });
});
