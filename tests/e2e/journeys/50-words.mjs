// No raw ids or internal words on any screen: walks every member, therapist and admin screen
// (after the other journeys made their data) and fails on snake_case words (buttock_right),
// words from a short internal list ("tier:", "trimester3", "Reps 0", "undefined") and exercise
// ids as link text.
import { checkAccessibility, expect, launchBrowser } from '../harness.mjs';
import { MAYA, PASSWORD } from './10-member.mjs';

const INTERNAL = [/\btier:/i, /trimester\d/i, /\bReps 0\b/, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, /\[object/, /\bred_flags?\b/];
const SNAKE = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;

/** The raw words on the page's main part and menus, as a list of problems. */
async function rawWords(page, exerciseIds) {
  const text = await page.locator('main').innerText();
  const found = [...new Set(text.match(SNAKE) ?? [])].map((w) => `snake_case "${w}"`);
  for (const re of INTERNAL) if (re.test(text)) found.push(`internal "${text.match(re)[0]}"`);
  const links = await page.locator('main a').allInnerTexts();
  for (const l of links) if (exerciseIds.has(l.trim())) found.push(`exercise id as link text "${l.trim()}"`);
  return found;
}

async function logIn(page, base, email, password, landing) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname === landing);
}

/** Opens each path as `who` in a browser of its own and collects the raw words per screen. */
async function walk(base, viewport, who, paths, exerciseIds, more = async () => [], minMore = 0) {
  const browser = await launchBrowser();
  const problems = [];
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    page.setDefaultTimeout(10000);
    await logIn(page, base, who.email, who.password, who.landing);
    const visit = async (path) => {
      await page.goto(base + path);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      for (const p of await rawWords(page, exerciseIds)) problems.push(`${path}: ${p}`);
    };
    for (const path of paths) await visit(path);
    const found = await more(page);
    expect(found.length >= minMore, `${who.email}: only ${found.length} linked screens to walk`);
    for (const path of found) await visit(path);
    await checkAccessibility(page, `${who.email} last screen`);
  } finally {
    await browser.close();
  }
  return problems;
}

export default async function ({ server, WIDTHS }) {
  const base = server.url;
  const all = await (await fetch(`${base}/api/v1/exercises`)).json();
  const ids = new Set(all.exercises.map((e) => e.id));
  const member = { email: MAYA.email, password: PASSWORD, landing: '/today' };
  const therapist = { email: 'pt@demo.example', password: server.demoPassword, landing: '/care' };
  const admin = { email: 'admin@demo.example', password: server.demoPassword, landing: '/admin/organizations' };
  const hrefs = (selector) => async (page) => {
    await page.goto(base + selector.path);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    return [...new Set(await page.locator(selector.links).evaluateAll((as) => as.map((a) => new URL(a.href).pathname)))];
  };
  return WIDTHS.map(({ name: width, viewport }) => [
    `[${width}] no raw ids or internal words on the member's, the therapist's and the admin's screens`,
    async () => {
      const problems = [
        ...(await walk(base, viewport, member, ['/today', '/result', '/progress', '/check-in', '/questionnaires', '/messages', '/account'], ids)),
        ...(await walk(base, viewport, therapist, ['/care', '/account'], ids, hrefs({ path: '/care', links: 'main a[href^="/care/members/"]' }), 1)),
        ...(await walk(base, viewport, admin, ['/admin/organizations', '/admin/staff', '/admin/audit', '/account'], ids,
          hrefs({ path: '/admin/staff', links: 'main a[href^="/admin/staff/"]' }), 1)),
      ];
      expect(problems.length === 0, `${problems.length} raw words: ${problems.join('; ')}`);
    },
  ]);
}
