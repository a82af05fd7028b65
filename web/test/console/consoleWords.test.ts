import { describe, expect, it } from 'vitest';
import { newerAfter, newestAfter, olderAfter, wholeOr } from '../../src/screens/console/auditPaging';
import { errorsByField } from '../../src/screens/console/fieldErrors';
import { flagWords } from '../../src/screens/console/flagWords';
import { countByPriority } from '../../src/screens/console/queueCounts';
import { figureText, hiddenText } from '../../src/screens/console/reportFigures';

describe('queue priority', () => {
  it("counts each of the server's bands", () => {
    const counts = countByPriority([{ priority: 'safety' }, { priority: 'attention' }, { priority: 'settled' }, { priority: 'settled' }]);
    expect(counts).toEqual({ safety: 1, attention: 1, settled: 2 });
  });
});

describe('audit paging', () => {
  it('opens on the newest page', () => {
    expect(newestAfter(250, 100)).toBe(150);
    expect(newestAfter(40, 100)).toBe(0);
  });
  it('steps by whole pages and stops at either end', () => {
    expect(olderAfter(150, 100)).toBe(50);
    expect(olderAfter(50, 100)).toBe(0);
    expect(olderAfter(0, 100)).toBeNull();
    expect(newerAfter(50, 100, 250)).toBe(150);
    expect(newerAfter(150, 100, 250)).toBeNull();
  });
  it('reads whole numbers from the address and keeps them in range', () => {
    expect(wholeOr('500', 100, 1, 1000)).toBe(500);
    expect(wholeOr('5000', 100, 1, 1000)).toBe(1000);
    expect(wholeOr('-3', 100, 1, 1000)).toBe(100);
    expect(wholeOr('ten', 100, 1, 1000)).toBe(100);
    expect(wholeOr(null, 100, 1, 1000)).toBe(100);
  });
});

describe('report figures', () => {
  it('shows counts and percentages, and says why a small count is hidden', () => {
    expect(figureText(1234, 11)).toBe('1,234');
    expect(figureText(42, 11, true)).toBe('42%');
    expect(figureText(null, 11)).toBe(hiddenText(11));
    expect(hiddenText(11)).toContain('fewer than 11 people');
  });
});

describe('field errors', () => {
  it('keys messages by field and joins two about one field', () => {
    expect(
      errorsByField([
        { field: 'note', message: 'Write a note.' },
        { field: 'exercises[0].sets', message: 'sets must be between 1 and 10.' },
        { field: 'note', message: 'Keep it short.' },
      ]),
    ).toEqual({ note: 'Write a note. Keep it short.', 'exercises[0].sets': 'sets must be between 1 and 10.' });
  });
});

describe('care flag words', () => {
  it('says what a PHQ-9 safety flag means and where it came from', () => {
    const words = flagWords({ kind: 'self_harm_thoughts', source: 'instrument', reason_codes: ['phq9_item_9'] });
    expect(words.what).toContain('PHQ-9, question 9');
    expect(words.where).toBe('from a questionnaire');
    expect(words.codes).toBe('phq9 item 9');
  });
  it('still says something for a flag it has no words for', () => {
    const words = flagWords({ kind: 'new_kind', source: 'somewhere_else', reason_codes: [] });
    expect(words.what).toBe('new kind.');
    expect(words.where).toBe('from somewhere else');
    expect(words.codes).toBe('');
  });
});
