// The member's first day in Chromium, at phone and desktop width: sign up against the demo
// roster, answer the intake (pain marked on the body map by clicks), read the result, do
// today's session in the player and see what changed. Before the intake Today invites them to
// answer the questions; the result reads the same on a new device (a browser of its own, after
// a reload). An intake with a history of cancer shows the urgent screen and one with saddle
// numbness the emergency screen; neither offers a session, and Today then says to see a doctor.
// Maya Fernsby (phone) and Priya Nandal (desktop) are this journey's people; 11-offline.mjs logs
// Maya in again.
import { checkAccessibility, expect, launchBrowser } from '../harness.mjs';

export const PASSWORD = 'blue kettle sings at noon';
export const MAYA = { first: 'Maya', last: 'Fernsby', born: '1985-04-12', email: 'maya.fernsby@demo.example' };
const PRIYA = { first: 'Priya', last: 'Nandal', born: '1990-06-21', email: 'priya.nandal@demo.example' };

/** A small API client with a Bearer token, for checks from outside the browser. */
export function apiClient(base) {
  let token = null;
  const call = async (method, path, body) => {
    // Origin as a browser on our pages sends it: logins and sign-ups are refused without it.
    const headers = { Accept: 'application/json', Origin: base };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
  return {
    call,
    async logIn(email, password) {
      const r = await call('POST', '/api/v1/auth/login', { email, password, bearer: true });
      if (r.status === 200) token = r.json.token;
      return r.status;
    },
    async signUp(who, password) {
      const r = await call('POST', '/api/v1/auth/signup', {
        first_name: who.first, last_name: who.last, date_of_birth: who.born, email: who.email, enrollment_code: 'DEMO', password, bearer: true,
      });
      expect(r.status === 201, `sign-up of ${who.email} answered ${r.status}`);
      token = r.json.token;
    },
    async sessionsDone() {
      const r = await call('GET', '/api/v1/me/progress');
      expect(r.status === 200, `progress answered ${r.status}`);
      return r.json.adherence.sessions_done;
    },
  };
}

export const next = (page) => page.getByRole('button', { name: 'Next', exact: true }).click();
export const stepTitle = (page, title) => page.getByRole('heading', { level: 2, name: title }).waitFor();
// Clicks the answer's label, as a person taps it (the pain scale's own radio dots are hidden).
export async function choose(page, question, answer) {
  const radio = page.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true });
  await radio.locator('xpath=ancestor::label[1]').click();
  expect(await radio.isChecked(), `"${answer}" was not chosen for ${question}`);
}

export const focused = (page, id) =>
  page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 3000 }).catch(() => {
    throw new Error(`focus did not move to #${id}`);
  });

async function signUpInBrowser(page, who) {
  await page.getByRole('link', { name: 'Sign up' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Sign up' }).waitFor();
  await checkAccessibility(page, 'sign-up');
  await page.getByRole('button', { name: 'Check if I am covered' }).click();
  await page.locator('.field-error').first().waitFor();
  await focused(page, 'field-first_name');
  await page.getByLabel('First name').fill(who.first);
  await page.getByLabel('Last name').fill(who.last);
  await page.getByLabel('Date of birth').fill(who.born);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Enrollment code (if you have one)').fill('DEMO');
  await page.getByRole('button', { name: 'Check if I am covered' }).click();
  await page.getByRole('heading', { name: 'Good news: you are covered' }).waitFor();
  expect(await page.getByText('Demo Employer').isVisible(), 'the sponsor is not named');
  expect(await page.getByText('At least 12 characters').isVisible(), 'the password rule is not explained up front');
  await page.getByLabel('Choose a password').fill('too short');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.locator('#field-password-error').waitFor();
  await focused(page, 'field-password');
  await checkAccessibility(page, 'choose a password');
  await page.getByLabel('Choose a password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.waitForURL(/\/start$/);
  await page.getByRole('link', { name: 'Today' }).waitFor();
}

/**
 * Runs `check` on /result as a new device shows it: a browser of its own, logged in there, and
 * again after a reload. The page must make no failing request.
 */
async function resultOnANewDevice(server, who, viewport, check) {
  const other = await launchBrowser();
  try {
    const page = await other.context.newPage();
    await page.setViewportSize(viewport);
    page.setDefaultTimeout(10000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/login?next=${encodeURIComponent('/result')}`);
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/result$/);
    await check(page);
    await page.reload();
    await check(page);
    expect(errors.length === 0, `errors on the new device: ${errors.join(' | ')}`);
  } finally {
    await other.close();
  }
}

/** Answers every intake step; `warning` names the one warning-sign question answered yes. */
async function answerIntake(page, { warning = null, emergency = false, shot = null }) {
  await stepTitle(page, 'About you');
  expect((await page.locator('.step-count').innerText()).startsWith('Step 1 of'), 'no "Step 1 of" progress');
  await checkAccessibility(page, 'intake: about you');
  await next(page);
  await page.locator('#field-age-error').waitFor();
  await page.getByLabel('How old are you?').fill('41');
  await choose(page, 'What is your sex?', 'Female');
  await next(page);

  await stepTitle(page, 'Pregnancy');
  await choose(page, 'Are you pregnant, or have you had a baby recently?', 'No');
  await checkAccessibility(page, 'intake: pregnancy');
  await next(page);

  await stepTitle(page, 'How it started');
  await page.getByLabel('How long have you had this pain?').fill('8');
  await page.getByLabel('Counted in').selectOption('weeks');
  await choose(page, 'How did it start?', 'Slowly, over days or weeks');
  await choose(page, 'Did something set it off?', 'Lifting something');
  await checkAccessibility(page, 'intake: how it started');
  await page.getByRole('button', { name: 'Back' }).click();
  await stepTitle(page, 'Pregnancy');
  expect(await page.getByRole('radio', { name: 'No', exact: true }).isChecked(), 'an answer was lost going back');
  await next(page);
  await stepTitle(page, 'How it started');
  expect((await page.getByLabel('How long have you had this pain?').inputValue()) === '8', 'the duration was lost');
  await next(page);

  await stepTitle(page, 'How much it hurts');
  await choose(page, 'How much does it hurt right now?', '5');
  await choose(page, 'How much did it hurt at its worst this past week?', '7');
  await checkAccessibility(page, 'intake: pain');
  await next(page);

  await stepTitle(page, 'Where it hurts');
  for (const region of ['sacrum_left', 'buttock_left']) await page.locator(`[data-region="${region}"]`).click();
  expect((await page.locator('[data-region="sacrum_left"]').getAttribute('aria-pressed')) === 'true', 'the map did not mark the sacrum');
  await page.reload();
  await stepTitle(page, 'Where it hurts');
  expect((await page.locator('[data-region="buttock_left"]').getAttribute('aria-pressed')) === 'true', 'a reload lost the body map');
  await choose(page, /Can you point with one finger/, 'Yes');
  await checkAccessibility(page, 'intake: body map');
  if (shot) {
    await page.evaluate(() => document.querySelector('.wizard-progress')?.scrollIntoView());
    await shot(page, 'member-intake');
  }
  await next(page);

  await stepTitle(page, 'Your legs');
  await next(page);

  await stepTitle(page, 'What makes it worse or better');
  for (const what of ['Sitting', 'Standing on one leg', 'Getting in or out of a car']) await page.getByRole('checkbox', { name: what }).check();
  await page.getByRole('checkbox', { name: 'Moving about' }).check();
  await checkAccessibility(page, 'intake: worse or better');
  await next(page);

  await stepTitle(page, 'Mornings, nights and health');
  await choose(page, 'When you get up, how long are you stiff?', 'Less than half an hour');
  await checkAccessibility(page, 'intake: mornings');
  await next(page);

  await stepTitle(page, 'Warning signs');
  await next(page);
  await page.locator('.field-error').first().waitFor();
  for (const group of await page.locator('fieldset.yes-no').all()) await group.getByRole('radio', { name: 'No', exact: true }).check();
  if (warning) await page.getByRole('group', { name: warning }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await checkAccessibility(page, 'intake: warning signs');
  await next(page);
  // An emergency sign (saddle numbness) skips the comfort questions: the safety result comes at once.
  if (warning && emergency) {
    await page.waitForURL(/\/result$/);
    return;
  }

  await stepTitle(page, 'Your exercise time');
  expect(/Step (\d+) of \1/.test(await page.locator('.step-count').innerText()), 'the last step is not "Step N of N"');
  await page.getByLabel('How many minutes a day can you give to exercise?').selectOption('15');
  await choose(page, 'Can you get down onto the floor and back up?', 'Yes');
  await choose(page, 'Can you kneel comfortably?', 'Yes');
  await page.getByRole('checkbox', { name: 'An exercise mat' }).check();
  await checkAccessibility(page, 'intake: exercise time');
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await page.waitForURL(/\/result$/);
}

/** Checks that `button` is refused while the pain slider #id is not chosen: message, focus, no step. */
async function refusedUntilChosen(page, id, button) {
  const slider = page.locator(`#${id}`);
  expect((await slider.getAttribute('aria-valuetext')) === 'not chosen yet', `#${id} starts with a value`);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.locator(`#${id}-error`).waitFor();
  expect(await page.evaluate((want) => document.activeElement?.id === want, id), `the refusal did not focus #${id}`);
  expect(/choose your pain/.test(await page.locator(`#${id}-error`).innerText()), 'the refusal does not say what to do');
}

/** Runs today's session in the player; marks each exercise done after a moment of movement. */
export async function doTodaysSession(page, { painBefore = 4, painAfter = 3, check = true, reloadMidway = false } = {}) {
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await start.waitFor();
  const count = await page.locator('.today-list > li').count();
  expect(count > 0, 'today lists no exercises');
  await start.click();
  const before = page.getByRole('slider', { name: /Before you start/ });
  // Every pain slider has no default: tapping through is refused with focus on the slider.
  await refusedUntilChosen(page, 'pain-before', 'Begin the first exercise');
  await before.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < painBefore; i++) await page.keyboard.press('ArrowRight');
  if (check) await checkAccessibility(page, 'session: pain before');
  await page.getByRole('button', { name: 'Begin the first exercise' }).click();
  for (let i = 1; i <= count; i++) {
    await page.getByText(`Exercise ${i} of ${count}`).waitFor();
    if (i === 1) {
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      if (check) await checkAccessibility(page, 'session: player');
    }
    await page.getByRole('button', { name: 'I have done this one' }).click();
    await page.getByRole('radio', { name: i === 1 ? 'Easy' : 'About right', exact: true }).check();
    if (i === 1) await refusedUntilChosen(page, 'exercise-pain', count === 1 ? 'Next: how you feel now' : 'Next exercise');
    await page.getByRole('slider', { name: /Your pain during it/ }).fill('2');
    await page.waitForFunction(() => document.getElementById('exercise-pain')?.getAttribute('aria-valuetext') === 'pain 2 of 10, mild');
    if (check && i === 1) await checkAccessibility(page, 'session: how did that feel');
    await page.getByRole('button', { name: i === count ? 'Next: how you feel now' : 'Next exercise' }).click();
    if (reloadMidway && i === 1 && count > 1) {
      await page.reload();
      await page.getByText(`Exercise 2 of ${count}`).waitFor();
    }
  }
  await page.getByRole('heading', { name: 'Well done' }).waitFor();
  await refusedUntilChosen(page, 'pain-after', 'Finish the session');
  await page.getByRole('slider', { name: /after the session/ }).fill(String(painAfter));
  await page.getByRole('button', { name: 'Finish the session' }).click();
  return count;
}

export default async function ({ server, browser, withPage, WIDTHS, shots }) {
  const people = { phone: MAYA, desktop: PRIYA };
  const tests = WIDTHS.map(({ name: width, viewport }) => [
    `[${width}] a roster member signs up, answers the intake, reads the result and does today's session` +
      (width === 'desktop' ? '; warning signs then give the urgent and the emergency screens' : ''),
    () =>
      withPage(viewport, async (page) => {
        const who = people[width];
        const shot = shots && width === 'phone' ? (p, name) => p.screenshot({ path: `${shots}/${name}.png` }) : null;
        await browser.context.clearCookies();
        await page.goto(`${server.url}/`);
        await page.getByRole('link', { name: 'Log in' }).waitFor();
        await signUpInBrowser(page, who);
        await page.getByRole('link', { name: 'Today', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Welcome to Motus' }).waitFor();
        expect((await page.locator('.today-list').count()) === 0, 'Today lists exercises before any intake');
        await checkAccessibility(page, 'today before the intake');
        await page.getByRole('link', { name: 'Answer the questions' }).click();
        await page.waitForURL(/\/start$/);
        await answerIntake(page, { shot });

        await page.getByRole('heading', { level: 1, name: 'What your answers suggest' }).waitFor();
        expect(await page.getByText('This is not a diagnosis.').isVisible(), 'no "This is not a diagnosis" line');
        expect(!/diagnosis:/i.test(await page.locator('main').innerText()), 'the result uses diagnosis wording');
        expect((await page.getByText('What we noticed:').count()) > 0, 'no evidence for the likely pattern');
        await checkAccessibility(page, 'result');
        if (shot) await shot(page, 'member-result');
        const patterns = await page.locator('.cards .card-title').allInnerTexts();
        await resultOnANewDevice(server, who, viewport, async (other) => {
          await other.getByRole('heading', { level: 1, name: 'What your answers suggest' }).waitFor();
          const shown = await other.locator('.cards .card-title').allInnerTexts();
          expect(shown.join('|') === patterns.join('|'), `a new device shows ${shown.join(', ')}, not ${patterns.join(', ')}`);
          await other.getByRole('link', { name: "Start today's session" }).waitFor();
          expect(await other.getByText(/From the questions you answered on/).isVisible(), 'the result does not say when it was taken');
          await checkAccessibility(other, 'result on a new device');
        });
        await page.getByRole('link', { name: "Start today's session" }).click();
        await page.waitForURL(/\/today$/);
        await page.locator('.today-list').waitFor();
        expect((await page.locator('.today-list .quiet').first().innerText()).startsWith('Why:'), 'an exercise does not say why');
        await checkAccessibility(page, 'today');
        if (shot) await shot(page, 'member-today');
        const done = await doTodaysSession(page, { reloadMidway: true });
        await page.getByRole('heading', { name: 'Session saved. What changed and why' }).waitFor();
        expect((await page.locator('.changes li').count()) === done, `what changed lists ${await page.locator('.changes li').count()} of ${done} exercises`);
        expect(await page.getByText('Your pain went down from 4 to 3 out of 10.').isVisible(), 'the pain before and after is not summed up');
        await checkAccessibility(page, 'what changed');
        if (shot) await shot(page, 'member-what-changed');
        // "Done for today" goes back to Today, which shows the session as done with what changed.
        await page.getByRole('link', { name: 'Done for today' }).click();
        await page.waitForURL((url) => url.pathname === '/today');
        const doneToday = page.locator('section.done-today');
        await doneToday.getByRole('heading', { name: "Today's session is done" }).waitFor();
        expect((await doneToday.innerText()).includes('Your pain was 4 of 10 before and 3 of 10 after.'), 'Today does not say the pains');
        expect((await doneToday.locator('.changes li').count()) === done, 'Today does not list what changed');
        await checkAccessibility(page, 'today after the session');

        const api = apiClient(server.url);
        expect((await api.logIn(who.email, PASSWORD)) === 200, 'the new member cannot log in through the API');
        expect((await api.sessionsDone()) === 1, 'the session is not stored once');

        if (width === 'desktop') {
          await page.goto(`${server.url}/start`);
          await answerIntake(page, { warning: /You have had cancer/ });
          await page.getByRole('heading', { level: 1, name: 'Please see a doctor in the next day or two' }).waitFor();
          expect(/care team has been told/.test(await page.locator('.alert-soon').innerText()), 'the urgent panel does not say the care team knows');
          expect((await page.getByRole('link', { name: "Start today's session" }).count()) === 0, 'an urgent result offers a session');
          await checkAccessibility(page, 'urgent result');

          await page.goto(`${server.url}/start`);
          await answerIntake(page, { warning: /where you would sit on a saddle/, emergency: true });
          await page.getByRole('heading', { level: 1, name: 'Please get medical help now' }).waitFor();
          const alert = page.locator('.alert-now');
          expect(/emergency/i.test(await alert.innerText()), 'the emergency panel does not say where to go');
          expect((await page.locator('main li').count()) > 0, 'the emergency screen lists no reasons');
          expect((await page.getByRole('link', { name: "Start today's session" }).count()) === 0, 'an emergency result offers a session');
          expect((await page.locator('.today-list').count()) === 0, 'an emergency result lists exercises');
          await checkAccessibility(page, 'emergency result');
          await resultOnANewDevice(server, who, viewport, (other) =>
            other.getByRole('heading', { level: 1, name: 'Please get medical help now' }).waitFor(),
          );
          await page.getByRole('link', { name: 'Today', exact: true }).click();
          await page.getByRole('heading', { name: 'Please see a doctor before you exercise' }).waitFor();
          expect((await page.getByRole('button', { name: 'Start', exact: true }).count()) === 0, 'Today offers a session after an emergency result');
          await checkAccessibility(page, 'today after an emergency result');
          const today = await api.call('GET', '/api/v1/me/session/today');
          expect(today.status === 404, `after an emergency intake today's session answered ${today.status}`);
        }
        await browser.context.clearCookies();
      }),
  ]);
  return tests;
}
