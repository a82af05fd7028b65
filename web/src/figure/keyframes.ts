// Timing of an exercise's keyframes: where in the cycle we are, and the pose at any moment.
import type { Pose } from './pose';

export interface Keyframe {
  at: number;
  phase: string;
  cue: string;
  pose: Pose;
}

// The fields every pose has; `hip_flex_*` (front view only) may be absent.
type JointField = Exclude<keyof Pose, 'hip_flex_l' | 'hip_flex_r'>;

const POSE_FIELDS: JointField[] = [
  'trunk', 'neck', 'hip_l', 'hip_r', 'knee_l', 'knee_r',
  'shoulder_l', 'shoulder_r', 'elbow_l', 'elbow_r',
];

export function cycleLength(frames: Keyframe[]): number {
  return frames[frames.length - 1].at;
}

// Ease in and out so a movement starts and ends gently, as a person would move.
const ease = (u: number) => u * u * (3 - 2 * u);

const FRONT_ONLY_FIELDS = ['hip_flex_l', 'hip_flex_r'] as const;

export function mixPoses(a: Pose, b: Pose, u: number): Pose {
  const out = { ...a };
  for (const k of POSE_FIELDS) out[k] = a[k] + (b[k] - a[k]) * u;
  for (const k of FRONT_ONLY_FIELDS) {
    const from = a[k] ?? 0;
    const to = b[k] ?? 0;
    if (from !== 0 || to !== 0) out[k] = from + (to - from) * u;
  }
  return out;
}

/** Index of the keyframe segment [i, i+1) that holds time t (already within one cycle). */
export function segmentAt(frames: Keyframe[], t: number): number {
  for (let i = frames.length - 2; i >= 0; i--) if (t >= frames[i].at) return i;
  return 0;
}

export function timeInCycle(frames: Keyframe[], t: number): number {
  const cycle = cycleLength(frames);
  if (cycle <= 0) return 0;
  return ((t % cycle) + cycle) % cycle;
}

/**
 * The pose at time t seconds. With reduced motion the figure shows the key pose of the current
 * segment and jumps between key poses instead of moving.
 */
export function poseAt(frames: Keyframe[], t: number, reducedMotion = false): Pose {
  const local = timeInCycle(frames, t);
  const i = segmentAt(frames, local);
  const a = frames[i];
  const b = frames[i + 1] ?? a;
  if (reducedMotion) return a.pose;
  const span = b.at - a.at;
  const u = span > 0 ? Math.min(1, Math.max(0, (local - a.at) / span)) : 0;
  return mixPoses(a.pose, b.pose, ease(u));
}

/** The keyframe whose cue applies at time t: the one the figure is moving towards. */
export function cueAt(frames: Keyframe[], t: number): Keyframe {
  const local = timeInCycle(frames, t);
  const i = segmentAt(frames, local);
  return frames[i + 1] ?? frames[i];
}

/**
 * Stretches the segment that ends in the `hold` keyframe so the held pose lasts holdSeconds.
 * Exercises without a hold phase keep their timing.
 */
export function withHold(frames: Keyframe[], holdSeconds: number): Keyframe[] {
  const h = frames.findIndex((f, i) => i > 0 && f.phase === 'hold');
  if (h < 0 || holdSeconds <= 0) return frames;
  const extra = Math.max(0, holdSeconds - (frames[h].at - frames[h - 1].at));
  return frames.map((f, i) => (i >= h ? { ...f, at: f.at + extra } : f));
}

/** Seconds of holding left at time t, or null outside the hold. */
export function holdLeft(frames: Keyframe[], t: number): number | null {
  const h = frames.findIndex((f, i) => i > 0 && f.phase === 'hold');
  if (h < 0) return null;
  const local = timeInCycle(frames, t);
  if (local < frames[h - 1].at || local >= frames[h].at) return null;
  return frames[h].at - local;
}
