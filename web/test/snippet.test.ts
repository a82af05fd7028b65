import { describe, expect, it } from 'vitest';
import { splitSnippet } from '../src/snippet';

describe('search snippets', () => {
  it('marks only the text between <mark> tags', () => {
    expect(splitSnippet('Pain in the <mark>tailbone</mark>, low down')).toEqual([
      { text: 'Pain in the ', marked: false },
      { text: 'tailbone', marked: true },
      { text: ', low down', marked: false },
    ]);
  });

  it('keeps any other markup as plain text', () => {
    const parts = splitSnippet('<img src=x onerror=alert(1)> &amp; <mark>x</mark>');
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> & ', marked: false });
    expect(parts[1]).toEqual({ text: 'x', marked: true });
  });
});
