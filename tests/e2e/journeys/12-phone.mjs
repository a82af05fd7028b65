// The member's phone screens at 390 × 844 (an everyday phone): a tab bar of Today, Progress,
// Messages and Account at the foot, the public pages under "More", and in today's session the
// current exercise with its Start and "This hurts" controls on one screen without scrolling.
// Desktop keeps the top menu and no tab bar. Maya (from 10-member.mjs; signed up here through
// the API when that journey did not run) is the member.
import { checkAccessibility, expect } from '../harness.mjs';
import { apiClient, MAYA, PASSWORD } from './10-member.mjs';

export const PHONE = { width: 390, height: 844 };

export const INTAKE = {
  age: 46,
  duration_weeks: 6,
  pain_now: 4,
  locations: ['sacrum_right', 'buttock_right'],
  points_to_one_spot: true,
  aggravating: ['sitting', 'standing_one_leg'],
  red_flags: {},
  prefs: { minutes_per_day: 15, floor_ok: true, kneeling_ok: true, equipment: ['mat'] },
};

/** Maya with a program (signed up once per run), logged in in the page through the form. */
export async function mayaInThePage(server, page, next) {
  const api = apiClient(server.url);
  if ((await api.logIn(MAYA.email, PASSWORD)) !== 200) {
    await api.signUp(MAYA, PASSWORD);
    const intake = await api.call('POST', '/api/v1/me/intake', INTAKE);
    expect(intake.status === 201 && intake.json.program, `the intake answered ${intake.status}`);
  }
  await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(MAYA.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname === next);
  // Start from a clean slate: no half-done session kept on the device by an earlier test.
  if (await page.evaluate(() => localStorage.getItem('motus.session-run') !== null)) {
    await page.evaluate(() => localStorage.removeItem('motus.session-run'));
    await page.reload();
  }
  return api;
}

/** The element's box in the viewport, failing when it is not fully on screen above `bottom`. */
async function onScreen(locator, what, bottom) {
  const box = await locator.evaluate((el) => el.getBoundingClientRect().toJSON());
  expect(box.top >= 0 && box.bottom <= bottom && box.height > 0,
    `${what} is at ${box.top.toFixed(0)}–${box.bottom.toFixed(0)} px, not within 0–${bottom.toFixed(0)} px`);
  return box;
}

export default async function ({ server, browser, withPage, WIDTHS }) {
  const desktop = WIDTHS.find((w) => w.name === 'desktop').viewport;
  return [
    ['[390×844] a member has a tab bar; the public pages are under More', () =>
      withPage(PHONE, async (page) => {
        await browser.context.clearCookies();
        await mayaInThePage(server, page, '/today');
        const tabs = page.getByRole('navigation', { name: 'Your sections' });
        await tabs.waitFor();
        const names = await tabs.getByRole('link').allInnerTexts();
        expect(names.join() === 'Today,Progress,Messages,Account', `the tab bar holds ${names.join(', ')}`);
        const bar = await tabs.evaluate((el) => el.getBoundingClientRect().toJSON());
        expect(Math.round(bar.bottom) === PHONE.height && bar.height <= 70, `the tab bar is at ${bar.top}–${bar.bottom} px`);
        const header = await page.locator('header.top').evaluate((el) => el.getBoundingClientRect().height);
        expect(header <= 60, `the header takes ${header} px on a phone`);
        expect((await tabs.getByRole('link', { name: 'Today' }).getAttribute('aria-current')) === 'page', 'Today is not marked as the page');
        await checkAccessibility(page, 'today with the tab bar');
        await page.getByText('More', { exact: true }).click();
        await page.getByRole('link', { name: 'Exercises' }).click();
        await page.waitForURL(/\/exercises$/);
        await tabs.getByRole('link', { name: 'Progress' }).click();
        await page.waitForURL(/\/progress$/);
        expect((await tabs.getByRole('link', { name: 'Progress' }).getAttribute('aria-current')) === 'page', 'Progress is not marked');
        await checkAccessibility(page, 'progress with the tab bar');
      })],

    ["[390×844] the session's current exercise, Start and This hurts fit one screen", () =>
      withPage(PHONE, async (page) => {
        await mayaInThePage(server, page, '/today');
        await page.getByRole('button', { name: 'Start', exact: true }).click();
        await page.locator('#pain-before').fill('3');
        await page.getByRole('button', { name: 'Begin the first exercise' }).click();
        await page.getByText(/^Exercise 1 of/).waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(100);
        const tabTop = await page.getByRole('navigation', { name: 'Your sections' }).evaluate((el) => el.getBoundingClientRect().top);
        expect(tabTop < PHONE.height, 'no tab bar in the session');
        await checkAccessibility(page, 'session player on a phone');
        // Every exercise of the session, standing or lying, fits: skip through them all.
        const count = Number((await page.locator('.step-count').innerText()).match(/of (\d+)/)[1]);
        for (let i = 1; i <= count; i++) {
          await page.getByText(`Exercise ${i} of ${count}`).waitFor();
          await page.evaluate(() => window.scrollTo(0, 0));
          const name = await page.locator('.runner-title').innerText();
          await onScreen(page.locator('.runner-title'), `${name}: the exercise name`, tabTop);
          await onScreen(page.locator('svg.figure'), `${name}: the moving figure`, tabTop);
          await onScreen(page.getByRole('button', { name: 'Start', exact: true }), `${name}: Start`, tabTop);
          await onScreen(page.getByRole('button', { name: 'This hurts' }), `${name}: This hurts`, tabTop);
          await page.getByRole('button', { name: 'Skip this exercise' }).click();
        }
        await page.getByRole('heading', { name: 'Well done' }).waitFor();
        await page.evaluate(() => localStorage.removeItem('motus.session-run'));
      })],

    ['[390×844] "This hurts" offers a lighter dose before skipping; the steps read; the time left counts down', () =>
      withPage(PHONE, async (page) => {
        await mayaInThePage(server, page, '/today');
        await page.getByRole('button', { name: 'Start', exact: true }).click();
        await page.locator('#pain-before').fill('3');
        await page.getByRole('button', { name: 'Begin the first exercise' }).click();
        await page.getByText(/^Exercise 1 of/).waitFor();
        const name = await page.locator('.runner-title').innerText();
        const exercise = await (await fetch(`${server.url}/api/v1/exercises`)).json();
        const id = exercise.exercises.find((e) => e.name === name).id;
        const detail = await (await fetch(`${server.url}/api/v1/exercises/${id}`)).json();
        // The steps are one tap away, in order.
        await page.getByText(/^How to do it/).click();
        const steps = await page.locator('.steps-box li').allInnerTexts();
        expect(steps.length === detail.steps.length && steps[0] === detail.steps[0], `the player shows ${steps.length} of ${detail.steps.length} steps`);
        expect(await page.locator('.steps-box li').first().isVisible(), 'the steps are not readable');
        // This hurts: a lighter dose (and the easier version when there is one) before skipping.
        await page.getByRole('button', { name: 'This hurts' }).click();
        const panel = page.getByRole('region', { name: 'If this hurts' });
        const offered = await panel.getByRole('button').allInnerTexts();
        const want = ['Try a lighter dose', ...(detail.easier ? ['Try the easier version'] : []), 'Skip this exercise'];
        expect(offered.join('|') === want.join('|'), `This hurts offers ${offered.join(', ')}`);
        await checkAccessibility(page, 'this hurts');
        await panel.getByRole('button', { name: 'Try a lighter dose' }).click();
        await page.getByText(/^A lighter dose:/).waitFor();
        expect(/^Set 1 of 1/.test(await page.locator('.set-line').innerText()), 'the lighter dose is not one set');
        // The time left counts down while the exercise runs.
        const left = () => page.locator('.time-left').innerText();
        const first = await left();
        expect(/^\d+:\d\d left$/.test(first), `time left reads "${first}"`);
        await page.getByRole('button', { name: 'Start', exact: true }).click();
        await page.waitForFunction((was) => document.querySelector('.time-left')?.textContent !== was, first, { timeout: 5000 })
          .catch(() => { throw new Error(`the time left stayed at ${first}`); });
        await page.getByRole('button', { name: 'Pause' }).click();
        await page.evaluate(() => localStorage.removeItem('motus.session-run'));
      })],

    ['[desktop] a member keeps the top menu and no tab bar', () =>
      withPage(desktop, async (page) => {
        await mayaInThePage(server, page, '/today');
        const top = page.getByRole('navigation', { name: 'Main' });
        for (const name of ['Today', 'Progress', 'Messages', 'Account', 'Exercises']) await top.getByRole('link', { name, exact: true }).waitFor();
        expect(!(await page.getByRole('navigation', { name: 'Your sections' }).isVisible()), 'desktop shows the tab bar');
        expect(!(await page.getByText('More', { exact: true }).isVisible()), 'desktop shows the More menu');
        await checkAccessibility(page, 'today on desktop');
        await browser.context.clearCookies();
      })],
  ];
}
