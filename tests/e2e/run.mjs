// End-to-end tests of the web app against the real server binary, at phone and desktop widths.
// Usage: node tests/e2e/run.mjs [path/to/motus] [FILTER]   (default build/src/cli/motus)
// FILTER runs only the journeys whose file name contains it (e.g. 40-intake), not the rest.
// MOTUS_SCREENSHOTS=1 also refreshes the pictures in docs/screenshots/ used by the README (phone
// pictures at 390×844, desktop at 1280×860).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { checkAccessibility, expect, launchBrowser, root, runAll, startServer } from './harness.mjs';

const binary = process.argv[2] ?? join(root, 'build/src/cli/motus');
const only = process.argv[3] ?? null;
if (!existsSync(binary)) throw new Error(`no motus binary at ${binary}; build it first`);
if (!existsSync(join(root, 'web/dist/index.html'))) throw new Error('web/dist is missing; run npm run build in web/');

const shots = process.env.MOTUS_SCREENSHOTS ? join(root, 'docs/screenshots') : null;
// The tests run at a small phone's width (375×812) so that nothing needs more; the README's
// pictures are taken at an everyday phone's 390×844, the size members were tried at.
const WIDTHS = [
  { name: 'phone', viewport: shots ? { width: 390, height: 844 } : { width: 375, height: 812 } },
  { name: 'desktop', viewport: { width: 1280, height: 860 } },
];
if (shots) mkdirSync(shots, { recursive: true });

const server = await startServer(binary);
const browser = await launchBrowser();
let totals = { passed: 0, failed: 0 };

// Every test gets a fresh page that fails on any script error or CSP complaint.
async function withPage(viewport, fn) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await fn(page);
    expect(errors.length === 0, `errors in the page: ${errors.join(' | ')}`);
  } finally {
    await page.close();
  }
}

const figureNow = (page) => page.locator('svg.figure').innerHTML();

async function samples(page, count, everyMs) {
  const seen = [];
  for (let i = 0; i < count; i++) {
    seen.push(await figureNow(page));
    await page.waitForTimeout(everyMs);
  }
  return seen;
}

try {
  const all = await (await fetch(`${server.url}/api/v1/exercises`)).json();
  const details = await Promise.all(
    all.exercises.map((e) => fetch(`${server.url}/api/v1/exercises/${e.id}`).then((r) => r.json())),
  );
  const holdExercise = details.find((e) => e.dosage.hold_seconds >= 10 && e.dosage.sides === 'each' && e.dosage.minutes === 0);
  expect(holdExercise, 'the knowledge base has no hold exercise done on each side');

  for (const { name: width, viewport } of only ? [] : WIDTHS) {
    const at = (path) => `${server.url}${path}`;
    const shot = async (page, name) => {
      const picture = await page.screenshot();
      expect(picture.length > 1000, `the ${name} screenshot is empty`);
      if (shots) writeFileSync(join(shots, `${name}-${width}.png`), picture);
    };
    const result = await runAll([
      [`[${width}] home says what Motus is and that it is not medical advice`, () =>
        withPage(viewport, async (page) => {
          await page.goto(at('/'));
          await page.getByRole('heading', { level: 1 }).waitFor();
          expect(await page.getByText('not medical advice').first().isVisible(), 'no "not medical advice" statement');
          await checkAccessibility(page, 'home');
          await shot(page, 'home');
        })],

      [`[${width}] the library filters by pattern, position and equipment`, () =>
        withPage(viewport, async (page) => {
          await page.goto(at('/exercises'));
          const cards = page.locator('.cards > li');
          await cards.first().waitFor();
          const total = await cards.count();
          expect(total === all.exercises.length, `library shows ${total} of ${all.exercises.length} exercises`);
          const showing = (n) => page.waitForFunction((want) => document.querySelectorAll('.cards > li').length === want, n);
          await page.getByLabel('Pain pattern').selectOption('coccydynia');
          await page.waitForURL(/pattern=coccydynia/);
          const coccyx = all.exercises.filter((e) => e.patterns.includes('coccydynia'));
          expect(coccyx.length > 0 && coccyx.length < total, 'coccydynia does not narrow the list');
          await showing(coccyx.length);
          await page.getByLabel('Position').selectOption('sitting');
          await page.waitForURL(/position=sitting/);
          await showing(coccyx.filter((e) => e.positions.includes('sitting')).length);
          await page.getByLabel('Position').selectOption('');
          await page.getByLabel('Pain pattern').selectOption('');
          await page.getByLabel('Equipment').selectOption('chair');
          await page.waitForURL(/equipment=chair/);
          const chair = all.exercises.filter((e) => e.equipment.includes('chair')).length;
          await showing(chair);
          await checkAccessibility(page, 'library');
          await page.getByLabel('Equipment').selectOption('');
          await showing(total);
          await shot(page, 'library');
          await page.getByRole('link', { name: 'Bridge', exact: true }).click();
          await page.waitForURL(/\/exercises\/bridge$/);
          await page.getByRole('heading', { level: 1, name: 'Bridge' }).waitFor();
        })],

      [`[${width}] the player animates a rep exercise, pauses, and ends with well done, keeping nothing on the device`, () =>
        withPage(viewport, async (page) => {
          await page.goto(at('/exercises/bridge'));
          const start = page.getByRole('button', { name: 'Start' });
          await start.waitFor();
          const still = await samples(page, 3, 200);
          expect(new Set(still).size === 1, 'the figure moves before Start');
          await start.click();
          const moving = await samples(page, 8, 150);
          expect(new Set(moving).size >= 5, `the figure took only ${new Set(moving).size} shapes in 1.2 s`);
          expect((await page.locator('.counter').innerText()).replace(/\s+/g, ' ') === '1 of 10 reps', 'no rep counter "1 of 10 reps"');
          await checkAccessibility(page, 'player');
          await shot(page, 'player');
          await page.getByRole('button', { name: 'Pause' }).click();
          await page.waitForTimeout(150);
          const paused = await samples(page, 3, 200);
          expect(new Set(paused).size === 1, 'the figure keeps moving while paused');
          await page.getByRole('button', { name: 'Continue' }).click();
          await page.getByRole('button', { name: 'Finish exercise' }).click();
          // The library's player records nothing: a member's ratings go with their session.
          await page.getByRole('heading', { name: 'Well done' }).waitFor();
          expect((await page.getByRole('slider').count()) === 0, 'the library player still asks for a pain rating');
          expect((await page.evaluate(() => localStorage.getItem('motus.ratings'))) === null, 'ratings are still kept on the device');
          await checkAccessibility(page, 'exercise done');
          await page.getByRole('button', { name: 'Do it again' }).click();
          await page.getByRole('button', { name: 'Start' }).waitFor();
        })],

      [`[${width}] a hold exercise shows the countdown ring and the side`, () =>
        withPage(viewport, async (page) => {
          await page.goto(at(`/exercises/${holdExercise.id}`));
          await page.getByRole('button', { name: 'Start' }).click();
          const ring = page.getByRole('timer').first();
          await ring.waitFor();
          expect((await page.locator('.set-line').innerText()).includes('right side'), 'the first side is not named');
          const before = await ring.getAttribute('aria-label');
          await page.waitForFunction(
            (first) => document.querySelector('[role=timer]')?.getAttribute('aria-label') !== first,
            before,
            { timeout: 8000 },
          );
          expect(/Hold/.test(await ring.getAttribute('aria-label')), 'the ring does not count a hold');
          await checkAccessibility(page, 'hold player');
        })],

      [`[${width}] breathing shows a circle with breathe in and breathe out`, () =>
        withPage(viewport, async (page) => {
          await page.goto(at('/exercises/diaphragmatic_breathing'));
          await page.getByRole('button', { name: 'Start' }).click();
          await page.locator('.breath-text', { hasText: 'Breathe in' }).waitFor();
          const size = () => page.locator('.breath-circle').getAttribute('style');
          const first = await size();
          await page.waitForTimeout(600);
          expect((await size()) !== first, 'the breathing circle does not grow');
          await page.locator('.breath-text', { hasText: 'Breathe out' }).waitFor({ timeout: 8000 });
        })],

      [`[${width}] with reduced motion the figure shows key poses without moving`, () =>
        withPage(viewport, async (page) => {
          await page.emulateMedia({ reducedMotion: 'reduce' });
          await page.goto(at('/exercises/bridge'));
          await page.getByRole('button', { name: 'Start' }).click();
          const shapes = new Set(await samples(page, 12, 200));
          expect(shapes.size >= 2 && shapes.size <= 3, `reduced motion showed ${shapes.size} shapes in 2.4 s`);
        })],

      [`[${width}] an article reads, and its links stay in the app`, () =>
        withPage(viewport, async (page) => {
          await page.goto(at('/articles'));
          await page.getByRole('link', { name: /Your sacrum/ }).click();
          await page.waitForURL(/\/articles\/the-sacrum$/);
          await page.getByRole('heading', { level: 1, name: /sacrum/i }).waitFor();
          expect((await page.locator('.prose h2').count()) >= 2, 'the article has no sections');
          await checkAccessibility(page, 'article');
          await shot(page, 'article');
          await page.evaluate(() => (window.stayed = true));
          await page.locator('.prose a[href^="/articles/"]').first().click();
          await page.waitForURL(/\/articles\/(?!the-sacrum)/);
          await page.getByRole('heading', { level: 1 }).waitFor();
          expect(await page.evaluate(() => window.stayed === true), 'the article link reloaded the page');
        })],

      [`[${width}] search "tailbone" lists hits with marked words`, () =>
        withPage(viewport, async (page) => {
          await page.goto(at('/search'));
          await page.getByLabel('Search exercises, articles and pain patterns').fill('tailbone');
          await page.keyboard.press('Enter');
          await page.waitForURL(/q=tailbone/);
          await page.locator('.cards > li').first().waitFor();
          expect((await page.locator('mark').first().innerText()).toLowerCase() === 'tailbone', 'no marked word');
          expect(!(await page.locator('main').innerText()).includes('<mark>'), 'raw <mark> tags shown as text');
          await checkAccessibility(page, 'search');
          await page.getByRole('link', { name: /Coccydynia \(tailbone pain\)/ }).click();
          await page.locator('.safety').waitFor();
          await checkAccessibility(page, 'pattern');
        })],

      [`[${width}] the body map works by keyboard only`, () =>
        withPage(viewport, async (page) => {
          await page.goto(at('/where-it-hurts'));
          const regions = page.locator('[data-region]');
          await regions.first().waitFor();
          expect((await regions.count()) === 17, `the body map has ${await regions.count()} regions`);
          expect(await page.getByText('your own').isVisible(), 'the map does not say left and right are the member\'s own');
          for (const box of await regions.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON())))
            expect(box.width >= 43.5 && box.height >= 43.5, `a body-map target is ${box.width.toFixed(0)} × ${box.height.toFixed(0)} px`);
          const want = ['tailbone', 'sacrum_left', 'foot_right'];
          for (let i = 0; i < 80 && want.length; i++) {
            await page.keyboard.press('Tab');
            const id = await page.evaluate(() => document.activeElement?.getAttribute('data-region'));
            if (id && want.includes(id)) {
              await page.keyboard.press(id === 'sacrum_left' ? 'Space' : 'Enter');
              want.splice(want.indexOf(id), 1);
            }
          }
          expect(want.length === 0, `could not reach ${want.join(', ')} with Tab`);
          const chosen = await page.locator('.chosen code').allInnerTexts();
          expect(chosen.sort().join() === 'foot_right,sacrum_left,tailbone', `chose ${chosen.join()}`);
          expect((await page.locator('[data-region="tailbone"]').getAttribute('aria-pressed')) === 'true', 'aria-pressed not set');
          expect((await page.getByRole('button', { name: 'Tailbone' }).count()) === 1, 'the tailbone has no accessible name');
          await checkAccessibility(page, 'body map');
          await page.evaluate(() => window.scrollTo(0, 0));
          await shot(page, 'bodymap');
          await page.locator('[data-region="tailbone"]').focus();
          await page.keyboard.press('Enter');
          expect((await page.locator('.chosen code').count()) === 2, 'Enter did not undo a choice');
        })],

      [`[${width}] pain patterns list and detail`, () =>
        withPage(viewport, async (page) => {
          await page.goto(at('/patterns'));
          await page.locator('.cards > li').first().waitFor();
          await checkAccessibility(page, 'patterns');
          await page.locator('.cards a').first().click();
          await page.getByRole('heading', { name: 'When to see a doctor' }).waitFor();
          expect((await page.locator('main li').count()) >= 10, 'the pattern lists what it feels like and what helps');
          await checkAccessibility(page, 'pattern detail');
        })],

      [`[${width}] the app installs: manifest, service worker and deep links`, () =>
        withPage(viewport, async (page) => {
          await page.goto(at('/exercises/bridge'));
          await page.getByRole('heading', { level: 1, name: 'Bridge' }).waitFor();
          const manifest = await page.evaluate(() => fetch('/manifest.webmanifest').then((r) => r.json()));
          expect(manifest.start_url === '/' && manifest.icons.length > 0, 'bad manifest');
          const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
          expect(scope.endsWith('/'), `service worker scope ${scope}`);
        })],
    ]);
    totals = { passed: totals.passed + result.passed, failed: totals.failed + result.failed };
  }

  const once = await runAll(only ? [] : [
    ['every exercise in the knowledge base draws a whole figure', () =>
      withPage(WIDTHS[1].viewport, async (page) => {
        await page.goto(`${server.url}/exercises`);
        // Let the service worker take control first: its clients.claim() mid-loop can swallow
        // the first navigation.
        await page.evaluate(() => navigator.serviceWorker.ready);
        for (const e of details) {
          await page.evaluate((id) => {
            history.pushState(null, '', `/exercises/${id}`);
            dispatchEvent(new PopStateEvent('popstate'));
          }, e.id);
          // Generous wait: CI machines are loaded; the message names the exercise that stalled.
          await page.getByRole('heading', { level: 1, name: e.name, exact: true })
            .waitFor({ timeout: 30000 })
            .catch((error) => { throw new Error(`${e.id}: its page did not show: ${error.message}`); });
          const svg = await figureNow(page);
          expect(!svg.includes('NaN') && (svg.match(/<path/g) ?? []).length >= 3, `${e.id} draws a broken figure`);
          const box = await page.locator('svg.figure').boundingBox();
          expect(box && box.width > 100 && box.height > 40, `${e.id} figure is ${JSON.stringify(box)}`);
        }
      })],
    ['the first load stays within 100 KB of JavaScript gzipped', async () => {
      const html = await (await fetch(server.url + '/')).text();
      const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
      expect(scripts.length > 0, 'index.html loads no script');
      let bytes = 0;
      for (const [, src] of scripts) bytes += gzipSync(Buffer.from(await (await fetch(server.url + src)).arrayBuffer())).length;
      console.log(`     first-load JavaScript: ${(bytes / 1024).toFixed(1)} KB gzipped`);
      expect(bytes <= 100 * 1024, `first-load JavaScript is ${bytes} bytes gzipped`);
    }],
  ]);
  totals = { passed: totals.passed + once.passed, failed: totals.failed + once.failed };

  // Journeys: each file in tests/e2e/journeys/ exports a default function that gets the running
  // server and helpers and returns its [name, fn] tests. Files run in name order.
  const journeyDir = join(root, 'tests/e2e/journeys');
  const journeyFiles = existsSync(journeyDir) ? readdirSync(journeyDir).filter((f) => f.endsWith('.mjs') && (!only || f.includes(only))).sort() : [];
  for (const file of journeyFiles) {
    const journey = await import(pathToFileURL(join(journeyDir, file)).href);
    const tests = await journey.default({ server, browser, withPage, WIDTHS, shots, binary });
    const result = await runAll(tests);
    totals = { passed: totals.passed + result.passed, failed: totals.failed + result.failed };
  }
} finally {
  await browser.close();
  server.stop();
}

console.log(`e2e: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
