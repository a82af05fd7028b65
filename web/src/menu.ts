// Which main-menu link stands for the page on screen (marked with aria-current).

/** The menu link for a path: the longest link that is the path or a folder above it. */
export function currentLink(path: string, hrefs: string[]): string | undefined {
  const within = (href: string) => path === href || (href !== '/' && path.startsWith(href + '/'));
  return hrefs.filter(within).sort((a, b) => b.length - a.length)[0];
}

/** A member's four sections: the tab bar at the foot of a phone screen. */
export const MEMBER_TABS = ['/today', '/progress', '/messages', '/account'];

/**
 * The menu split for a phone: a member's sections go to the tab bar (in MEMBER_TABS order) and
 * every other link (the public library, Home) to the small "More" menu. Others keep one menu.
 */
export function phoneMenu<L extends { href: string }>(links: L[], member: boolean): { tabs: L[]; more: L[] } {
  if (!member) return { tabs: [], more: links };
  const tabs = MEMBER_TABS.map((href) => links.find((l) => l.href === href)).filter((l): l is L => l !== undefined);
  return { tabs, more: links.filter((l) => !MEMBER_TABS.includes(l.href)) };
}
