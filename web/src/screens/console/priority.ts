// How the queue marks each member. The server ranks and words the reasons; the mark only sorts
// its score into three bands so the most pressing rows stand out by label and colour together.
// The bands follow the weights in src/core/care/queue.hpp: a PHQ-9 safety answer, an emergency
// or urgent warning sign or a severe PHQ-9 score each weigh 800 or more, while every softer signal
// together (rising pain, silence, unread messages) stays below that.
import type { QueueEntry } from '../../api/console';

export type Priority = 'safety' | 'attention' | 'settled';

export const SAFETY_SCORE = 800;

export function priorityOf(entry: Pick<QueueEntry, 'score' | 'needs_attention'>): Priority {
  if (entry.score >= SAFETY_SCORE) return 'safety';
  return entry.needs_attention ? 'attention' : 'settled';
}

export const PRIORITY_WORDS: Record<Priority, string> = {
  safety: 'Safety first',
  attention: 'Needs attention',
  settled: 'Doing fine',
};

/** How many rows of each band, for the line above the table. */
export function countByPriority(entries: Pick<QueueEntry, 'score' | 'needs_attention'>[]): Record<Priority, number> {
  const counts: Record<Priority, number> = { safety: 0, attention: 0, settled: 0 };
  for (const e of entries) counts[priorityOf(e)]++;
  return counts;
}
