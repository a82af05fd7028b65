// Staff identity and account recovery in Chromium.
// - Two-step login: a new therapist (made by the demo admin through the API) logs in, opens their
//   account, reads the key printed under the QR code, confirms with a code computed here (RFC 6238, as an
//   authenticator app would), keeps the recovery codes; logs out and back in, and is asked for the
//   code after the password. axe runs on the set-up and the code screens.
// - Forgot password over real SMTP: a second server talks to a python3-aiosmtpd sink started
//   here; a member asks for a link on /forgot-password, the link from the received mail opens
//   /reset-password, the new password logs in.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAccessibility, expect, launchBrowser, startServer } from '../harness.mjs';
import { apiClient } from './10-member.mjs';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(text) {
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    value = (value << 5) | ALPHABET.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The 6-digit code for `secret` at the real time plus `stepsAhead` steps of 30 s. */
function totp(secret, stepsAhead = 0) {
  const step = Math.floor(Date.now() / 1000 / 30) + stepsAhead;
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', secret).update(message).digest();
  const at = mac[19] & 15;
  const number = ((mac[at] & 0x7f) << 24) | (mac[at + 1] << 16) | (mac[at + 2] << 8) | mac[at + 3];
  return String(number % 1_000_000).padStart(6, '0');
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** python3-aiosmtpd on 127.0.0.1, keeping every message in a Maildir. */
async function startSmtpSink() {
  const dir = mkdtempSync(join(tmpdir(), 'motus-smtp-'));
  const port = await freePort();
  const child = spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', join(dir, 'mail')], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 20000;
  for (;;) {
    const up = await new Promise((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1');
    });
    if (up) break;
    if (Date.now() > deadline) throw new Error('the SMTP sink did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const messages = () => {
    const folder = join(dir, 'mail', 'new');
    return existsSync(folder) ? readdirSync(folder).map((f) => readFileSync(join(folder, f), 'utf8')) : [];
  };
  return {
    port,
    async waitFor(text) {
      const until = Date.now() + 10000;
      for (;;) {
        const found = messages().find((m) => m.includes(text));
        if (found) return found;
        if (Date.now() > until) throw new Error(`no mail containing ${text} arrived`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: () => child.kill('SIGTERM'),
  };
}

// The refusals these journeys provoke on purpose (a wrong code) show in the console as failed
// loads; anything else in the console, or any script error, fails the test.
const EXPECTED = [/Failed to load resource: the server responded with a status of 40[01]/];

/** A fresh browser of its own (its own cookies), one page at `viewport`. */
async function withOwnPage(viewport, fn) {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    page.setDefaultTimeout(10000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !EXPECTED.some((re) => re.test(m.text())) && errors.push(m.text()));
    await fn(page);
    expect(errors.length === 0, `errors in the page: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
  }
}

export default async function ({ server, WIDTHS, binary }) {
  const base = server.url;
  const desktop = WIDTHS.find((w) => w.name === 'desktop') ?? WIDTHS[WIDTHS.length - 1];
  const phone = WIDTHS.find((w) => w.name === 'phone') ?? WIDTHS[0];
  const suffix = Date.now().toString(36);
  const therapist = { first_name: 'Noor', last_name: 'Halden', email: `noor.halden.${suffix}@clinic.example`, password: 'two-steps-are-safer-9' };

  return [
    [`[${phone.name}] a therapist sets up two-step login with a QR code and then logs in with a code`, () =>
      withOwnPage(phone.viewport, async (page) => {
        server.setClockOffset(0);
        const admin = apiClient(base);
        expect((await admin.logIn('admin@demo.example', server.demoPassword)) === 200, 'the demo admin could not log in');
        const made = await admin.call('POST', '/api/v1/admin/staff', { ...therapist, role: 'therapist' });
        expect(made.status === 201, `making the therapist answered ${made.status}`);
        // An account an admin made chooses its own password before anything else (60-care-loop tests the screen).
        const noor = apiClient(base);
        expect((await noor.logIn(therapist.email, therapist.password)) === 200, 'the new therapist could not log in');
        const own = `${therapist.password}-own`;
        const changed = await noor.call('POST', '/api/v1/me/password', { current_password: therapist.password, new_password: own });
        expect(changed.status === 200 || changed.status === 204, `choosing her own password answered ${changed.status}`);
        therapist.password = own;

        const logIn = async () => {
          await page.goto(`${base}/login`);
          await page.getByLabel('Email').fill(therapist.email);
          await page.getByLabel('Password').fill(therapist.password);
          await page.getByRole('button', { name: 'Log in' }).click();
        };
        await logIn();
        await page.waitForURL(/\/care$/);
        await page.goto(`${base}/account`);
        await page.getByRole('button', { name: 'Set up two-step login' }).click();
        const qr = page.getByRole('img', { name: /QR code/ });
        await qr.waitFor();
        expect((await qr.locator('path').getAttribute('d')).length > 500, 'the QR code is empty');
        await checkAccessibility(page, 'two-step set-up');
        const secret = base32Decode(await page.locator('.totp-secret').innerText());
        expect(secret.length === 20, `the key has ${secret.length} bytes`);
        await page.getByLabel('The 6-digit code your app shows').fill(totp(secret, 3));
        await page.getByRole('button', { name: 'Turn on two-step login' }).click();
        await page.locator('#field-code-error').waitFor();
        await page.getByLabel('The 6-digit code your app shows').fill(totp(secret));
        await page.getByRole('button', { name: 'Turn on two-step login' }).click();
        const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
        await codes.first().waitFor();
        expect((await codes.count()) === 10, 'not ten recovery codes');
        await checkAccessibility(page, 'recovery codes');

        await page.getByRole('button', { name: 'Log out' }).click();
        await page.waitForURL(`${base}/`);
        await logIn();
        await page.getByRole('heading', { level: 1, name: 'Type your code' }).waitFor();
        await checkAccessibility(page, 'code step');
        // The code used to confirm is spent; the next step's code (one step of drift) is not.
        await page.getByLabel('Code from your app').fill(totp(secret));
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.getByRole('alert').waitFor();
        await page.getByLabel('Code from your app').fill(totp(secret, 1));
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.waitForURL(/\/care$/);
      })],

    [`[${desktop.name}] a member who forgot the password gets a link by email and chooses a new one`, async () => {
      const sink = await startSmtpSink();
      const mailServer = await startServer(binary, {
        MOTUS_SMTP_HOST: '127.0.0.1',
        MOTUS_SMTP_PORT: String(sink.port),
        MOTUS_SMTP_FROM: 'motus@clinic.example',
        MOTUS_PUBLIC_URL: 'http://placeholder.invalid',
      });
      try {
        const mbase = mailServer.url;
        const member = apiClient(mbase);
        await member.signUp({ first: 'Lena', last: 'Marchetti', born: '1998-09-15', email: 'lena.marchetti@demo.example' }, 'first-password-is-long');
        await withOwnPage(desktop.viewport, async (page) => {
          await page.goto(`${mbase}/login`);
          await page.getByRole('link', { name: 'Forgot your password?' }).click();
          await page.waitForURL(/\/forgot-password$/);
          await page.getByLabel('Email').fill('lena.marchetti@demo.example');
          await page.getByRole('button', { name: 'Send me a link' }).click();
          await page.getByRole('status').waitFor();
          await checkAccessibility(page, 'forgot password');
          const mail = await sink.waitFor('/reset-password');
          const link = /http\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail)?.[0];
          expect(link, 'no reset link in the mail');
          await page.goto(`${mbase}${new URL(link).pathname}${new URL(link).search}`);
          await page.getByLabel('New password').fill('second-password-is-longer');
          await checkAccessibility(page, 'reset password');
          await page.getByRole('button', { name: 'Save my new password' }).click();
          await page.getByRole('heading', { level: 1, name: 'Your password is changed' }).waitFor();
          expect((await member.logIn('lena.marchetti@demo.example', 'second-password-is-longer')) === 200, 'the new password does not log in');
          expect((await member.logIn('lena.marchetti@demo.example', 'first-password-is-long')) === 401, 'the old password still logs in');
        });
      } finally {
        mailServer.stop();
        sink.stop();
      }
    }],
  ];
}
