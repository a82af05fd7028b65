// The member's journal in Chromium: progress charts drawn from a few weeks of check-ins and
// sessions (posted through the API with the clock moved back), a check-in through the screen that
// lands on the chart, a flare-up check-in that asks the warning-sign questions, questionnaires
// with the crisis guidance, messages with the care team, the FHIR export, and deleting an
// account for good. Sam Okonkwo-Hale and Lena Marchetti from the
// demo roster are this journey's people; nobody else's journey uses them.
import { readFileSync } from 'node:fs';
import { checkAccessibility, expect } from '../harness.mjs';

const DAY = 24 * 60 * 60;
const SAM = { first_name: 'Sam', last_name: 'Okonkwo-Hale', date_of_birth: '1964-01-30', email: 'sam.okonkwohale@demo.example' };
const LENA = { first_name: 'Lena', last_name: 'Marchetti', date_of_birth: '1998-09-15', email: 'lena.marchetti@demo.example' };
const PASSWORD = 'gentle-steps-every-day';
const FLARE_QUESTION = 'Is today a flare-up (much worse than usual)?';
const INTAKE = {
  age: 62,
  duration_weeks: 20,
  pain_now: 6,
  locations: ['sacrum_left', 'buttock_left', 'low_back'],
  points_to_one_spot: true,
  aggravating: ['stairs', 'standing_one_leg', 'car_transfer'],
  prefs: { minutes_per_day: 20 },
};
// Three weeks back: pain at each check-in and before/after that day's session.
const WEEKS = [
  { daysAgo: 21, pain: 6, after: 4 },
  { daysAgo: 14, pain: 5, after: 3 },
  { daysAgo: 7, pain: 4, after: 3 },
];

/** A small API client that logs in with a Bearer token, as any non-browser client does. */
function apiClient(base) {
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
    async must(method, path, body, want) {
      const r = await call(method, path, body);
      expect(want.includes(r.status), `${method} ${path} answered ${r.status}: ${JSON.stringify(r.json)}`);
      return r.json;
    },
    async logIn(email, password) {
      const r = await call('POST', '/api/v1/auth/login', { email, password, bearer: true });
      expect(r.status === 200 && r.json.token, `login ${email} answered ${r.status}`);
      token = r.json.token;
      return r.json.account;
    },
  };
}

async function signUp(api, who) {
  await api.must('POST', '/api/v1/auth/signup', { ...who, password: PASSWORD, enrollment_code: 'DEMO' }, [201]);
  return api.logIn(who.email, PASSWORD);
}

async function logInThroughTheForm(page, base, who, next, password = PASSWORD) {
  await page.goto(`${base}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(new RegExp(`${next}$`));
}

/** The summary sentence beside the chart with this title. */
const summaryOf = (page, title) => page.locator('.chart', { has: page.getByRole('heading', { name: title, exact: true }) }).locator('.chart-summary').innerText();

/** The values in one column of a chart's "See the numbers" table. */
async function column(page, chartTitle, label) {
  return page.evaluate(
    ({ chartTitle, label }) => {
      const table = [...document.querySelectorAll('.chart table')].find((t) => t.caption?.textContent === chartTitle);
      if (!table) return null;
      const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
      const at = heads.indexOf(label);
      return [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[at]?.textContent);
    },
    { chartTitle, label },
  );
}

export default async function ({ server, withPage, WIDTHS, shots }) {
  const base = server.url;
  const sam = apiClient(base);
  const therapist = apiClient(base);
  let samId = null;
  const instruments = await fetch(`${base}/api/v1/instruments`).then((r) => (r.ok ? r.json() : null), () => null);
  const phq9 = instruments?.instruments?.find((i) => i.id === 'phq9');

  const tests = [
    ['[journal] Sam signs up and has three weeks of check-ins and sessions (through the API)', async () => {
      try {
        server.setClockOffset(-WEEKS[0].daysAgo * DAY);
        samId = (await signUp(sam, SAM)).id;
        const answer = await sam.must('POST', '/api/v1/me/intake', INTAKE, [201]);
        expect(answer.program?.exercises?.length > 0, `the intake built no program: ${JSON.stringify(answer.assessment)}`);
        for (const [i, week] of WEEKS.entries()) {
          server.setClockOffset(-week.daysAgo * DAY);
          // Logging in again each time: a session ends after half an hour without use.
          await sam.logIn(SAM.email, PASSWORD);
          await sam.must('POST', '/api/v1/me/checkins', { pain: week.pain, flare: false }, [201]);
          const program = (await sam.must('GET', '/api/v1/me/program', undefined, [200])).program;
          await sam.must('POST', '/api/v1/me/sessions', {
            client_id: `sam-week-${i}`,
            pain_before: week.pain,
            pain_after: week.after,
            exercises: program.exercises.map((e) => ({ exercise_id: e.exercise_id, done: true, pain: week.after, difficulty: 'right' })),
          }, [201]);
        }
      } finally {
        server.setClockOffset(0);
      }
      await therapist.logIn('pt@demo.example', server.demoPassword);
      await therapist.must('POST', `/api/v1/care/members/${samId}/messages`, { body: 'Hello Sam, how are the bridges going?' }, [201]);
    }],
  ];

  for (const { name: width, viewport } of WIDTHS) {
    // README pictures: phone width only.
    const shot = async (page, name) => {
      if (shots && width === WIDTHS[0].name) await page.screenshot({ path: `${shots}/journal-${name}.png` });
    };
    tests.push(
      [`[${width}] progress charts draw and say how pain changed`, () =>
        withPage(viewport, async (page) => {
          await logInThroughTheForm(page, base, SAM, '/progress');
          await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
          await page.locator('.chart-plot canvas').first().waitFor();
          expect((await page.locator('.chart-plot canvas').count()) >= 3, 'fewer than three charts drew');
          // The phone run comes first; by the desktop run the phone's check-in (pain 3, today) is there too.
          const first = width === WIDTHS[0].name;
          const summary = await summaryOf(page, 'Your pain');
          const change = first ? ['from 6 to 4', 'in 2 weeks'] : ['from 6 to 3', 'in 3 weeks'];
          expect(change.every((words) => summary.includes(words)), `pain summary: ${summary}`);
          expect(summary.includes('on average 1.7 lower'), `pain summary says nothing right about sessions: ${summary}`);
          const sessions = await summaryOf(page, 'Sessions each week');
          expect(sessions.includes('You have done 3 sessions.'), `sessions summary: ${sessions}`);
          if (!first && phq9) {
            // The phone run filled in the PHQ-9: its score has a chart of its own now.
            const mood = await summaryOf(page, phq9.title);
            expect(mood.includes('Your score was 1 (Minimal)'), `questionnaire summary: ${mood}`);
          }
          const checkins = await column(page, 'Your pain', 'Check-in');
          const want = first ? '6,5,4' : '6,5,4,3';
          expect(checkins?.filter((v) => v !== '–').join() === want, `check-ins in the table: ${checkins}`);
          await checkAccessibility(page, 'progress');
          await page.evaluate(() => document.querySelector('.chart')?.scrollIntoView());
          await shot(page, 'progress');
          await page.locator('.chart-numbers summary').first().click();
          await checkAccessibility(page, 'progress numbers');
        })],

      [`[${width}] a check-in through the screen shows on the pain chart`, () =>
        withPage(viewport, async (page) => {
          await page.goto(`${base}/progress`);
          await page.getByRole('link', { name: 'Check in for today' }).click();
          await page.getByRole('heading', { level: 1, name: 'How is your back today?' }).waitFor();
          const slider = page.getByLabel('Your pain right now');
          // No default pain: saving untouched is refused with focus on the slider.
          expect((await slider.getAttribute('aria-valuetext')) === 'not chosen yet', 'the check-in pain starts with a value');
          await page.getByRole('button', { name: 'Save my check-in' }).click();
          await page.locator('#checkin-pain-error').waitFor();
          expect(await page.evaluate(() => document.activeElement?.id === 'checkin-pain'), 'the refusal did not focus the pain slider');
          await checkAccessibility(page, 'check-in with no pain chosen');
          await slider.focus();
          await page.keyboard.press('Home');
          // The slider's words are the server's scale (src/core/pain_scale.hpp) at every number.
          const { scale } = await (await fetch(`${base}/api/v1/pain-scale`)).json();
          expect(scale.length === 11, `the served scale has ${scale.length} numbers`);
          for (const { pain, words } of scale) {
            await page.waitForFunction((n) => document.getElementById('checkin-pain')?.getAttribute('aria-valuetext')?.startsWith(`pain ${n} of 10`), pain);
            const said = await slider.getAttribute('aria-valuetext');
            expect(said === `pain ${pain} of 10, ${words}`, `the slider says "${said}" where the server says ${pain}: ${words}`);
            await page.keyboard.press('ArrowRight');
          }
          await page.keyboard.press('Home');
          for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
          expect((await page.locator('.pain-number strong').innerText()) === '3', 'the big number does not show 3');
          // A flare-up brings the safety questions; "no flare-up" takes them away again.
          const flareGroup = page.getByRole('group', { name: FLARE_QUESTION });
          await flareGroup.getByLabel('Yes').check();
          await page.getByRole('heading', { name: 'A few safety questions' }).waitFor();
          await flareGroup.getByLabel('No', { exact: true }).check();
          await page.getByRole('heading', { name: 'A few safety questions' }).waitFor({ state: 'detached' });
          await page.getByLabel('Anything else to note?').fill('Walked to the shop without stopping.');
          await checkAccessibility(page, 'check-in');
          await shot(page, 'checkin');
          await page.getByRole('button', { name: 'Save my check-in' }).click();
          await page.getByText('Saved: pain 3 of 10 (mild).').waitFor();
          await page.getByText('Thanks for checking in.').waitFor();
          await page.getByRole('link', { name: 'See your progress' }).click();
          await page.locator('.chart-plot canvas').first().waitFor();
          const summary = await summaryOf(page, 'Your pain');
          expect(summary.includes('from 6 to 3') && summary.includes('3 weeks'), `pain summary after the check-in: ${summary}`);
          const checkins = await column(page, 'Your pain', 'Check-in');
          expect(checkins?.at(-1) === '3', `the newest check-in in the table: ${checkins}`);
        })],

      [`[${width}] messages: the care team's note is new, and a reply is sent`, () =>
        withPage(viewport, async (page) => {
          await page.goto(`${base}/progress`);
          await page.locator('nav').getByRole('link', { name: 'Messages', exact: true }).click();
          await page.getByRole('heading', { level: 1, name: 'Messages with your care team' }).waitFor();
          expect(await page.getByText('Messages are not for emergencies').isVisible(), 'no "not for emergencies" note');
          await page.getByText('Hello Sam, how are the bridges going?').waitFor();
          if (width === WIDTHS[0].name) {
            expect(await page.getByText('You have 1 new message').isVisible(), 'the unread message is not announced');
            expect((await page.locator('.msg-new').count()) === 1, 'the new message is not marked');
          }
          const text = `Going well, thank you (${width}).`;
          await page.getByLabel('Write to your care team').fill(text);
          await checkAccessibility(page, 'messages');
          await page.getByRole('button', { name: 'Send' }).click();
          await page.locator('.msg.mine', { hasText: text }).waitFor();
          await page.getByText('Your message was sent.').waitFor();
          await shot(page, 'messages');
          const seen = await therapist.must('GET', `/api/v1/care/members/${samId}/messages`, undefined, [200]);
          expect(seen.messages.some((m) => m.body === text && m.from === 'member'), 'the care team does not see the reply');
        })],

      [`[${width}] account: the export downloads a FHIR bundle, the report is linked`, () =>
        withPage(viewport, async (page) => {
          await page.goto(`${base}/account`);
          await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
          expect(await page.getByText(SAM.email).isVisible(), 'the account does not say who this is');
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: 'Download my data' }).click(),
          ]);
          const bundle = JSON.parse(readFileSync(await download.path(), 'utf8'));
          expect(bundle.resourceType === 'Bundle', `the export is a ${bundle.resourceType}`);
          expect(bundle.entry.some((e) => e.resource.resourceType === 'Patient'), 'the bundle has no Patient');
          await page.getByText('Your record was downloaded.').waitFor();
          const report = await page.getByRole('link', { name: /Printable report/ }).getAttribute('href');
          expect(report === '/api/v1/me/report', `the report link is ${report}`);
          await checkAccessibility(page, 'account');
          await shot(page, 'account');
        })],
    );

    if (phq9) {
      tests.push([`[${width}] PHQ-9 with thoughts of self-harm shows the crisis guidance first`, () =>
        withPage(viewport, async (page) => {
          await page.goto(`${base}/questionnaires`);
          await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
          await checkAccessibility(page, 'questionnaires');
          await page.getByRole('link', { name: phq9.title }).click();
          await page.getByText(`Question 1 of ${phq9.items.length}`).waitFor();
          await checkAccessibility(page, 'questionnaire');
          for (const [i, item] of phq9.items.entries()) {
            await page.getByText(`Question ${i + 1} of ${phq9.items.length}`).waitFor();
            const answer = item.id === 'item_9' ? item.answers[1] : item.answers[0];
            await page.getByLabel(answer.label, { exact: true }).check();
            await page.getByRole('button', { name: i === phq9.items.length - 1 ? 'See my score' : 'Next' }).click();
          }
          const alert = page.getByRole('alert');
          await alert.waitFor();
          const first = await page.locator('main .crisis, main .score-card').first().getAttribute('class');
          expect(first.includes('crisis'), 'the crisis guidance is not shown first');
          const tel = await page.locator('.crisis a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          expect(tel.includes('tel:988') && tel.includes('tel:116123'), `crisis numbers: ${tel}`);
          await page.getByText('Your score: 1').waitFor();
          await checkAccessibility(page, 'questionnaire result');
          await shot(page, 'crisis');
        })]);
    }
  }
  if (!phq9) console.log('     (GET /api/v1/instruments is not served by this binary: the questionnaire test is left out)');

  tests.push(
    // Last of Sam's screens: the warning sign pauses his program and flags him for the care team.
    ['[phone] a flare-up check-in asks the warning-sign questions; a warning sign comes back first', () =>
      withPage(WIDTHS[0].viewport, async (page) => {
        await logInThroughTheForm(page, base, SAM, '/check-in');
        await page.getByRole('heading', { level: 1, name: 'How is your back today?' }).waitFor();
        await page.getByLabel('Your pain right now').fill('3');
        await page.getByRole('group', { name: FLARE_QUESTION }).getByLabel('Yes').check();
        const questions = page.locator('section.flare-questions');
        await questions.getByRole('heading', { name: 'A few safety questions' }).waitFor();
        const groups = questions.locator('fieldset.yes-no');
        const count = await groups.count();
        expect(count >= 10, `only ${count} safety questions`);
        // Saving with none answered is refused, and focus goes to the first question.
        await page.getByRole('button', { name: 'Save my check-in' }).click();
        await page.getByText('Please answer each safety question.').waitFor();
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('name'));
        expect(focused === 'flare_check.new_symptoms', `focus went to ${focused}`);
        await checkAccessibility(page, 'check-in flare questions unanswered');
        for (let i = 0; i < count; i++) await groups.nth(i).getByLabel('No', { exact: true }).check();
        const saddle = questions.getByRole('group', { name: /around your bottom/ });
        await saddle.getByLabel('Yes', { exact: true }).check();
        // A leg that feels weak asks which leg.
        await questions.getByRole('group', { name: 'Does a leg or foot feel weak?' }).getByLabel('Yes', { exact: true }).check();
        await questions.getByRole('group', { name: 'Which leg?' }).getByLabel('Left').check();
        await checkAccessibility(page, 'check-in flare questions');
        if (shots) await page.screenshot({ path: `${shots}/journal-checkin-flare.png` });
        await page.getByRole('button', { name: 'Save my check-in' }).click();
        const alert = page.locator('section.alert-now[role="alert"]');
        await alert.getByRole('heading', { name: 'Please see a doctor today' }).waitFor();
        const order = await page.locator('main section.alert-now, main section.checkin-saved').evaluateAll((s) => s.map((e) => e.className));
        expect(order[0] === 'alert-now' && order[1] === 'checkin-saved', `the safety answer is not first: ${order}`);
        expect((await alert.innerText()).includes('Your care team has been told'), 'the alert does not say the care team knows');
        await page.getByText('Saved: pain 3 of 10 (mild), a flare-up.').waitFor();
        await checkAccessibility(page, 'check-in safety answer');
        const record = await therapist.must('GET', `/api/v1/care/members/${samId}`, undefined, [200]);
        const flag = record.history.care_flags[0];
        expect(flag?.kind === 'emergency' && flag.reason_codes.includes('saddle_numbness'), `the care team's flag: ${JSON.stringify(flag)}`);
        expect(record.program.paused === true, 'the program is not paused');
      })],

    ['[phone] Lena sees an empty progress page, deletes her account and can no longer log in', () =>
      withPage(WIDTHS[0].viewport, async (page) => {
        const lena = apiClient(base);
        await signUp(lena, LENA);
        await logInThroughTheForm(page, base, LENA, '/progress');
        await page.getByText('No pain scores yet.').waitFor();
        await page.getByText('Your program has not started yet.').waitFor();
        expect((await page.locator('.chart-plot').count()) === 0, 'an empty record drew a chart');
        await checkAccessibility(page, 'empty progress');
        await page.locator('nav').getByRole('link', { name: 'Account', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
        await page.getByRole('button', { name: 'Delete my account…' }).click();
        await page.getByRole('heading', { name: 'Are you sure?' }).waitFor();
        expect(await page.getByText('This cannot be undone.').isVisible(), 'the confirm step does not say it cannot be undone');
        await page.getByLabel('Your password, to confirm it is you').fill(PASSWORD);
        await checkAccessibility(page, 'delete account');
        await page.getByRole('button', { name: 'Delete my account for good' }).click();
        await page.getByRole('heading', { level: 1, name: 'Your account is deleted' }).waitFor();
        await checkAccessibility(page, 'account deleted');
        const nav = await page.getByRole('navigation', { name: 'Main' }).innerText();
        expect(!nav.includes('Account') && nav.includes('Log in'), `the menu still shows a logged-in member: ${nav}`);
        const again = await lena.call('POST', '/api/v1/auth/login', { email: LENA.email, password: PASSWORD, bearer: true });
        expect(again.status === 401, `logging in after the deletion answered ${again.status}`);
      })],

    ['[phone] Sam changes his password, logs out, and logs in with the new one', () =>
      withPage(WIDTHS[0].viewport, async (page) => {
        const renewed = `${PASSWORD}-renewed`;
        await logInThroughTheForm(page, base, SAM, '/account');
        await page.getByLabel('Current password').fill(PASSWORD);
        await page.getByLabel('New password').fill(renewed);
        await page.getByRole('button', { name: 'Change password' }).click();
        await page.getByText('Your password is changed.').waitFor();
        await page.getByRole('button', { name: 'Log out' }).click();
        await page.waitForURL(`${base}/`);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' }).waitFor();
        await page.goto(`${base}/progress`);
        await page.getByRole('heading', { level: 1, name: 'Please log in first' }).waitFor();
        await checkAccessibility(page, 'log in first');
        await logInThroughTheForm(page, base, SAM, '/account', renewed);
        await page.getByRole('button', { name: 'Log out' }).click();
        await page.waitForURL(`${base}/`);
      })],
  );
  return tests;
}
