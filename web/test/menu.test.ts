import { describe, expect, it } from 'vitest';
import { currentLink, phoneMenu } from '../src/menu';

const links = ['/', '/exercises', '/admin/organizations', '/admin/staff', '/admin/audit', '/care'];

describe('the menu marks the page you are on', () => {
  it('marks the deepest link that holds the path', () => {
    expect(currentLink('/admin/staff', links)).toBe('/admin/staff');
    expect(currentLink('/admin/organizations/abc/roster', links)).toBe('/admin/organizations');
    expect(currentLink('/care/members/42', links)).toBe('/care');
    expect(currentLink('/exercises/bridge', links)).toBe('/exercises');
  });
  it('marks home only on the home page', () => {
    expect(currentLink('/', links)).toBe('/');
    expect(currentLink('/articles', links)).toBeUndefined();
  });
  it('does not mistake a longer name for a folder', () => {
    expect(currentLink('/careers', links)).toBeUndefined();
  });
});

describe("a member's phone menu", () => {
  const nav = ['/', '/exercises', '/today', '/progress', '/messages', '/account'].map((href) => ({ href }));
  it('puts the four sections in the tab bar, in order, and the rest under More', () => {
    const { tabs, more } = phoneMenu(nav, true);
    expect(tabs.map((l) => l.href)).toEqual(['/today', '/progress', '/messages', '/account']);
    expect(more.map((l) => l.href)).toEqual(['/', '/exercises']);
  });
  it('gives staff and visitors no tab bar', () => {
    expect(phoneMenu(nav, false)).toEqual({ tabs: [], more: nav });
  });
});
