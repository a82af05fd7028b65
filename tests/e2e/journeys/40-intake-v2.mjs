// Intake v2 (issue 14) in Chromium, at phone and desktop width. The admin adds an organization
// of its own with a roster of three invented people (nobody else's journey uses them). A
// pregnant member meets the new questions: weeks pregnant refused outside the trimester, the
// both-legs question on the legs step when the map marks pain below both knees, every new
// warning sign refused until answered with focus on the first open one; reduced baby movements
// then give the emergency screen. A member whose intake left the both-legs question open (sent
// by another client) sees it on the result, must answer it, and the answer is sent again.
// axe runs on every new step.
import { checkAccessibility, expect } from '../harness.mjs';
import { apiClient, choose, focused, next, stepTitle } from './10-member.mjs';

const PASSWORD = 'pale lantern over the harbour';
const PEOPLE = {
  phone: { first: 'Ines', last: 'Calloway', born: '1992-03-08' },
  desktop: { first: 'Joss', last: 'Whitlow', born: '1989-10-22' },
  follow: { first: 'Nell', last: 'Ashgrove', born: '1975-05-14' },
};
const BOTH_LEGS_ON_LEGS_STEP = /You marked pain below both knees/;

/** The admin's organization and roster, and a signed-up API client per person. */
async function setUp(server) {
  const suffix = Date.now().toString(36).toUpperCase();
  const admin = apiClient(server.url);
  expect((await admin.logIn('admin@demo.example', server.demoPassword)) === 200, 'the demo admin cannot log in');
  const code = `IV${suffix}`;
  const org = await admin.call('POST', '/api/v1/admin/organizations', { name: `Intake Checks ${suffix}`, enrollment_code: code });
  expect(org.status === 201, `adding the organization answered ${org.status}`);
  const emails = Object.fromEntries(Object.entries(PEOPLE).map(([key, p]) => [key, `${p.first}.${p.last}.${suffix}@example.org`.toLowerCase()]));
  const csv = ['first name,last name,date of birth,email', ...Object.entries(PEOPLE).map(([key, p]) => `${p.first},${p.last},${p.born},${emails[key]}`)].join('\n');
  const token = (await admin.call('POST', '/api/v1/auth/login', { email: 'admin@demo.example', password: server.demoPassword, bearer: true })).json.token;
  const upload = await fetch(`${server.url}/api/v1/admin/organizations/${org.json.id}/roster`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv', Accept: 'application/json' },
    body: csv,
  });
  expect(upload.status === 200 || upload.status === 201, `the roster upload answered ${upload.status}`);
  const members = {};
  for (const [key, p] of Object.entries(PEOPLE)) {
    const client = apiClient(server.url);
    const r = await client.call('POST', '/api/v1/auth/signup', {
      first_name: p.first, last_name: p.last, date_of_birth: p.born, email: emails[key], enrollment_code: code, password: PASSWORD, bearer: true,
    });
    expect(r.status === 201, `sign-up of ${emails[key]} answered ${r.status}: ${JSON.stringify(r.json)}`);
    expect((await client.logIn(emails[key], PASSWORD)) === 200, `${emails[key]} cannot log in`);
    members[key] = { email: emails[key], client };
  }
  return members;
}

async function logInInBrowser(page, base, email, next = '/start') {
  await page.goto(`${base}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(new RegExp(`${next.replace('/', '\\/')}$`));
}

const yesNo = (page, question, answer) => page.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true }).check();

async function pregnantIntake(page, width) {
  await stepTitle(page, 'About you');
  await page.getByLabel('How old are you?').fill('31');
  await choose(page, 'What is your sex?', 'Female');
  await next(page);

  await stepTitle(page, 'Pregnancy');
  await choose(page, 'Are you pregnant, or have you had a baby recently?', 'Yes, in months 7 to 9');
  await next(page);
  await page.locator('#field-pregnancy_weeks-error').waitFor();
  await focused(page, 'field-pregnancy_weeks');
  await page.getByLabel('How many weeks pregnant are you?').fill('12');
  await next(page);
  await page.locator('#field-pregnancy_weeks-error').waitFor();
  expect(/from 28 to 42/.test(await page.locator('#field-pregnancy_weeks-error').innerText()), 'the weeks outside the trimester are not explained');
  await page.getByLabel('How many weeks pregnant are you?').fill('33');
  await checkAccessibility(page, `[${width}] intake v2: weeks pregnant`);
  await next(page);

  await stepTitle(page, 'How it started');
  await page.getByLabel('How long have you had this pain?').fill('3');
  await next(page);
  await stepTitle(page, 'How much it hurts');
  await choose(page, 'How much does it hurt right now?', '4');
  await next(page);

  await stepTitle(page, 'Where it hurts');
  for (const region of ['sacrum_left', 'below_knee_left', 'below_knee_right']) await page.locator(`[data-region="${region}"]`).click();
  await next(page);

  await stepTitle(page, 'Your legs');
  expect(await page.getByRole('group', { name: BOTH_LEGS_ON_LEGS_STEP }).isVisible(), 'pain below both knees does not ask about both legs');
  await next(page);
  await page.locator('.field-error').first().waitFor();
  await focused(page, 'field-red_flags.bilateral_leg_symptoms');
  expect(await page.getByRole('heading', { level: 2, name: 'Your legs' }).isVisible(), 'the legs step let an unanswered both-legs question through');
  await checkAccessibility(page, `[${width}] intake v2: the both-legs question refused`);
  await yesNo(page, BOTH_LEGS_ON_LEGS_STEP, 'No');
  await next(page);

  await stepTitle(page, 'What makes it worse or better');
  await next(page);
  await stepTitle(page, 'Mornings, nights and health');
  await next(page);

  await stepTitle(page, 'Warning signs');
  for (const question of [/feel unwell in yourself/, /injection in your back or an operation/, /thins your blood/, /tearing or ripping/, /beating or pulsing/, 'Your baby moving less than usual'])
    expect(await page.getByRole('group', { name: question }).isVisible(), `the warning step does not ask ${question}`);
  expect(await page.getByRole('heading', { level: 3, name: 'Your pregnancy' }).isVisible(), 'no pregnancy warning signs');
  expect((await page.getByRole('group', { name: 'Numbness, tingling or weakness in both legs' }).count()) === 0, 'the both-legs question is asked twice');
  // Nothing answered: the step refuses and focus goes to the first question.
  await next(page);
  await focused(page, 'field-red_flags.saddle_numbness');
  for (const group of await page.locator('fieldset.yes-no').all()) await group.getByRole('radio', { name: 'No', exact: true }).check();
  await yesNo(page, 'Your baby moving less than usual', 'Yes');
  await checkAccessibility(page, `[${width}] intake v2: warning signs in pregnancy`);
  // An emergency sign: the comfort questions are skipped and the safety result comes at once.
  await next(page);
  await page.waitForURL(/\/result$/);
}

/** The warning step refuses a fresh set of answers until each new question has a yes or no. */
async function warningRefusedUntilAnswered(page, width) {
  await stepTitle(page, 'About you');
  await page.getByLabel('How old are you?').fill('47');
  await choose(page, 'What is your sex?', 'Male');
  await next(page);
  await stepTitle(page, 'How it started');
  await page.getByLabel('How long have you had this pain?').fill('2');
  await next(page);
  await stepTitle(page, 'How much it hurts');
  await choose(page, 'How much does it hurt right now?', '3');
  await next(page);
  await stepTitle(page, 'Where it hurts');
  await next(page);
  await stepTitle(page, 'Your legs');
  await page.getByRole('checkbox', { name: /Tingling/ }).check();
  await next(page);
  await focused(page, 'field-leg_side');
  await choose(page, 'Which leg?', 'Left leg');
  await next(page);
  await stepTitle(page, 'What makes it worse or better');
  await next(page);
  await stepTitle(page, 'Mornings, nights and health');
  await next(page);
  await stepTitle(page, 'Warning signs');
  const groups = await page.locator('fieldset.yes-no').all();
  const ids = await page.locator('fieldset.yes-no input[type="radio"][id]').evaluateAll((inputs) => inputs.map((i) => i.id));
  const fresh = ['unwell_or_infection', 'recent_spinal_procedure', 'blood_thinners', 'tearing_pain', 'pulsing_belly_lump'];
  for (const id of fresh) expect(ids.includes(`field-red_flags.${id}`), `the warning step does not ask red_flags.${id}`);
  expect(!ids.some((id) => id.includes('pregnancy') || id.includes('baby')), 'a man is asked the pregnancy warning signs');
  // Answer every older question; each new one is then refused in turn until it has an answer.
  for (const group of groups) {
    const id = await group.locator('input[type="radio"]').first().getAttribute('id');
    if (!fresh.some((f) => id === `field-red_flags.${f}`)) await group.getByRole('radio', { name: 'No', exact: true }).check();
  }
  for (const id of fresh) {
    await next(page);
    await focused(page, `field-red_flags.${id}`);
    expect(await page.locator(`#field-red_flags\\.${id}-error`).isVisible(), `no message next to red_flags.${id}`);
    if (id === fresh[0]) await checkAccessibility(page, `[${width}] intake v2: a new warning sign refused`);
    await page.locator(`#field-red_flags\\.${id}`).locator('xpath=ancestor::fieldset[1]').getByRole('radio', { name: 'No', exact: true }).check();
  }
  await next(page);
  await stepTitle(page, 'Your exercise time');
}

export default async function ({ server, browser, withPage, WIDTHS }) {
  let members = null;
  const ready = async () => (members ??= await setUp(server));
  const tests = [];
  for (const { name: width, viewport } of WIDTHS) {
    tests.push([
      `[${width}] intake v2: every new warning sign is refused until answered, focus on the first open one`,
      () =>
        withPage(viewport, async (page) => {
          const { phone, desktop } = await ready();
          await browser.context.clearCookies();
          const who = width === 'phone' ? phone : desktop;
          await logInInBrowser(page, server.url, who.email);
          await warningRefusedUntilAnswered(page, width);
          // The intake is kept as it goes (on the device and with the account); this one is left
          // unsent, so the next test's intake starts afresh.
          await page.evaluate(() => localStorage.clear());
          expect((await who.client.call('DELETE', '/api/v1/me/intake/draft')).status === 204, 'the kept intake was not forgotten');
          await browser.context.clearCookies();
        }),
    ]);
    tests.push([
      `[${width}] intake v2: a pregnant member with reduced baby movements gets the emergency screen`,
      () =>
        withPage(viewport, async (page) => {
          const { phone, desktop } = await ready();
          const who = width === 'phone' ? phone : desktop;
          await browser.context.clearCookies();
          await logInInBrowser(page, server.url, who.email);
          await pregnantIntake(page, width);
          await page.getByRole('heading', { level: 1, name: 'Please get medical help now' }).waitFor();
          expect((await page.getByRole('link', { name: "Start today's session" }).count()) === 0, 'an emergency result offers a session');
          await checkAccessibility(page, `[${width}] intake v2: pregnancy emergency result`);
          const stored = await who.client.call('GET', '/api/v1/me/assessment');
          expect(stored.json.assessment.tier === 'emergency', `the stored tier is ${stored.json.assessment.tier}`);
          expect(stored.json.assessment.reasons.some((r) => r.code === 'pregnancy_warning'), 'no pregnancy_warning reason');
          await browser.context.clearCookies();
        }),
    ]);
  }
  for (const { name: width, viewport } of WIDTHS) {
    tests.push([
      `[${width}] intake v2: pain below both knees left open: the result asks the both-legs question and sends it again`,
      () =>
        withPage(viewport, async (page) => {
          const { follow } = await ready();
          const intake = {
            age: 50,
            duration_weeks: 4,
            pain_now: 4,
            locations: ['low_back', 'below_knee_left', 'below_knee_right'],
            leg_symptoms: { numbness: false, tingling: false, weakness: false, side: 'none' },
            red_flags: { saddle_numbness: false, bladder_change: false, bowel_incontinence: false, fever: false, cancer_history: false },
            prefs: { minutes_per_day: 15, equipment: [] },
          };
          const sent = await follow.client.call('POST', '/api/v1/me/intake', intake);
          expect(sent.status === 200 || sent.status === 201, `the intake answered ${sent.status}: ${JSON.stringify(sent.json)}`);
          expect((sent.json.assessment.follow_up ?? []).some((f) => f.field === 'red_flags.bilateral_leg_symptoms'), 'the server does not ask the both-legs question');
          const accountId = (await follow.client.call('GET', '/api/v1/me')).json.account?.id;
          expect(accountId, 'GET /me names no account id');
          await browser.context.clearCookies();
          await logInInBrowser(page, server.url, follow.email, '/result');
          // This tab did not send the intake: the question is shown with the way to answer it.
          const section = page.locator('.follow-up');
          await section.waitFor();
          expect(/both legs/i.test(await section.innerText()), 'the follow-up question is not shown');
          await page.getByRole('link', { name: 'go through the questions again' }).waitFor();
          expect(!/None of your answers is a warning sign|Nothing in your answers/.test(await page.locator('main').innerText()), 'an open question is called no warning sign');
          // As the wizard keeps it in the tab that sent it.
          await page.evaluate(([id, doc]) => sessionStorage.setItem(`motus.intake.sent.${id}`, JSON.stringify(doc)), [accountId, intake]);
          await page.reload();
          const question = page.locator('.follow-up fieldset.yes-no');
          await question.waitFor();
          await page.getByRole('button', { name: 'Send my answer' }).click();
          await page.locator('.follow-up .form-problem').waitFor();
          await focused(page, 'field-follow_up.red_flags.bilateral_leg_symptoms');
          await checkAccessibility(page, `[${width}] intake v2: the result's follow-up question`);
          await question.getByRole('radio', { name: 'No', exact: true }).check();
          await page.getByRole('button', { name: 'Send my answer' }).click();
          await page.locator('.follow-up').waitFor({ state: 'detached' });
          await page.getByRole('heading', { level: 1 }).waitFor();
          const stored = await follow.client.call('GET', '/api/v1/me/assessment');
          expect(!(stored.json.assessment.follow_up ?? []).length, 'the answer did not close the follow-up');
          await checkAccessibility(page, `[${width}] intake v2: the result after the follow-up`);
          await browser.context.clearCookies();
        }),
    ]);
  }
  return tests;
}
