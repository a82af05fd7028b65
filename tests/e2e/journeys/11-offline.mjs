// A session done offline: Maya (from 10-member.mjs; signed up here through the API when that
// journey did not run) loads today's session, loses the connection, finishes the session and
// sees it waiting; back online it is sent, and the API holds it exactly once, even when the
// same session is sent again. Her result, read once online, still shows offline after a reload:
// the service worker keeps the answer of GET /me/assessment until she logs out.
import { checkAccessibility, expect } from '../harness.mjs';
import { apiClient, doTodaysSession, MAYA, PASSWORD } from './10-member.mjs';

const INTAKE = {
  age: 41,
  duration_weeks: 8,
  pain_now: 5,
  locations: ['sacrum_left', 'buttock_left'],
  points_to_one_spot: true,
  aggravating: ['sitting', 'standing_one_leg'],
  red_flags: {},
  prefs: { minutes_per_day: 15, floor_ok: true, kneeling_ok: true, equipment: ['mat'] },
};

const MEMBER_CACHE = 'motus-member-data';
const ASSESSMENT = '/api/v1/me/assessment';

/**
 * Asks `check` in the page until it answers true. Playwright's waitForFunction takes the promise
 * of an async check for a true answer without waiting for it, so it cannot wait on a cache.
 */
async function until(page, check, arg, failure, timeout = 10000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(check, arg))) {
    if (Date.now() > end) throw new Error(failure);
    await page.waitForTimeout(100);
  }
}

const workerActive = async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated';

/** The answer the service worker keeps for `path`, read from its cache (null when none). */
const keptAnswer = (page, path) =>
  page.evaluate(
    async ([cache, url]) => {
      const kept = await (await caches.open(cache)).match(url, { ignoreVary: true });
      return kept ? kept.json() : null;
    },
    [MEMBER_CACHE, path],
  );

/** Maya with a program, whether or not the member journey ran before. */
async function mayaWithProgram(server) {
  const api = apiClient(server.url);
  if ((await api.logIn(MAYA.email, PASSWORD)) !== 200) {
    await api.signUp(MAYA, PASSWORD);
    const intake = await api.call('POST', '/api/v1/me/intake', INTAKE);
    expect(intake.status === 201 && intake.json.program, `the intake answered ${intake.status}`);
  }
  return api;
}

export default async function ({ server, browser, withPage, WIDTHS }) {
  const phone = WIDTHS.find((w) => w.name === 'phone').viewport;
  return [
    [
      '[phone] a session finished offline waits on the device and is sent once when back online',
      () =>
        withPage(phone, async (page) => {
          const api = await mayaWithProgram(server);
          const before = await api.sessionsDone();
          await browser.context.clearCookies();
          try {
            await page.goto(`${server.url}/login`);
            await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
            await checkAccessibility(page, 'log in');
            await page.getByLabel('Email').fill(MAYA.email);
            await page.getByLabel('Password').fill(PASSWORD);
            await page.getByRole('button', { name: 'Log in' }).click();
            await page.waitForURL(/\/today$/);
            // Today's session and its exercises must pass through the service worker to be kept.
            await until(page, workerActive, null, 'the service worker did not install', 20000);
            await page.reload();
            expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker does not control the page');
            await page.getByRole('button', { name: 'Start', exact: true }).waitFor();

            await browser.context.setOffline(true);
            await page.reload();
            await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
            await doTodaysSession(page, { check: false });
            await page.getByRole('heading', { name: 'Saved on this device' }).waitFor();
            await page.getByText('1 session waiting to be sent').first().waitFor();
            await checkAccessibility(page, 'session waiting offline');
            const waiting = await page.evaluate(() => JSON.parse(localStorage.getItem('motus.waiting-sessions') ?? '[]'));
            expect(waiting.length === 1, `${waiting.length} sessions wait on the device`);
            expect((await api.sessionsDone()) === before, 'the session reached the server while offline');

            await browser.context.setOffline(false);
            await page.getByText('Your session was sent').waitFor({ timeout: 15000 });
            // The "sent" line clears itself after a few seconds.
            await page.getByText('Your session was sent').waitFor({ state: 'detached', timeout: 10000 });
            expect((await api.sessionsDone()) === before + 1, 'the session is not stored exactly once');
            const again = await api.call('POST', '/api/v1/me/sessions', waiting[0].report);
            expect(again.status === 200, `sending the same session again answered ${again.status}`);
            expect((await api.sessionsDone()) === before + 1, 'a resend stored the session twice');
            expect(
              (await page.evaluate(() => localStorage.getItem('motus.waiting-sessions'))) === '[]',
              'the sent session is still waiting',
            );
          } finally {
            await browser.context.setOffline(false);
            await browser.context.clearCookies();
          }
        }),
    ],
    [
      '[phone] offline, a reload of the result still shows it; logging out drops the kept copy',
      () =>
        withPage(phone, async (page) => {
          const api = await mayaWithProgram(server);
          const stored = await api.call('GET', ASSESSMENT);
          expect(stored.status === 200 && stored.json.assessment, `the assessment answered ${stored.status}`);
          const resultShows = async () => {
            await page.getByRole('heading', { level: 1, name: 'What your answers suggest' }).waitFor();
            await page.getByText(/From the questions you answered on/).waitFor();
          };
          await browser.context.clearCookies();
          try {
            await page.goto(`${server.url}/login?next=${encodeURIComponent('/result')}`);
            await page.getByLabel('Email').fill(MAYA.email);
            await page.getByLabel('Password').fill(PASSWORD);
            await page.getByRole('button', { name: 'Log in' }).click();
            await page.waitForURL(/\/result$/);
            await resultShows();
            await until(page, workerActive, null, 'the service worker did not install', 20000);
            // Read once more under the worker's control, so the answer passes through it.
            await page.reload();
            expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker does not control the page');
            await resultShows();
            await until(
              page,
              async ([cache, url]) => (await (await caches.open(cache)).match(url, { ignoreVary: true })) !== undefined,
              [MEMBER_CACHE, ASSESSMENT],
              'the service worker did not keep the result',
            );
            const kept = await keptAnswer(page, ASSESSMENT);
            expect(kept?.taken_at === stored.json.taken_at, 'the worker keeps a different result than the server holds');

            await browser.context.setOffline(true);
            await page.reload();
            await resultShows();
            await checkAccessibility(page, 'result offline');
            const offline = await page.evaluate(async (url) => {
              // As the app asks (api.ts): the kept answer varies by Accept-Language.
              const answer = await fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang } });
              return { status: answer.status, body: await answer.json() };
            }, ASSESSMENT);
            expect(
              offline.status === 200 && offline.body.taken_at === stored.json.taken_at,
              `offline, the worker answered ${offline.status} for the result`,
            );
            await browser.context.setOffline(false);

            await page.goto(`${server.url}/account`);
            await page.getByRole('button', { name: 'Log out' }).click();
            await page.waitForURL(`${server.url}/`);
            await until(
              page,
              async ([cache, url]) => (await (await caches.open(cache)).match(url, { ignoreVary: true })) === undefined,
              [MEMBER_CACHE, ASSESSMENT],
              'the result is still kept on the device after logging out',
              5000,
            );
          } finally {
            await browser.context.setOffline(false);
            await browser.context.clearCookies();
          }
        }),
    ],
  ];
}
