// The line above the queue: how many rows of each band. The band is the server's (the core's
// care queue decides it); this only counts what it was given.
import type { Priority, QueueEntry } from '../../api/console';

export function countByPriority(entries: Pick<QueueEntry, 'priority'>[]): Record<Priority, number> {
  const counts: Record<Priority, number> = { safety: 0, attention: 0, settled: 0 };
  for (const e of entries) counts[e.priority]++;
  return counts;
}
