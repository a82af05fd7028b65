// The order of work and rest for one exercise, from its dosage, and where a running clock is in it.
import type { Dosage } from '../api';
import { cycleLength, type Keyframe } from './keyframes';

export type Side = 'right' | 'left' | null;

export interface Block {
  kind: 'work' | 'rest' | 'switch';
  side: Side;
  set: number;
  seconds: number;
}

export interface Plan {
  blocks: Block[];
  cycle: number;
  repsPerSet: number;
  timed: boolean;
  totalSeconds: number;
}

const SWITCH_SECONDS = 5;

export function buildPlan(dosage: Dosage, frames: Keyframe[]): Plan {
  const cycle = cycleLength(frames);
  const timed = dosage.minutes > 0;
  const repsPerSet = timed ? 0 : Math.max(dosage.reps, 1);
  const work = timed ? dosage.minutes * 60 : repsPerSet * cycle;
  const sides: Side[] = dosage.sides === 'each' ? ['right', 'left'] : [null];
  const sets = Math.max(dosage.sets, 1);
  const blocks: Block[] = [];
  sides.forEach((side, s) => {
    if (s > 0) blocks.push({ kind: 'switch', side, set: 1, seconds: Math.max(SWITCH_SECONDS, dosage.rest_seconds) });
    for (let set = 1; set <= sets; set++) {
      if (set > 1 && dosage.rest_seconds > 0) blocks.push({ kind: 'rest', side, set, seconds: dosage.rest_seconds });
      blocks.push({ kind: 'work', side, set, seconds: work });
    }
  });
  return { blocks, cycle, repsPerSet, timed, totalSeconds: blocks.reduce((n, b) => n + b.seconds, 0) };
}

export interface Position {
  index: number;
  block: Block;
  into: number;
  left: number;
  done: boolean;
  rep: number;
}

/** Where `elapsed` seconds of running time falls in the plan. */
export function positionAt(plan: Plan, elapsed: number): Position {
  let start = 0;
  for (let index = 0; index < plan.blocks.length; index++) {
    const block = plan.blocks[index];
    if (elapsed < start + block.seconds) {
      const into = elapsed - start;
      const rep = block.kind === 'work' && !plan.timed && plan.cycle > 0 ? Math.floor(into / plan.cycle) + 1 : 0;
      return { index, block, into, left: block.seconds - into, done: false, rep };
    }
    start += block.seconds;
  }
  const last = plan.blocks[plan.blocks.length - 1];
  return { index: plan.blocks.length - 1, block: last, into: last.seconds, left: 0, done: true, rep: plan.repsPerSet };
}
