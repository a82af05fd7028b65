// A video visit in two Chromium browsers with fake cameras and microphones, on 127.0.0.1. An
// admin sets up a clinic of its own (an organization, a roster with Nora Vale, a therapist Iris
// Penn who cares for her) through the API; Iris sets her availability through the API, and Nora
// books the visit in the member app's booking screen. A member books at least two hours ahead,
// so the server's clock is set back for the booking and Nora takes the half hour that holds the
// real now: when the clock is put right the visit room is open. Iris (desktop) and Nora (phone,
// 390×844) each
// pass the device check, meet in the visit room, see each other's video arrive (getStats():
// inbound video bytes rising on both sides), chat, and Iris writes the visit note beside the
// video; Nora turns her camera off and Iris is told; Nora reloads the page and re-joins, and the
// video flows again; Iris ends the visit and both are told. The visit then stands in Nora's
// care record with its note and in her FHIR export as an Encounter. A browser whose camera is
// blocked gets the plain-words message. axe runs on every screen.
import { checkAccessibility, expect, FAKE_MEDIA_ARGS, launchBrowser } from '../harness.mjs';
import { apiClient as memberApiClient } from './10-member.mjs';

const NORA = { first_name: 'Nora', last_name: 'Vale', date_of_birth: '1979-05-05', password: 'quiet-river-bends-slowly' };
const IRIS = { first_name: 'Iris', last_name: 'Penn', first_password: 'given-by-the-admin-4', password: 'steady-hands-warm-tea-9' };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
const NOTE = 'Bridge with a 3 second hold looked steady; keep the dose, review in two weeks.';
// How far back the server's clock is set while Nora books: a member books at least two hours
// ahead, and the half hour holding the real now may have started up to 30 minutes ago.
const BOOKING_SHIFT_SECONDS = (2 * 60 + 40) * 60;

/** 10-member's API client with a check of the answer's status, and a roster upload (CSV). */
function apiClient(base) {
  const client = memberApiClient(base);
  let token = null;
  return {
    async must(method, path, body, want) {
      const r = await client.call(method, path, body);
      expect(want.includes(r.status), `${method} ${path} answered ${r.status}: ${JSON.stringify(r.json)}`);
      return r.json;
    },
    async logIn(email, password) {
      expect((await client.logIn(email, password)) === 200, `login ${email} failed`);
      token = (await client.call('POST', '/api/v1/auth/login', { email, password, bearer: true })).json.token;
    },
    async roster(organization, csv) {
      const res = await fetch(`${base}/api/v1/admin/organizations/${organization}/roster`, {
        method: 'POST',
        headers: { Origin: base, Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
        body: csv,
      });
      expect(res.status === 200, `the roster upload answered ${res.status}`);
    },
  };
}

// Every RTCPeerConnection the page makes, so the test can read its getStats().
function keepPeers() {
  const Original = window.RTCPeerConnection;
  window.__peers = [];
  window.RTCPeerConnection = class extends Original {
    constructor(...args) {
      super(...args);
      window.__peers.push(this);
    }
  };
}

/** Inbound video bytes of the page's newest connection. */
const inboundVideoBytes = (page) =>
  page.evaluate(async () => {
    const peer = window.__peers?.at(-1);
    if (!peer) return 0;
    let bytes = 0;
    (await peer.getStats()).forEach((s) => {
      if (s.type === 'inbound-rtp' && s.kind === 'video') bytes += s.bytesReceived ?? 0;
    });
    return bytes;
  });

/** Waits until video bytes keep arriving: two readings a second apart, the second higher. */
async function videoArrives(page, who) {
  let before = 0;
  for (let i = 0; i < 30; i++) {
    const now = await inboundVideoBytes(page);
    if (before > 0 && now > before) return { before, now };
    before = now;
    await page.waitForTimeout(1000);
  }
  throw new Error(`${who}: no inbound video bytes rising (last ${before})`);
}

async function personBrowser(base, email, password, visitPath, viewport, extra = []) {
  const browser = await launchBrowser([...FAKE_MEDIA_ARGS, ...extra]);
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  page.setDefaultTimeout(15000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(keepPeers);
  await page.goto(`${base}/login?next=${encodeURIComponent(visitPath)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(new RegExp(`${visitPath}$`));
  return {
    page,
    errors,
    close: browser.close,
  };
}

export default async function ({ server, shots }) {
  const base = server.url;
  const suffix = Date.now().toString(36);
  const noraEmail = `nora.vale.${suffix}@visit.example`;
  const irisEmail = `iris.penn.${suffix}@clinic.example`;
  let visitPath = null;
  let appointmentId = null;
  let noraId = null;
  let iris = null;
  let nora = null;
  const admin = apiClient(base);
  const noraApi = apiClient(base);
  const irisApi = apiClient(base);
  const shot = async (page, name) => {
    if (!shots) return;
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
  };

  const tests = [
    ['[visit] an admin sets up Nora and her therapist Iris; Iris opens every half hour (API)', async () => {
      await admin.logIn('admin@demo.example', server.demoPassword);
      const org = await admin.must('POST', '/api/v1/admin/organizations', { name: `Visit Clinic ${suffix}`, enrollment_code: `VISIT${suffix}`.toUpperCase() }, [201]);
      const roster = `first name,last name,date of birth,email\nNora,Vale,1979-05-05,${noraEmail}\n`;
      await admin.roster(org.id, roster);
      const therapist = await admin.must('POST', '/api/v1/admin/staff', { email: irisEmail, role: 'therapist', first_name: IRIS.first_name, last_name: IRIS.last_name, password: IRIS.first_password }, [201]);
      // An account an admin made chooses its own password before anything else (60-care-loop tests the screen).
      await irisApi.logIn(irisEmail, IRIS.first_password);
      await irisApi.must('POST', '/api/v1/me/password', { current_password: IRIS.first_password, new_password: IRIS.password }, [200, 204]);
      const signed = await noraApi.must('POST', '/api/v1/auth/signup', { ...NORA, email: noraEmail, enrollment_code: `VISIT${suffix}`.toUpperCase(), bearer: true }, [201]);
      noraId = signed.account.id;
      await admin.must('PUT', `/api/v1/admin/members/${noraId}/therapist`, { therapist_id: therapist.account.id }, [200]);
      await irisApi.logIn(irisEmail, IRIS.password);
      const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
      await irisApi.must('PUT', '/api/v1/care/availability', { time_zone: 'UTC', slot_minutes: 30, weekly }, [200]);
    }],

    ['[visit] Nora books the half hour that holds now in the booking screen (phone)', async () => {
      const now = Date.now();
      // The server's clock reads 2 h 40 min ago, so every half hour from 40 minutes ago is far
      // enough ahead to book; the visit Nora takes started at most 30 minutes ago.
      server.setClockOffset(-BOOKING_SHIFT_SECONDS);
      let booking = null;
      try {
        booking = await personBrowser(base, noraEmail, NORA.password, '/appointments', PHONE);
        const { page } = booking;
        await page.getByRole('heading', { level: 1, name: 'Video visits' }).waitFor();
        await page.getByRole('button', { name: 'Book a video visit' }).click();
        await page.locator('fieldset.slot-day').first().waitFor();
        const starts = await page.locator('button.slot').evaluateAll(
          (buttons, at) => {
            // The slot buttons carry their start in their label; read it back with the page's own clock words.
            const label = (ms) =>
              `${new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }).format(ms)}, ` +
              new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
            const shown = new Set(buttons.map((b) => b.getAttribute('aria-label')));
            const half = 30 * 60 * 1000;
            const start = Math.floor(at / half) * half;
            return shown.has(label(start)) ? { start, label: label(start) } : null;
          },
          now,
        );
        expect(starts, 'the booking screen offers no half hour holding the current time');
        await page.getByRole('button', { name: starts.label, exact: true }).click();
        await page.getByRole('button', { name: `Book ${starts.label}` }).click();
        await page.getByRole('status').filter({ hasText: `Booked: ${starts.label}.` }).waitFor();
        await checkAccessibility(page, 'visit booked (member, phone)');
        expect(booking.errors.length === 0, `errors in Nora's booking page: ${booking.errors.join(' | ')}`);
      } finally {
        server.setClockOffset(0);
        if (booking) await booking.close();
      }
      await noraApi.logIn(noraEmail, NORA.password);
      const mine = await noraApi.must('GET', '/api/v1/me/appointments', undefined, [200]);
      expect(mine.upcoming.length === 1, `Nora has ${mine.upcoming.length} upcoming visits`);
      const visit = mine.upcoming[0];
      expect(visit.booked_by === 'member' && visit.join_open, `the booked visit: ${JSON.stringify(visit)}`);
      appointmentId = visit.id;
      visitPath = `/visits/${appointmentId}`;
      expect(visit.visit_path === visitPath, `the visit is at ${visit.visit_path}`);
    }],

    ['[visit] Iris checks her camera (desktop), joins and waits for Nora, with Nora\'s record beside', async () => {
      iris = await personBrowser(base, irisEmail, IRIS.password, visitPath, DESKTOP);
      const { page } = iris;
      await page.getByRole('heading', { level: 1, name: 'Video visit with Nora Vale' }).waitFor();
      await page.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor();
      await page.waitForFunction(() => document.querySelector('video')?.videoWidth > 0);
      expect((await page.getByLabel('Camera', { exact: true }).locator('option').count()) >= 1, 'no camera to choose');
      expect((await page.getByLabel('Microphone', { exact: true }).locator('option').count()) >= 1, 'no microphone to choose');
      await page.getByText('The visit room is open.').waitFor();
      await page.getByRole('heading', { name: 'Nora Vale', exact: true }).waitFor(); // the record beside
      await checkAccessibility(page, 'visit device check (therapist, desktop)');
      await page.getByRole('button', { name: 'Join the visit' }).click();
      await page.getByText('Waiting for Nora to join.').waitFor();
      await checkAccessibility(page, 'visit waiting room (therapist, desktop)');
    }],

    ['[visit] Nora joins from her phone and both see the other\'s video arrive', async () => {
      nora = await personBrowser(base, noraEmail, NORA.password, visitPath, PHONE);
      const { page } = nora;
      await page.getByRole('heading', { level: 1, name: 'Video visit with Iris Penn' }).waitFor();
      await page.waitForFunction(() => document.querySelector('video')?.videoWidth > 0);
      await page.getByText('Iris is already in the visit room.').waitFor();
      await checkAccessibility(page, 'visit device check (member, phone)');
      await page.getByRole('button', { name: 'Join the visit' }).click();
      await page.getByText('You are in the visit with Iris.').waitFor({ timeout: 30000 });
      await iris.page.getByText('You are in the visit with Nora.').waitFor({ timeout: 30000 });
      const atNora = await videoArrives(page, 'Nora');
      const atIris = await videoArrives(iris.page, 'Iris');
      console.log(`     video bytes in: Nora ${atNora.before} → ${atNora.now}, Iris ${atIris.before} → ${atIris.now}`);
      await page.waitForFunction(() => document.querySelector('video[aria-label$="video"]:not([hidden])')?.videoWidth > 0);
      await checkAccessibility(page, 'visit call (member, phone)');
      await checkAccessibility(iris.page, 'visit call (therapist, desktop)');
    }],

    ['[visit] they chat, and Iris writes the visit note beside the video', async () => {
      await nora.page.getByLabel('Message to Iris').fill('Hello Iris, the bridges feel easier.');
      await nora.page.getByRole('button', { name: 'Send' }).click();
      await iris.page.getByText('Hello Iris, the bridges feel easier.').waitFor();
      await iris.page.getByLabel('Message to Nora').fill('Lovely. Show me one now?');
      await iris.page.getByRole('button', { name: 'Send' }).click();
      await nora.page.getByText('Lovely. Show me one now?').waitFor();
      await iris.page.getByLabel(/What you saw and agreed/).fill(NOTE);
      await iris.page.getByRole('button', { name: 'Save note' }).click();
      await iris.page.getByText(/^Note saved/).waitFor();
      await shot(iris.page, 'visit-desktop');
      await shot(nora.page, 'visit-phone');
    }],

    ['[visit] Nora turns her camera off and mutes; Iris is told', async () => {
      await nora.page.getByRole('button', { name: 'Camera off' }).click();
      await iris.page.getByText('Nora has turned their camera off.').waitFor();
      await nora.page.getByRole('button', { name: 'Camera on' }).click();
      await nora.page.getByRole('button', { name: 'Mute', exact: true }).click();
      await iris.page.getByText('Nora is muted').waitFor();
      expect((await nora.page.getByRole('button', { name: 'Unmute' }).getAttribute('aria-pressed')) === 'true', 'Unmute is not pressed');
      await nora.page.getByRole('button', { name: 'Unmute' }).click();
    }],

    ['[visit] Nora reloads the page, re-joins, and the video flows again', async () => {
      const irisPeers = await iris.page.evaluate(() => window.__peers.length);
      await nora.page.reload();
      await nora.page.getByRole('button', { name: 'Join the visit' }).click();
      await nora.page.getByText('You are in the visit with Iris.').waitFor({ timeout: 30000 });
      // Iris's side made a fresh connection for the re-joined Nora, and it is up.
      await iris.page.waitForFunction(
        (before) => window.__peers.length > before && window.__peers.at(-1).connectionState === 'connected',
        irisPeers,
        { timeout: 30000 },
      );
      await videoArrives(nora.page, 'Nora after re-joining');
      await videoArrives(iris.page, 'Iris after Nora re-joined');
    }],

    ['[visit] Iris ends the visit; both are told, and it joins Nora\'s record and export', async () => {
      await iris.page.getByRole('button', { name: 'End visit' }).click();
      await iris.page.getByRole('heading', { name: 'You ended the visit.' }).waitFor();
      await nora.page.getByRole('heading', { name: 'The other person ended the visit.' }).waitFor();
      await checkAccessibility(nora.page, 'visit ended (member, phone)');
      expect(iris.errors.length === 0, `errors in Iris's page: ${iris.errors.join(' | ')}`);
      expect(nora.errors.length === 0, `errors in Nora's page: ${nora.errors.join(' | ')}`);
      let visits = [];
      for (let i = 0; i < 20 && !(visits[0]?.ended_at); i++) {
        visits = (await irisApi.must('GET', `/api/v1/care/members/${noraId}`, undefined, [200])).visits;
        if (!visits[0]?.ended_at) await new Promise((r) => setTimeout(r, 250));
      }
      expect(visits.length === 1 && visits[0].note === NOTE, `the record's visits: ${JSON.stringify(visits)}`);
      expect(visits[0].duration_seconds >= 1, `the visit lasted ${visits[0].duration_seconds} s`);
      const bundle = await noraApi.must('GET', '/api/v1/me/export', undefined, [200]);
      const encounters = bundle.entry.filter((e) => e.resource.resourceType === 'Encounter');
      expect(encounters.length === 1 && encounters[0].resource.status === 'finished', 'no finished Encounter in the export');
      await iris.close();
      await nora.close();
      iris = nora = null;
    }],

    ['[visit] a blocked camera gets a plain-words message and a way on', async () => {
      const blocked = await personBrowser(base, noraEmail, NORA.password, visitPath, PHONE);
      try {
        const { page } = blocked;
        await page.addInitScript(() => {
          navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
        });
        await page.reload();
        await page.getByRole('alert').filter({ hasText: 'Your browser is blocking the camera and microphone.' }).waitFor();
        await page.getByRole('button', { name: 'Try again' }).waitFor();
        expect(await page.getByRole('button', { name: 'Join the visit' }).isDisabled(), 'Join is offered without a camera');
        await checkAccessibility(page, 'visit with a blocked camera (phone)');
      } finally {
        await blocked.close();
      }
    }],
  ];
  return tests.map(([name, fn]) => [
    name,
    async () => {
      try {
        await fn();
      } catch (error) {
        if (iris) await iris.close().catch(() => {});
        if (nora) await nora.close().catch(() => {});
        iris = nora = null;
        throw error;
      }
    },
  ]);
}
