// A session done offline: Maya (from 10-member.mjs; signed up here through the API when that
// journey did not run) loads today's session, loses the connection, finishes the session and
// sees it waiting; back online it is sent, and the API holds it exactly once, even when the
// same session is sent again.
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
            await page
              .waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', null, { timeout: 20000 })
              .catch(() => {
                throw new Error('the service worker did not install');
              });
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
  ];
}
