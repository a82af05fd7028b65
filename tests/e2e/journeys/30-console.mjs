// The staff consoles in Chromium. Tomas Reedwell (demo roster; nobody else's journey uses him)
// signs up through the API, answers the intake, checks in with rising pain and a flare over four
// days and logs one session. The therapist pt@demo.example finds him in the queue with the
// reason, opens his record (charts, assessment, history), changes his program (a dose refused by
// field, then an exercise removed with a note) and writes a note and a message, which Tomas then
// sees through the API; a PHQ-9 answer about self-harm moves him among the rows marked "Safety
// first". admin@demo.example adds an organization, uploads a roster with one bad row and reads
// the row report, creates a therapist and an organization admin, opens the staff list, moves
// Tomas from the demo therapist to the new one (a move with no therapist chosen is refused next
// to the picker), and finds the demo therapist's reads of Tomas, by name, in the audit log; the
// new therapist then finds Tomas in their queue; the organization admin reads the report with
// its hidden small counts. Each staff member uses a browser of their own (launchBrowser); axe runs on every screen
// at phone and desktop widths.
import { checkAccessibility, expect, launchBrowser } from '../harness.mjs';
import { apiClient as statusClient } from './10-member.mjs';

const DAY = 24 * 60 * 60;
const TOMAS = { first_name: 'Tomas', last_name: 'Reedwell', date_of_birth: '1972-11-03', email: 'tomas.reedwell@demo.example' };
const PASSWORD = 'slow-and-steady-wins';
const INTAKE = {
  age: 54,
  sex: 'male',
  duration_weeks: 6,
  onset: 'gradual',
  pain_now: 4,
  locations: ['sacrum_left', 'buttock_left'],
  points_to_one_spot: true,
  aggravating: ['sitting', 'stairs'],
  prefs: { minutes_per_day: 15, floor_ok: true, kneeling_ok: true, equipment: ['mat'] },
};
// Pain rising over four days, ending in a flare: the queue's "pain went up" reason.
const CHECKINS = [
  { daysAgo: 3, pain: 3, flare: false },
  { daysAgo: 2, pain: 5, flare: false },
  { daysAgo: 1, pain: 6, flare: false },
  { daysAgo: 0, pain: 8, flare: true },
];
// One session, two days ago, so the record has something for the sessions chart.
const SESSION = { daysAgo: 2, before: 5, after: 5 };
const NOTE_TO_MEMBER = 'I took out one exercise while your pain settles. Keep the others gentle.';
const CLINICAL_NOTE = 'Pain rising over four days with a flare; one exercise removed, review in a week.';
const MESSAGE = 'Hello Tomas, sorry the last days were hard. I have made your program a little lighter.';
// A roster with one bad row: line 3 has no usable date of birth.
const ROSTER = [
  'first name,last name,date of birth,email',
  'Ada,Quillfeather,1980-02-03,ada.quillfeather@example.org',
  'Ben,Rookwood,not-a-date,ben.rookwood@example.org',
  'Cyra,Mossgrove,1975-07-19,cyra.mossgrove@example.org',
].join('\n');

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

/**
 * One staff member's own browser, logged in through the /login form. page(viewport, fn) gives a
 * fresh page that fails on any script or console error except the ones a step says to expect.
 */
export async function staffBrowser(base, email, password, landing, ownPassword = null) {
  const browser = await launchBrowser();
  const page = async (viewport, fn) => {
    const p = await browser.context.newPage();
    await p.setViewportSize(viewport);
    p.setDefaultTimeout(10000);
    const errors = [];
    const expected = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && !expected.some((re) => re.test(m.text())) && errors.push(m.text()));
    try {
      await fn(p, (re) => expected.push(re));
      expect(errors.length === 0, `errors in the page: ${errors.join(' | ')}`);
    } finally {
      await p.close();
    }
  };
  await page({ width: 1280, height: 860 }, async (p) => {
    await p.goto(`${base}/login`);
    await p.getByLabel('Email').fill(email);
    await p.getByLabel('Password', { exact: true }).fill(password);
    await p.getByRole('button', { name: 'Log in' }).click();
    await p.waitForURL(new RegExp(`${landing}$`));
    // An account the admin made chooses its own password first (60-care-loop.mjs tests it).
    if (ownPassword) {
      await p.getByRole('heading', { level: 1, name: 'Choose your own password' }).waitFor();
      await p.getByLabel('Current password').fill(password);
      await p.getByLabel('New password', { exact: true }).fill(ownPassword);
      await p.getByRole('button', { name: 'Change password' }).click();
      await p.getByRole('heading', { level: 1, name: 'Choose your own password' }).waitFor({ state: 'detached' });
    }
  });
  return { page, close: browser.close };
}

export default async function ({ server, WIDTHS, shots }) {
  const base = server.url;
  const desktop = WIDTHS.find((w) => w.name === 'desktop') ?? WIDTHS[WIDTHS.length - 1];
  const tomas = apiClient(base);
  const suffix = Date.now().toString(36).toUpperCase();
  const newTherapist = {
    first_name: 'Rowan',
    last_name: 'Ashdown',
    email: `rowan.ashdown.${suffix.toLowerCase()}@clinic.example`,
    password: 'a-therapist-password-77',
  };
  const rowan = `${newTherapist.first_name} ${newTherapist.last_name}`;
  /** The number of members a staff list row gives ("No members yet", "1 member", "3 members"). */
  const membersIn = (text) => (/No members yet/.test(text) ? 0 : Number((/(\d+) members?/.exec(text) ?? [])[1]));
  const orgAdmin = { email: `report.reader.${suffix.toLowerCase()}@demo.example`, password: 'counts-not-people-42' };
  const instruments = await fetch(`${base}/api/v1/instruments`).then((r) => (r.ok ? r.json() : null), () => null);
  const phq9 = instruments?.instruments?.find((i) => i.id === 'phq9');
  let tomasId = null;
  let removed = null;
  let therapist = null;
  let admin = null;
  let reader = null;
  const shot = async (page, name, width) => {
    if (shots) await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: false });
  };

  const tests = [
    ['[console] Tomas signs up, answers the intake and checks in with rising pain (through the API)', async () => {
      try {
        server.setClockOffset(-4 * DAY);
        await tomas.must('POST', '/api/v1/auth/signup', { ...TOMAS, password: PASSWORD, enrollment_code: 'DEMO' }, [201]);
        tomasId = (await tomas.logIn(TOMAS.email, PASSWORD)).id;
        const answer = await tomas.must('POST', '/api/v1/me/intake', INTAKE, [201]);
        expect(answer.program?.exercises?.length >= 2, `the intake built too small a program: ${JSON.stringify(answer.program)}`);
        for (const c of CHECKINS) {
          server.setClockOffset(-c.daysAgo * DAY);
          await tomas.logIn(TOMAS.email, PASSWORD);
          await tomas.must('POST', '/api/v1/me/checkins', { pain: c.pain, flare: c.flare }, [201]);
          if (c.daysAgo !== SESSION.daysAgo) continue;
          const program = (await tomas.must('GET', '/api/v1/me/program', undefined, [200])).program;
          await tomas.must('POST', '/api/v1/me/sessions', {
            client_id: 'tomas-session-1',
            pain_before: SESSION.before,
            pain_after: SESSION.after,
            exercises: program.exercises.map((e) => ({ exercise_id: e.exercise_id, done: true, pain: SESSION.after, difficulty: 'right' })),
          }, [201]);
        }
      } finally {
        server.setClockOffset(0);
      }
      await tomas.logIn(TOMAS.email, PASSWORD);
    }],
    ['[console] the therapist logs in through the form and lands on the queue', async () => {
      therapist = await staffBrowser(base, 'pt@demo.example', server.demoPassword, '/care');
    }],
  ];

  for (const { name: width, viewport } of WIDTHS) {
    tests.push(
      [`[${width}] the queue lists Tomas with his reason in words`, () =>
        therapist.page(viewport, async (page) => {
          await page.goto(`${base}/care`);
          await page.getByRole('heading', { level: 1, name: 'Your members' }).waitFor();
          const row = page.locator('tr', { has: page.getByRole('link', { name: 'Tomas Reedwell' }) });
          await row.waitFor();
          const words = await row.innerText();
          expect(/Pain went up \d+ points/.test(words), `Tomas's row gives no pain reason: ${words}`);
          expect(words.includes('Needs attention') || words.includes('Safety first'), `Tomas's row has no priority label: ${words}`);
          expect(await page.getByRole('link', { name: 'Queue' }).isVisible(), 'the menu has no Queue link');
          await checkAccessibility(page, 'care queue');
          await shot(page, 'console-queue', width);
        })],
      [`[${width}] Tomas's record shows charts, the assessment and his check-ins`, () =>
        therapist.page(viewport, async (page) => {
          await page.goto(`${base}/care`);
          await page.getByRole('link', { name: 'Tomas Reedwell' }).click();
          await page.waitForURL(new RegExp(`/care/members/${tomasId}$`));
          await page.getByRole('heading', { level: 1, name: 'Tomas Reedwell' }).waitFor();
          await page.locator('.chart-plot canvas').nth(1).waitFor();
          const [pain, sessions] = await page.locator('.chart-summary').allInnerTexts();
          expect(pain.includes('went from 3 to 8 of 10 over 3 days'), `the pain chart says: ${pain}`);
          expect(sessions.startsWith('1 session logged'), `the sessions chart says: ${sessions}`);
          expect(await page.getByText('Self-care: safe to exercise').isVisible(), 'the assessment tier is not shown');
          expect((await page.locator('.evidence li').count()) >= 2, 'the patterns show no evidence');
          const checkins = page.locator('table', { has: page.getByRole('columnheader', { name: 'Flare-up' }) });
          expect((await checkins.locator('tbody tr').count()) === CHECKINS.length, 'not every check-in is listed');
          await page.getByRole('heading', { level: 2, name: 'Messages' }).waitFor();
          await checkAccessibility(page, 'member record');
          await shot(page, 'console-member', width);
        })],
    );
  }

  tests.push(
    ['[console] the program editor shows refusals by field, then removes an exercise with a note', () =>
      therapist.page(desktop.viewport, async (page, expectError) => {
        const before = (await tomas.must('GET', '/api/v1/me/program', undefined, [200])).program.exercises.map((e) => e.exercise_id);
        await page.goto(`${base}/care/members/${tomasId}`);
        await page.getByRole('button', { name: 'Change the program' }).click();
        const editor = page.locator('form.program-editor');
        await editor.getByRole('heading', { name: 'Change the program' }).waitFor();
        // A number left empty is caught before anything is sent.
        const sets = editor.getByLabel('Sets').first();
        await sets.fill('');
        await editor.getByRole('button', { name: 'Save program' }).click();
        await editor.getByText('Write a whole number').waitFor();
        expect(await sets.evaluate((el) => el === document.activeElement), 'focus did not move to the empty number');
        await sets.fill('2');
        // The server refuses a plan without a note for the member, and says so by the note box.
        expectError(/status of 400/);
        await editor.getByRole('button', { name: 'Save program' }).click();
        const note = editor.getByLabel('Note for the member');
        await editor.locator('#plan-note-error').waitFor();
        expect((await note.getAttribute('aria-invalid')) === 'true', 'the note is not marked as the problem');
        await checkAccessibility(page, 'program editor with errors');
        const first = (await editor.locator('legend').first().innerText()).replace(/^\d+\.\s*/, '');
        removed = before[0];
        await editor.getByRole('button', { name: `Remove ${first}` }).click();
        await note.fill(NOTE_TO_MEMBER);
        await editor.getByRole('button', { name: 'Save program' }).click();
        await page.getByText('Program saved. The member sees the change and your note.').waitFor();
        expect(!(await page.locator('.program-list').innerText()).includes(first), `${first} is still listed`);
        const after = await tomas.must('GET', '/api/v1/me/program', undefined, [200]);
        const ids = after.program.exercises.map((e) => e.exercise_id);
        expect(!ids.includes(removed), `GET /me/program still has ${removed}: ${ids.join(', ')}`);
        expect(ids.length === before.length - 1, `the program went from ${before.length} to ${ids.length} exercises`);
        expect(JSON.stringify(after).includes(NOTE_TO_MEMBER), 'GET /me/program does not carry the therapist\'s note');
      })],
    ['[console] the therapist writes a note and a message; Tomas reads the message', () =>
      therapist.page(desktop.viewport, async (page) => {
        await page.goto(`${base}/care/members/${tomasId}`);
        await page.getByLabel('New note').fill(CLINICAL_NOTE);
        await page.getByRole('button', { name: 'Save note' }).click();
        await page.getByText('Note saved.').waitFor();
        await page.locator('.note-list', { hasText: CLINICAL_NOTE }).waitFor();
        await page.getByLabel('Write to Tomas').fill(MESSAGE);
        await page.getByRole('button', { name: 'Send message' }).click();
        await page.getByText('Message sent.').waitFor();
        await page.locator('.conversation', { hasText: MESSAGE }).waitFor();
        const mine = await tomas.must('GET', '/api/v1/me/messages', undefined, [200]);
        expect(mine.messages.some((m) => m.from === 'care_team' && m.body === MESSAGE), 'Tomas does not see the message');
        const record = await page.evaluate((id) => fetch(`/api/v1/care/members/${id}`).then((r) => r.json()), tomasId);
        expect(record.notes.some((n) => n.body === CLINICAL_NOTE), 'the note was not stored');
      })],
    ['[phone] the program editor fits a phone and passes axe', () =>
      therapist.page(WIDTHS[0].viewport, async (page) => {
        await page.goto(`${base}/care/members/${tomasId}`);
        await page.getByRole('button', { name: 'Change the program' }).click();
        await page.locator('form.program-editor legend').first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow <= 1, `the editor is ${overflow} px wider than the phone`);
        await checkAccessibility(page, 'program editor');
        await shot(page, 'console-editor', 'phone');
      })],
  );
  if (phq9) {
    tests.push(['[console] a PHQ-9 answer about self-harm puts Tomas among the top rows, marked "Safety first"', () =>
      therapist.page(desktop.viewport, async (page) => {
        const answers = phq9.items.map((item) => ({ item: item.id, value: item.id === 'item_9' ? 1 : 0 }));
        const answer = await tomas.must('POST', '/api/v1/me/instruments/phq9/responses', { answers, client_id: 'tomas-phq9-1' }, [201]);
        expect(answer.safety, 'the PHQ-9 answer carries no safety block');
        await page.goto(`${base}/care`);
        const rows = page.locator('table.queue tbody tr');
        await rows.first().waitFor();
        const texts = await rows.allInnerTexts();
        const at = texts.findIndex((t) => t.includes('Tomas Reedwell'));
        expect(at >= 0, 'Tomas is not in the queue');
        expect(texts[at].includes('Safety first') && texts[at].includes('PHQ-9, question 9'), `Tomas's row says: ${texts[at]}`);
        expect(texts.slice(0, at).every((t) => t.includes('Safety first')), 'a row without a safety reason is above Tomas');
        await checkAccessibility(page, 'queue with a safety reason');
        await rows.nth(at).getByRole('link', { name: 'Tomas Reedwell' }).click();
        const panel = page.locator('section.safety');
        await panel.getByRole('heading', { name: 'Warning signs to follow up' }).waitFor();
        expect((await panel.innerText()).includes('PHQ-9, question 9'), 'the warning panel does not name the PHQ-9 answer');
        const scores = page.locator('table', { has: page.getByRole('columnheader', { name: 'Newest score' }) });
        expect(await scores.getByRole('rowheader', { name: 'Mood (PHQ-9)' }).isVisible(), 'the PHQ-9 score is not listed');
        await checkAccessibility(page, 'member record with a warning sign');
      })]);
  } else {
    console.log('     (GET /api/v1/instruments is not served by this binary: the PHQ-9 queue test is left out)');
  }
  tests.push(
    ['[console] the admin logs in through the form and lands on organizations', async () => {
      await therapist.close();
      admin = await staffBrowser(base, 'admin@demo.example', server.demoPassword, '/admin/organizations');
    }],
    ['[console] the admin adds an organization and uploads a roster with one bad row', () =>
      admin.page(desktop.viewport, async (page) => {
        await page.goto(`${base}/admin/organizations`);
        await page.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
        await page.getByRole('cell', { name: 'DEMO', exact: true }).waitFor();
        const name = `Harbour Pottery ${suffix}`;
        await page.getByLabel('Name').fill(name);
        await page.getByLabel('Enrollment code').fill(`HP-${suffix}`);
        await page.getByRole('button', { name: 'Add organization' }).click();
        await page.getByRole('rowheader', { name }).waitFor();
        const chosen = page.getByLabel('Organization', { exact: true });
        expect((await chosen.locator('option:checked').innerText()) === name, 'the new organization is not chosen for the upload');
        await page.getByLabel('Roster file (CSV)').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
        await page.getByRole('button', { name: 'Upload roster' }).click();
        const report = page.locator('.roster-report');
        await report.waitFor();
        const words = await report.innerText();
        expect(words.includes('2 new people loaded') && words.includes('1 row not used'), `the report says: ${words}`);
        const bad = report.locator('tbody tr');
        expect((await bad.count()) === 1, 'the report does not list exactly one bad row');
        expect((await bad.locator('th').innerText()).trim() === '3', `the bad row is named as line ${await bad.locator('th').innerText()}`);
        expect((await bad.locator('td').innerText()).length > 5, 'the bad row has no reason');
        const row = page.locator('tr', { has: page.getByRole('rowheader', { name }) });
        await row.getByRole('cell', { name: '2', exact: true }).waitFor();
        await checkAccessibility(page, 'organizations with a roster report');
        await shot(page, 'console-roster', 'desktop');
      })],
    ['[console] the admin creates a therapist and an organization admin', () =>
      admin.page(desktop.viewport, async (page, expectError) => {
        await page.goto(`${base}/admin/staff`);
        await page.getByRole('heading', { level: 1, name: 'Staff accounts' }).waitFor();
        await page.getByLabel('First name').fill(newTherapist.first_name);
        await page.getByLabel('Last name').fill(newTherapist.last_name);
        await page.getByLabel('Email').fill(newTherapist.email);
        await page.getByLabel('First password').fill('short');
        expectError(/status of 400/);
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.locator('#staff-password-error').waitFor().catch(() => {
          throw new Error('a short password was not refused next to the password box');
        });
        await page.getByLabel('First password').fill(newTherapist.password);
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.getByText(`Account created for ${newTherapist.email} (Therapist)`).waitFor();
        await page.getByLabel(/^Organization admin/).check();
        await page.getByLabel('Organization', { exact: true }).selectOption({ label: 'Demo Employer' });
        await page.getByLabel('First name').fill('Report');
        await page.getByLabel('Last name').fill('Reader');
        await page.getByLabel('Email').fill(orgAdmin.email);
        await page.getByLabel('First password').fill(orgAdmin.password);
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.getByText(`Account created for ${orgAdmin.email} (Organization admin)`).waitFor();
        const listed = page.locator('table.staff-list');
        await listed.getByRole('rowheader', { name: 'Report Reader' }).waitFor();
        await checkAccessibility(page, 'staff accounts');
      })],
    ['[console] the admin opens the staff list and moves Tomas to the new therapist', () =>
      admin.page(desktop.viewport, async (page) => {
        await page.goto(`${base}/admin/staff`);
        await page.getByRole('heading', { level: 1, name: 'Staff accounts' }).waitFor();
        const team = page.locator('table.staff-list');
        const row = (name) => team.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
        await row(rowan).waitFor();
        expect(membersIn(await row(rowan).innerText()) === 0, `${rowan} starts with members: ${await row(rowan).innerText()}`);
        const demoBefore = membersIn(await row('Demo Therapist').innerText());
        expect(demoBefore >= 1, `the demo therapist's row says: ${await row('Demo Therapist').innerText()}`);
        expect((await row('Report Reader').innerText()).includes('Demo Employer'), 'the organization admin\'s organization is not shown');
        await row('Demo Therapist').getByRole('link', { name: 'Demo Therapist' }).click();
        await page.getByRole('heading', { level: 1, name: "Demo Therapist's members" }).waitFor();
        const caseload = page.locator('table.caseload');
        expect((await caseload.locator('tbody tr').count()) === demoBefore, 'the members listed differ from the count on the staff list');
        const picker = page.getByLabel('Move Tomas Reedwell to');
        const move = page.getByRole('button', { name: 'Move Tomas Reedwell' });
        await move.click();
        await page.getByText('Choose who should care for Tomas.').waitFor();
        expect((await picker.getAttribute('aria-invalid')) === 'true', 'the picker is not marked as the problem');
        expect(await picker.evaluate((el) => el === document.activeElement), 'focus did not move to the picker');
        await checkAccessibility(page, 'a therapist\'s members with a refused move');
        await picker.selectOption({ label: rowan });
        await move.click();
        await page.getByText(`Tomas Reedwell now has ${rowan} as their therapist.`).waitFor();
        await caseload.getByRole('rowheader', { name: 'Tomas Reedwell' }).waitFor({ state: 'detached' });
        await page.getByRole('link', { name: `See ${rowan}'s members` }).click();
        await page.getByRole('heading', { level: 1, name: `${rowan}'s members` }).waitFor();
        await page.locator('table.caseload').getByRole('rowheader', { name: 'Tomas Reedwell' }).waitFor();
        await page.getByRole('link', { name: 'Back to all staff' }).click();
        await page.getByRole('heading', { level: 1, name: 'Staff accounts' }).waitFor();
        await row(rowan).waitFor();
        expect(membersIn(await row(rowan).innerText()) === 1, `${rowan}'s row says: ${await row(rowan).innerText()}`);
        expect(membersIn(await row('Demo Therapist').innerText()) === demoBefore - 1, 'the demo therapist\'s count did not go down');
      })],
  );

  for (const { name: width, viewport } of WIDTHS) {
    tests.push(
      [`[${width}] the audit viewer lists the therapist's reads of Tomas and the chain's state`, () =>
        admin.page(viewport, async (page) => {
          await page.goto(`${base}/admin/audit`);
          await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
          await page.getByText('The log is whole.').waitFor();
          await page.getByLabel('Entries per page').selectOption('1000');
          await page.getByRole('button', { name: 'Show' }).click();
          await page.waitForURL(/limit=1000/);
          await page.locator('table.audit tbody tr').first().waitFor();
          await page.getByLabel('Member name or id').fill(tomasId);
          await page.getByLabel('Who').selectOption('therapist');
          const rows = page.locator('table.audit tbody tr');
          const texts = await rows.allInnerTexts();
          expect(texts.length > 0, 'no therapist rows about Tomas');
          expect(texts.every((t) => t.includes(tomasId) && t.includes('therapist')), 'the filter let other rows through');
          expect(texts.every((t) => t.includes('Demo Therapist') && t.includes('Tomas Reedwell')), 'the rows do not name the therapist and Tomas');
          expect(texts.some((t) => /\bread\b/.test(t) && t.includes('member record')), 'no read of Tomas\'s record is listed');
          expect(texts.some((t) => t.includes('program override')), 'the program change is not listed');
          await page.getByLabel('Member name or id').fill('reedwell');
          await page.getByLabel('Who').selectOption('admin');
          const moves = (await rows.allInnerTexts()).filter((t) => t.includes('care assignment') && /\bwrite\b/.test(t));
          expect(moves.length === 1 && moves[0].includes('Demo Admin'), `the move is not listed once by name: ${moves.join(' | ')}`);
          await checkAccessibility(page, 'audit log');
          await shot(page, 'console-audit', width);
        })],
      [`[${width}] the organization, staff and caseload screens pass axe`, () =>
        admin.page(viewport, async (page) => {
          await page.goto(`${base}/admin/organizations`);
          await page.getByRole('cell', { name: 'DEMO', exact: true }).waitFor();
          await checkAccessibility(page, 'organizations');
          await page.getByRole('link', { name: 'Staff', exact: true }).click();
          await page.getByRole('heading', { level: 1, name: 'Staff accounts' }).waitFor();
          await page.locator('table.staff-list').getByRole('link', { name: rowan }).waitFor();
          await checkAccessibility(page, 'staff accounts');
          await shot(page, 'console-staff', width);
          await page.locator('table.staff-list').getByRole('link', { name: rowan }).click();
          await page.getByRole('heading', { level: 1, name: `${rowan}'s members` }).waitFor();
          await page.getByLabel('Move Tomas Reedwell to').waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow <= 1, `the members page is ${overflow} px wider than the screen`);
          await checkAccessibility(page, 'a therapist\'s members');
        })],
    );
  }

  tests.push(['[console] the new therapist logs in and finds Tomas in their queue', async () => {
    await admin.close();
    const own = `${newTherapist.password} chosen`;
    const moved = await staffBrowser(base, newTherapist.email, newTherapist.password, '/care', own);
    newTherapist.password = own;
    try {
      await moved.page(desktop.viewport, async (page) => {
        await page.goto(`${base}/care`);
        await page.getByRole('heading', { level: 1, name: 'Your members' }).waitFor();
        await page.getByRole('link', { name: 'Tomas Reedwell' }).waitFor();
      });
    } finally {
      await moved.close();
    }
  }]);
  tests.push(['[console] the new therapist changes the first password and logs out, at phone and desktop widths', async () => {
    const therapistNow = await staffBrowser(base, newTherapist.email, newTherapist.password, '/care');
    const changed = `${newTherapist.password} again`;
    try {
      await therapistNow.page(desktop.viewport, async (page) => {
        await page.goto(`${base}/care`);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your account' }).click();
        await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
        expect(await page.getByText(newTherapist.email).isVisible(), 'the account screen does not say who is logged in');
        await checkAccessibility(page, 'staff account (desktop)');
      });
      await therapistNow.page(WIDTHS[0].viewport, async (page) => {
        await page.goto(`${base}/account`);
        await page.getByLabel('Current password').fill(newTherapist.password);
        await page.getByLabel('New password', { exact: true }).fill(changed);
        await page.getByRole('button', { name: 'Change password' }).click();
        await page.getByText('Your password is changed.').waitFor();
        await checkAccessibility(page, 'staff account (phone)');
        await page.getByRole('button', { name: 'Log out' }).click();
        await page.waitForURL((url) => url.pathname === '/');
        await page.goto(`${base}/care`);
        await page.getByRole('heading', { level: 1, name: 'This page is for therapists' }).waitFor();
      });
    } finally {
      await therapistNow.close();
    }
    const api = statusClient(base);
    expect((await api.logIn(newTherapist.email, newTherapist.password)) === 401, 'the first password still works');
    expect((await api.logIn(newTherapist.email, changed)) === 200, 'the new password does not work');
    newTherapist.password = changed;
  }]);
  tests.push(['[console] the organization admin logs in and lands on the report', async () => {
    const own = `${orgAdmin.password} chosen`;
    reader = await staffBrowser(base, orgAdmin.email, orgAdmin.password, '/org/report', own);
    orgAdmin.password = own;
  }]);
  for (const { name: width, viewport } of WIDTHS) {
    tests.push([`[${width}] the report hides counts under 11 people and says why`, () =>
      reader.page(viewport, async (page) => {
        await page.goto(`${base}/org/report`);
        await page.getByRole('heading', { level: 1, name: "Your organization's report" }).waitFor();
        await page.getByText('Demo Employer').first().waitFor();
        const hidden = page.getByText('Hidden: fewer than 11 people');
        expect((await hidden.count()) >= 3, 'the small demo roster\'s counts are not hidden');
        expect(await page.getByText('we hide it, because with so few people someone could guess').isVisible(), 'the hiding is not explained');
        expect(!(await page.locator('main').innerText()).includes('Tomas'), 'the report names a person');
        await checkAccessibility(page, 'organization report');
        await shot(page, 'console-report', width);
      })]);
  }
  tests.push(['[console] someone not logged in is asked to log in with a staff account', async () => {
    await reader.close();
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${base}/care`);
      await page.getByRole('heading', { level: 1, name: 'This page is for therapists' }).waitFor();
      expect(await page.locator('main').getByRole('link', { name: 'log in' }).isVisible(), 'no way to log in is offered');
      await checkAccessibility(page, 'staff only');
    } finally {
      await browser.close();
    }
  }]);
  return tests;
}
