import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api';
import type { SessionReport } from '../src/api/member';
import { enqueue, flush, outcomeOf, waiting, type Shelf } from '../src/offline/queue';

function memoryShelf(start: string | null = null): Shelf & { text: string | null } {
  const shelf = {
    text: start,
    read: () => shelf.text,
    write: (t: string) => {
      shelf.text = t;
    },
  };
  return shelf;
}

const report = (id: string): SessionReport => ({ client_id: id, pain_before: 3, pain_after: 2, exercises: [] });
const item = (id: string, accountId = 'maya') => ({ accountId, report: report(id), finishedAt: '2026-11-24T08:00:00Z' });

describe('the waiting list', () => {
  it('starts empty and survives damaged storage', () => {
    expect(waiting(memoryShelf())).toEqual([]);
    expect(waiting(memoryShelf('{not json'))).toEqual([]);
    expect(waiting(memoryShelf('{"a":1}'))).toEqual([]);
  });

  it('keeps one entry per client id', () => {
    const shelf = memoryShelf();
    enqueue(shelf, item('a'));
    enqueue(shelf, item('b'));
    enqueue(shelf, item('a'));
    expect(waiting(shelf).map((w) => w.report.client_id)).toEqual(['b', 'a']);
  });
});

describe('sending', () => {
  it('sends in order and empties the list', async () => {
    const shelf = memoryShelf();
    enqueue(shelf, item('a'));
    enqueue(shelf, item('b'));
    const sent: string[] = [];
    const result = await flush(shelf, 'maya', async (r) => sent.push(r.client_id));
    expect(sent).toEqual(['a', 'b']);
    expect(result).toEqual({ sent: 2, dropped: 0, left: 0 });
    expect(waiting(shelf)).toEqual([]);
  });

  it('keeps sessions while there is no connection', async () => {
    const shelf = memoryShelf();
    enqueue(shelf, item('a'));
    const result = await flush(shelf, 'maya', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(result).toEqual({ sent: 0, dropped: 0, left: 1 });
    expect(waiting(shelf)).toHaveLength(1);
  });

  it('drops a session the server refuses for good, keeps one refused for a missing login', async () => {
    const shelf = memoryShelf();
    enqueue(shelf, item('refused'));
    enqueue(shelf, item('later'));
    const result = await flush(shelf, 'maya', (r) =>
      Promise.reject(r.client_id === 'refused' ? new ApiError(400, 'not in your program') : new ApiError(401, 'log in')),
    );
    expect(result).toEqual({ sent: 0, dropped: 1, left: 1 });
    expect(waiting(shelf).map((w) => w.report.client_id)).toEqual(['later']);
  });

  it("never sends another account's session", async () => {
    const shelf = memoryShelf();
    enqueue(shelf, item('mine'));
    enqueue(shelf, item('theirs', 'priya'));
    const sent: string[] = [];
    await flush(shelf, 'maya', async (r) => sent.push(r.client_id));
    expect(sent).toEqual(['mine']);
    expect(waiting(shelf).map((w) => w.accountId)).toEqual(['priya']);
  });

  it('reads failures by status', () => {
    expect(outcomeOf(new TypeError('offline'))).toBe('keep');
    expect(outcomeOf(new ApiError(503, 'busy'))).toBe('keep');
    expect(outcomeOf(new ApiError(429, 'slow down'))).toBe('keep');
    expect(outcomeOf(new ApiError(400, 'bad'))).toBe('drop');
  });
});
