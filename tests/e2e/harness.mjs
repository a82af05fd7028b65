// Starts the real motus server on a free port and Debian's Chromium, and runs named tests in
// order, printing one line per test and a closing tally. No browser is ever downloaded.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const root = new URL('../../', import.meta.url).pathname;
const webRequire = createRequire(join(root, 'web/package.json'));
export const { chromium } = webRequire('playwright-core');
export const axeSource = webRequire('axe-core').source;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** The demo accounts' password in every e2e run (admin@demo.example, pt@demo.example). */
export const DEMO_PASSWORD = 'e2e-demo-password-7';

/**
 * Runs `motus serve --demo` on port 0 and resolves once its JSON "listening" line names the port.
 * The clock can be moved with server.setClockOffset(seconds) (the server reads the file).
 */
export async function startServer(binary, extraEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'motus-e2e-'));
  const clockFile = join(dir, 'clock-offset');
  writeFileSync(clockFile, '0\n');
  const child = spawn(
    binary,
    ['serve', '--demo', '--port', '0', '--db', `sqlite:${join(dir, 'motus.db')}`, '--web-root', 'web/dist', '--content-dir', 'content'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, MOTUS_DEMO_PASSWORD: DEMO_PASSWORD, MOTUS_CLOCK_OFFSET_FILE: clockFile, ...extraEnv },
    },
  );
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not report "listening" within 20 s')), 20000);
    child.on('exit', (code) => reject(new Error(`the server exited early with code ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const event = JSON.parse(line);
        if (event.msg === 'listening') {
          clearTimeout(timer);
          resolve(event.port);
        }
      } catch {
        // Not a log line; the server only writes JSON, so ignore anything else.
      }
    });
  });
  const dbFile = join(dir, 'motus.db');
  return {
    url: `http://127.0.0.1:${port}`,
    demoPassword: DEMO_PASSWORD,
    /** SQL on the server's SQLite file (sqlite3), for set-up no route makes yet; prints rows. */
    sql: (text) => execFileSync('sqlite3', ['-cmd', '.timeout 5000', dbFile, text], { encoding: 'utf8' }),
    setClockOffset: (seconds) => writeFileSync(clockFile, `${seconds}\n`),
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A camera and microphone that play a test pattern and a tone, allowed without asking. */
export const FAKE_MEDIA_ARGS = [
  '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
  // Two browsers on one machine call each other over 127.0.0.1 (host candidates, no mDNS names).
  '--allow-loopback-in-peer-connection', '--disable-features=WebRtcHideLocalIpsWithMdns',
];

export async function launchBrowser(extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'motus-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs axe-core in the page and throws on any serious or critical violation. */
export async function checkAccessibility(page, where) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  if (violations.length) throw new Error(`axe on ${where}: ${violations.join('; ')}`);
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

export async function runAll(tests) {
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of tests) {
    const started = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      console.log(`FAIL ${name}: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
    }
  }
  return { passed, failed };
}
