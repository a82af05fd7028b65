// Telehealth appointments in Chromium. An admin (through the API) adds an organization with Nora
// Quinlan on its roster and a therapist of her own, Iris Tallow; Nora signs up and is assigned to
// Iris. Iris sets her availability in the console (time zone, 30-minute visits, weekend times
// added to the starter week). Nora books a visit from the member app, finds "Join video visit"
// and the .ics download, moves the visit to another time, makes her private calendar address
// (fetched with no session), chooses practice days and a time in Account (the same address then
// carries a weekly "Motus practice" event with an alarm), and cancels. Iris sees the cancelled visit; then Iris books Nora in
// about two hours, and her queue says "visit in 2 h" while Nora's Today shows the reminder. axe
// runs on every screen at phone (390×844) and desktop widths, and the phone pages never scroll
// sideways.
import http from 'node:http';
import { checkAccessibility, expect } from '../harness.mjs';
// A browser of one person's own, logged in through the form (the console journey's helper).
import { staffBrowser as personBrowser } from './30-console.mjs';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
const NORA = { first_name: 'Nora', last_name: 'Quinlan', date_of_birth: '1988-05-06' };
const PASSWORD = 'a-quiet-tuesday-visit-3';
const FIRST_PASSWORD = 'given-by-the-admin-4';
const MINUTE = 60 * 1000;

// Each call on a connection of its own (node:http, no keep-alive): a roster upload on a reused
// connection was seen to crash the server (see the report of the tele-appt branch).
function request(base, method, path, headers, payload) {
  return new Promise((resolve, reject) => {
    const req = http.request(base + path, { method, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'] ?? '', text }));
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** A Bearer-token API client; `extra` headers go with every call (70-spanish-journey asks for es). */
export function apiClient(base, extra = {}) {
  let token = null;
  const call = async (method, path, body, type = 'application/json') => {
    const headers = { Accept: 'application/json', Origin: base, ...extra };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = type;
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const res = await request(base, method, path, headers, payload);
    return { status: res.status, json: res.text && res.type.includes('json') ? JSON.parse(res.text) : res.text };
  };
  return {
    async must(method, path, body, want, type) {
      const r = await call(method, path, body, type);
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

async function noSidewaysScroll(page, where) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide <= PHONE.width, `${where} scrolls sideways on a phone (${wide}px wide)`);
}

export default async function ({ server, shots }) {
  const base = server.url;
  const suffix = Date.now().toString(36).toUpperCase();
  const admin = apiClient(base);
  const iris = { email: `iris.tallow.${suffix.toLowerCase()}@clinic.example`, password: 'availability-iris-42' };
  const nora = { ...NORA, email: `nora.quinlan.${suffix.toLowerCase()}@example.org` };
  const noraApi = apiClient(base);
  const irisApi = apiClient(base);
  let therapist = null;
  let member = null;
  let noraId = null;
  let booked = null;
  let feedAddress = null;
  const shot = async (page, name, width) => {
    if (shots) await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: false });
  };

  return [
    ['[visits] an organization, Nora on its roster, and her therapist Iris (through the API)', async () => {
      await admin.logIn('admin@demo.example', server.demoPassword);
      const code = `TELE${suffix}`.slice(0, 12);
      const org = await admin.must('POST', '/api/v1/admin/organizations', { name: `Telehealth Works ${suffix}`, enrollment_code: code }, [201]);
      const roster = `first name,last name,date of birth,email\n${nora.first_name},${nora.last_name},${nora.date_of_birth},${nora.email}\n`;
      await admin.must('POST', `/api/v1/admin/organizations/${org.id}/roster`, roster, [200], 'text/csv');
      const staff = await admin.must('POST', '/api/v1/admin/staff', { email: iris.email, password: FIRST_PASSWORD, role: 'therapist', first_name: 'Iris', last_name: 'Tallow' }, [201]);
      // An account an admin made chooses its own password before anything else (60-care-loop tests the screen).
      await irisApi.logIn(iris.email, FIRST_PASSWORD);
      await irisApi.must('POST', '/api/v1/me/password', { current_password: FIRST_PASSWORD, new_password: iris.password }, [200, 204]);
      await noraApi.must('POST', '/api/v1/auth/signup', { ...nora, password: PASSWORD, enrollment_code: code }, [201]);
      noraId = (await noraApi.logIn(nora.email, PASSWORD)).id;
      await admin.must('PUT', `/api/v1/admin/members/${noraId}/therapist`, { therapist_id: staff.account.id }, [200]);
      await irisApi.logIn(iris.email, iris.password);
    }],
    ['[visits] Iris sets her availability in the console', async () => {
      therapist = await personBrowser(base, iris.email, iris.password, '/care');
      await therapist.page(DESKTOP, async (page) => {
        await page.goto(`${base}/care/availability`);
        await page.getByRole('heading', { level: 1, name: 'Your availability for video visits' }).waitFor();
        await page.getByLabel('Your time zone').selectOption('UTC');
        await page.getByLabel('30 minutes').check();
        for (const day of ['Saturday', 'Sunday']) {
          await page.getByRole('button', { name: 'Add a weekly time' }).click();
          const row = page.locator('.time-row').filter({ has: page.getByRole('button', { name: /^Remove Monday 09:00/ }) }).last();
          await row.getByRole('combobox', { name: /^Day/ }).selectOption({ label: day });
        }
        await page.getByRole('button', { name: 'Save availability' }).click();
        await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
        await checkAccessibility(page, 'availability');
        await shot(page, 'visits-availability', 'desktop');
      });
      const saved = await irisApi.must('GET', '/api/v1/care/availability', undefined, [200]);
      expect(saved.time_zone === 'UTC' && saved.slot_minutes === 30, `saved ${JSON.stringify(saved)}`);
      expect(saved.weekly.some((w) => w.weekday === 6) && saved.weekly.some((w) => w.weekday === 7), 'no weekend times saved');
      await therapist.page(PHONE, async (page) => {
        await page.goto(`${base}/care/availability`);
        await page.getByRole('button', { name: 'Save availability' }).waitFor();
        await checkAccessibility(page, 'availability on a phone');
        await noSidewaysScroll(page, 'availability');
      });
    }],
    ['[visits] Nora books a visit, finds Join video visit and the .ics file', async () => {
      member = await personBrowser(base, nora.email, PASSWORD, '/(today|start)');
      await member.page(DESKTOP, async (page) => {
        await page.goto(`${base}/appointments`);
        await page.getByRole('heading', { level: 1, name: 'Video visits' }).waitFor();
        await page.getByText('No visits booked.').waitFor();
        await checkAccessibility(page, 'visits, none booked');
        await page.getByRole('button', { name: 'Book a video visit' }).click();
        const days = page.locator('fieldset.slot-day');
        await days.first().waitFor();
        expect((await days.count()) >= 5, 'fewer than 5 days with open times');
        await checkAccessibility(page, 'slot picker');
        await days.nth(3).locator('button.slot').first().click();
        await page.getByRole('button', { name: /^Book / }).click();
        await page.getByRole('status').filter({ hasText: 'Booked:' }).waitFor();
        const card = page.locator('.visit-card').first();
        const join = card.getByRole('link', { name: 'Join video visit' });
        const href = await join.getAttribute('href');
        expect(/^\/visits\/[0-9a-f-]{36}$/.test(href), `Join video visit goes to ${href}`);
        const ics = await card.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href');
        const text = await page.evaluate(async (url) => (await fetch(url)).text(), ics);
        expect(text.startsWith('BEGIN:VCALENDAR\r\n') && text.includes('SUMMARY:Motus video visit'), `the .ics is ${text.slice(0, 80)}`);
        await checkAccessibility(page, 'visits, one booked');
        await shot(page, 'visits-member', 'desktop');
      });
      const mine = await noraApi.must('GET', '/api/v1/me/appointments', undefined, [200]);
      expect(mine.upcoming.length === 1, `Nora has ${mine.upcoming.length} upcoming visits`);
      booked = mine.upcoming[0];
    }],
    ['[visits] Nora moves her visit to another time (phone)', () =>
      member.page(PHONE, async (page) => {
        await page.goto(`${base}/appointments`);
        await page.getByRole('button', { name: 'Change time' }).click();
        const days = page.locator('fieldset.slot-day');
        await days.first().waitFor();
        await days.nth(4).locator('button.slot').nth(1).click();
        await page.getByRole('button', { name: /^Move to / }).click();
        await page.getByRole('status').filter({ hasText: 'Moved to' }).waitFor();
        await checkAccessibility(page, 'visits after moving');
        await noSidewaysScroll(page, 'visits');
        await shot(page, 'visits-member', 'phone');
        const mine = await noraApi.must('GET', '/api/v1/me/appointments', undefined, [200]);
        expect(mine.upcoming.length === 1 && mine.upcoming[0].id === booked.id, 'the move made a second visit');
        expect(mine.upcoming[0].starts_at > booked.starts_at, 'the visit did not move later');
      })],
    ['[visits] Nora makes her private calendar address, which works with no session', () =>
      member.page(DESKTOP, async (page) => {
        await page.goto(`${base}/appointments`);
        await page.getByRole('button', { name: 'Make a calendar address' }).click();
        const address = await page.getByLabel(/Your calendar address/).inputValue();
        feedAddress = address;
        expect(address.startsWith(`${base}/api/v1/calendar/`) && address.endsWith('.ics'), `the address is ${address}`);
        const feed = await fetch(address);
        const text = await feed.text();
        expect(feed.status === 200 && text.includes(`UID:${booked.id}@motus`), `the feed answered ${feed.status}: ${text.slice(0, 80)}`);
        expect(!text.includes('Nora') && !text.includes('Iris'), 'the feed names people');
        await page.getByRole('button', { name: 'Copy address' }).click();
        await page.getByRole('status').filter({ hasText: /Copied|copy it yourself/ }).waitFor();
        await checkAccessibility(page, 'calendar address');
      })],
    ['[reminders] Nora chooses practice days and a time in Account; her calendar address carries them with an alarm', async () => {
      await member.page(PHONE, async (page) => {
        await page.goto(`${base}/account`);
        const section = page.locator('section#reminders');
        await section.getByRole('heading', { name: 'Reminders to practise' }).waitFor();
        for (const day of ['Monday', 'Wednesday', 'Friday']) await section.getByLabel(day, { exact: true }).check();
        await section.getByLabel('At what time?').fill('07:30');
        await section.getByRole('button', { name: 'Save reminders' }).click();
        await section.getByRole('status').filter({ hasText: 'Saved. Your calendar shows "Motus practice"' }).waitFor();
        await checkAccessibility(page, 'account with practice reminders');
        await noSidewaysScroll(page, 'account');
        // Read back after a reload: the choice is kept on the server.
        await page.reload();
        await section.getByLabel('Wednesday', { exact: true }).waitFor();
        expect(await section.getByLabel('Wednesday', { exact: true }).isChecked(), 'Wednesday is not kept');
        expect(!(await section.getByLabel('Tuesday', { exact: true }).isChecked()), 'Tuesday is chosen');
        expect((await section.getByLabel('At what time?').inputValue()) === '07:30', 'the time is not kept');
      });
      const kept = await noraApi.must('GET', '/api/v1/me/reminders', undefined, [200]);
      expect(JSON.stringify(kept.days) === '[1,3,5]' && kept.time === '07:30', `kept ${JSON.stringify(kept)}`);
      const feed = await fetch(feedAddress);
      const text = await feed.text();
      expect(feed.status === 200, `the feed answered ${feed.status}`);
      const event = text.slice(text.indexOf('UID:practice-'), text.indexOf('END:VEVENT', text.indexOf('UID:practice-')));
      expect(event.includes('SUMMARY:Motus practice\r\n'), `no practice event in the feed:\n${text}`);
      expect(event.includes('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n'), `the practice event does not repeat Mon, Wed, Fri:\n${event}`);
      expect(/DTSTART:\d{8}T073000\r\n/.test(event), `the practice event does not start at 07:30 local time:\n${event}`);
      expect(event.includes('BEGIN:VALARM\r\nACTION:DISPLAY\r\n'), `the practice event has no alarm:\n${event}`);
      expect(!text.includes('Nora') && !/pain/i.test(text), 'the feed says more than "Motus practice"');
    }],
    ['[visits] Nora cancels; the therapist sees the cancelled visit', async () => {
      await member.page(DESKTOP, async (page) => {
        page.on('dialog', (d) => d.accept());
        await page.goto(`${base}/appointments`);
        await page.getByRole('button', { name: 'Cancel visit' }).click();
        await page.getByRole('status').filter({ hasText: 'Cancelled your visit' }).waitFor();
        await page.getByText('No visits booked.').waitFor();
        await page.locator('.visit-list.past').getByText('Cancelled').waitFor();
      });
      await therapist.page(DESKTOP, async (page) => {
        await page.goto(`${base}/care/appointments`);
        const card = page.locator('.visit-card', { has: page.getByRole('link', { name: 'Nora Quinlan' }) });
        await card.getByText('Cancelled').waitFor();
        await checkAccessibility(page, 'therapist visits');
      });
    }],
    ['[visits] Iris books Nora in about two hours: her queue says "visit in 2 h", Nora\'s Today reminds her', async () => {
      const start = Math.ceil((Date.now() + 2 * 60 * MINUTE) / (15 * MINUTE)) * 15 * MINUTE;
      await irisApi.must('POST', `/api/v1/care/members/${noraId}/appointments`, { starts_at: start, ends_at: start + 30 * MINUTE }, [201]);
      for (const viewport of [PHONE, DESKTOP]) {
        await therapist.page(viewport, async (page) => {
          await page.goto(`${base}/care`);
          const row = page.locator('tr', { has: page.getByRole('link', { name: 'Nora Quinlan' }) });
          await row.getByRole('link', { name: 'visit in 2 h' }).waitFor();
          await checkAccessibility(page, 'queue with a visit');
        });
        await member.page(viewport, async (page) => {
          await page.goto(`${base}/today`);
          const reminder = page.getByRole('complementary', { name: 'Video visit reminder' });
          await reminder.getByText(/Reminder: your video visit with Iris Tallow is (today|tomorrow) at/).waitFor();
          expect(await reminder.getByRole('link', { name: 'Join video visit' }).isVisible(), 'no Join link in the reminder');
          await checkAccessibility(page, 'today with a reminder');
          if (viewport === PHONE) await noSidewaysScroll(page, 'today');
        });
      }
      await therapist.close();
      await member.close();
    }],
  ];
}
