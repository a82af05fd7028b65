// Paging through the audit log, which the server hands out oldest first after a sequence number.
// The viewer opens on the newest page and steps back and forth by whole pages.

/** The `after` that shows the newest `limit` rows of a log with `rows` rows numbered from 1. */
export function newestAfter(rows: number, limit: number): number {
  return Math.max(0, rows - limit);
}

export function olderAfter(after: number, limit: number): number | null {
  return after <= 0 ? null : Math.max(0, after - limit);
}

export function newerAfter(after: number, limit: number, rows: number): number | null {
  return after + limit >= rows ? null : after + limit;
}

/** Reads a whole number from the address bar; anything else gives the fallback. */
export function wholeOr(text: string | null, fallback: number, low: number, high: number): number {
  if (text === null || !/^\d+$/.test(text)) return fallback;
  return Math.min(high, Math.max(low, Number(text)));
}
