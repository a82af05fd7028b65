// Which main-menu link stands for the page on screen (marked with aria-current).

/** The menu link for a path: the longest link that is the path or a folder above it. */
export function currentLink(path: string, hrefs: string[]): string | undefined {
  const within = (href: string) => path === href || (href !== '/' && path.startsWith(href + '/'));
  return hrefs.filter(within).sort((a, b) => b.length - a.length)[0];
}
