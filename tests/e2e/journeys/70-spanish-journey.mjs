// Motus in Spanish, in a Chromium whose language is Spanish (locale es-ES: navigator.language and
// Accept-Language say es), on a phone (390×844). Lucía Ferrer, on the roster of a clinic of her
// own (made through the API), signs up, answers the intake, reads the result, runs today's
// session, checks in, answers a questionnaire and sees her progress. On every screen <html
// lang="es">, axe finds nothing serious, and no English sentence is left behind (the check that
// 71-english-left-behind.mjs walks every member screen with). The screens are driven by their
// structure (field names, ids, the primary button), and by the Spanish words this branch wrote.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAccessibility, chromium, CHROMIUM_ARGS, expect } from '../harness.mjs';
import { apiClient as appointmentsClient } from './60-appointments.mjs';

export const PHONE = { width: 390, height: 844 };

/**
 * Common English words: one of them in a Spanish screen is an English sentence left behind.
 * Whole words, any case. None of them is a Spanish word.
 */
export const ENGLISH_WORDS = [
  'the', 'your', 'you', 'and', 'with', 'this', 'that', 'please', 'save', 'next', 'back', 'loading',
  'log in', 'sign up', 'what', 'how', 'here', 'not', 'is', 'are', 'of', 'to', 'for', 'it', 'my',
  'from', 'today', 'done', 'start', 'week', 'weeks', 'pain', 'visit', 'check', 'send',
];

/**
 * Words that stay as they are in a Spanish screen: names, the brand, formats and units. Removed
 * from the text before the English words are looked for.
 */
export const SAME_IN_SPANISH = ['Motus', 'FHIR', 'PDF', 'https', '.ics', 'Motus video visit'];

/**
 * The visible texts of the page (text, aria-label, title, alt, placeholder, aria-valuetext,
 * the options of a select, the tab title) that hold an English word, each with where it is.
 * Text inside an element marked with another language (lang="en": the language switch's
 * "English") is not Spanish by design and is left out.
 */
export async function englishLeftBehind(page, allowed = []) {
  return page.evaluate(
    ({ words, same }) => {
      const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])(${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?=$|[^\\p{L}\\p{N}])`, 'iu');
      const found = [];
      const strip = (text) => {
        let t = text.replace(/\S+@\S+/g, ' ').replace(/\bhttps?:\/\/\S+/g, ' ');
        // The longest first: "Motus video visit" before "Motus".
        for (const s of [...same].sort((x, y) => y.length - x.length)) t = t.split(s).join(' ');
        return t;
      };
      const foreign = (el) => el.closest('[lang]')?.getAttribute('lang')?.toLowerCase().startsWith('es') === false;
      const shown = (el) => (el.checkVisibility ? el.checkVisibility() : true);
      const where = (el) => {
        const tag = el.tagName.toLowerCase();
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `${tag}${id}${cls}`;
      };
      const look = (text, el, what) => {
        const m = pattern.exec(strip(text));
        if (m) found.push(`${what} of ${where(el)}: "${text.trim().slice(0, 120)}" (“${m[2]}”)`);
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent.trim() || el.closest('script, style, noscript, textarea')) continue;
        if (foreign(el) || !(shown(el) || el.tagName === 'OPTION')) continue;
        look(node.textContent, el, 'text');
      }
      for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-valuetext]')) {
        if (foreign(el) || !shown(el)) continue;
        for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext']) {
          const v = el.getAttribute(a);
          if (v) look(v, el, a);
        }
      }
      look(document.title, document.body, 'the tab title');
      return found;
    },
    { words: ENGLISH_WORDS, same: [...SAME_IN_SPANISH, ...allowed] },
  );
}

/**
 * The server's own words: every string in the JSON answers of /api/ the page has read. Text on
 * a screen that is one of them is the server's (content, program, advice, questionnaires), not
 * the web app's; the web app's checks leave it to the server's own tests and only report it.
 */
const serverAnswers = new WeakMap();
function keepServerWords(page) {
  const kept = { words: new Set(), pending: [] };
  serverAnswers.set(page, kept);
  const collect = (value) => {
    if (typeof value === 'string') {
      if (value.trim().length >= 5) kept.words.add(value.trim());
    } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  page.on('response', (answer) => {
    if (!new URL(answer.url()).pathname.startsWith('/api/') || !(answer.headers()['content-type'] ?? '').includes('json')) return;
    kept.pending.push(answer.json().then(collect, () => undefined));
  });
}
async function serverWords(page) {
  const kept = serverAnswers.get(page);
  if (!kept) return [];
  await Promise.allSettled(kept.pending);
  return [...kept.words];
}

/**
 * Fails unless the page says it is Spanish, axe is content and none of the web app's words is
 * left in English. English that is the server's own words is printed, not failed.
 */
export async function inSpanish(page, where, allowed = []) {
  const lang = await page.evaluate(() => document.documentElement.lang);
  expect(lang === 'es', `${where}: <html lang="${lang}">, not "es"`);
  await checkAccessibility(page, where);
  const server = await serverWords(page);
  const english = await englishLeftBehind(page, [...allowed, ...server]);
  if (server.length) {
    const theirs = (await englishLeftBehind(page, allowed)).filter((hit) => !english.includes(hit));
    if (theirs.length) console.log(`     ${where}: the server's words still in English (${theirs.length}): ${theirs.slice(0, 3).join(' | ')}`);
  }
  expect(english.length === 0, `${where}: English left behind: ${english.slice(0, 4).join(' | ')}`);
}

/**
 * Checks that do not stop the journey: each screen found not Spanish is noted, the journey goes
 * on to the next screen, and `done()` fails with every screen noted, so one run names them all.
 */
export function screensChecked() {
  const noted = [];
  return {
    check: (page, where, allowed = []) => inSpanish(page, where, allowed).catch((e) => noted.push(e.message)),
    done: () => expect(noted.length === 0, noted.join(' || ')),
  };
}

/** A Chromium of its own whose language is Spanish (es-ES), with its own profile. */
export async function spanishBrowser(extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'motus-chromium-es-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: 'es-ES',
    timezoneId: 'Europe/Madrid',
    args: [...CHROMIUM_ARGS, '--lang=es-ES', ...extraArgs],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new phone-sized page that fails the test on any script error. */
export async function phonePage(browser, fn) {
  const page = await browser.context.newPage();
  keepServerWords(page);
  await page.setViewportSize(PHONE);
  page.setDefaultTimeout(15000);
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

/** 60-appointments' API client (a connection per call, a Bearer token), asking for Spanish. */
export const apiClient = (base) => appointmentsClient(base, { 'Accept-Language': 'es' });

/**
 * A clinic of its own (through the admin API): an organization with `people` on its roster and
 * a therapist who sees every open hour of the week. Returns the enrollment code and therapist.
 */
export async function spanishClinic(server, tag, people) {
  const admin = apiClient(server.url);
  await admin.logIn('admin@demo.example', server.demoPassword);
  const code = `ES${tag}`.toUpperCase().slice(0, 12);
  const org = await admin.must('POST', '/api/v1/admin/organizations', { name: `Clínica ${tag}`, enrollment_code: code }, [201]);
  const rows = people.map((p) => `${p.first_name},${p.last_name},${p.date_of_birth},${p.email}`).join('\n');
  await admin.must('POST', `/api/v1/admin/organizations/${org.id}/roster`, `first name,last name,date of birth,email\n${rows}\n`, [200], 'text/csv');
  const therapist = { email: `marta.ruiz.${tag}@clinica.example`, password: 'manos-firmes-te-caliente-7', first_name: 'Marta', last_name: 'Ruiz' };
  const staff = await admin.must('POST', '/api/v1/admin/staff', { ...therapist, role: 'therapist' }, [201]);
  const marta = apiClient(server.url);
  await marta.logIn(therapist.email, therapist.password);
  // An account an admin made chooses its own password before anything else.
  const own = `${therapist.password}-propia`;
  await marta.must('POST', '/api/v1/me/password', { current_password: therapist.password, new_password: own }, [200, 204]);
  therapist.password = own;
  await marta.logIn(therapist.email, own);
  const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '07:00', end: '21:00' }));
  await marta.must('PUT', '/api/v1/care/availability', { time_zone: 'Europe/Madrid', slot_minutes: 30, weekly, days_off: [], exceptions: [] }, [200]);
  return { admin, code, therapist: { ...therapist, id: staff.account.id, api: marta } };
}

/** Chooses a radio answer by its field name and value, tapping its label as a person does. */
async function pick(page, name, value) {
  const input = page.locator(`input[name="${name}"][value="${value}"]`).first();
  if ((await input.count()) === 0 || (await input.isChecked())) return;
  await input.locator('xpath=ancestor::label[1]').click();
}
const present = async (page, selector) => (await page.locator(selector).count()) > 0;

/** Answers every step of the intake by its fields, checking each step in Spanish, until /result. */
export async function answerIntake(page, check = inSpanish) {
  for (let step = 1; step <= 20; step++) {
    await page.locator('#step-title').waitFor();
    const title = await page.locator('#step-title').innerText();
    if (await present(page, '#field-age')) await page.locator('#field-age').fill('44');
    await pick(page, 'sex', 'female');
    await pick(page, 'pregnancy', 'none');
    if (await present(page, '#field-duration_amount')) {
      await page.locator('#field-duration_amount').fill('10');
      await page.locator('#field-duration_unit').selectOption('weeks');
    }
    await pick(page, 'onset', 'gradual');
    await pick(page, 'trigger', 'lifting');
    await pick(page, 'pain_now', '5');
    await pick(page, 'pain_worst_week', '7');
    if (await present(page, '[data-region="sacrum_left"]')) {
      for (const region of ['sacrum_left', 'buttock_left']) {
        if ((await page.locator(`[data-region="${region}"]`).getAttribute('aria-pressed')) !== 'true') await page.locator(`[data-region="${region}"]`).click();
      }
      await pick(page, 'points_to_one_spot', 'yes');
    }
    for (const what of ['sitting', 'standing_one_leg', 'car_transfer']) {
      const box = page.locator(`input[name="aggravating"][value="${what}"]`);
      if ((await box.count()) && !(await box.isChecked())) await box.check();
    }
    await pick(page, 'morning_stiffness_minutes', '15');
    // Warning signs (and the legs step's questions): every one not answered yet answered no.
    for (const group of await page.locator('fieldset.yes-no').all()) {
      if ((await group.locator('input:checked').count()) > 0) continue;
      await group.locator('input[value="no"]').locator('xpath=ancestor::label[1]').click();
    }
    if (await present(page, '#field-minutes_per_day')) {
      await page.locator('#field-minutes_per_day').selectOption('15');
      await pick(page, 'floor_ok', 'yes');
      await pick(page, 'kneeling_ok', 'yes');
      const mat = page.locator('input[name="equipment"][value="mat"]');
      if (!(await mat.isChecked())) await mat.check();
    }
    await check(page, `intake step ${step} (${title})`);
    await page.locator('form.wizard button[type="submit"]').click();
    await page
      .waitForFunction(
        (was) => location.pathname === '/result' || (document.querySelector('#step-title') && document.querySelector('#step-title').textContent !== was),
        title,
        { timeout: 15000 },
      )
      .catch(async () => {
        const problem = await page.locator('.form-problem, .field-error').allInnerTexts();
        throw new Error(`the intake stayed on "${title}": ${problem.join(' | ')}`);
      });
    if ((await page.evaluate(() => location.pathname)) === '/result') return;
  }
  throw new Error('the intake did not reach the result in 20 steps');
}

/** Runs today's session by the runner's structure: every exercise done, pains 4 before and 3 after. */
export async function runSession(page, check = inSpanish) {
  await page.locator('.today-list > li').first().waitFor();
  const count = await page.locator('.today-list > li').count();
  await check(page, 'today');
  await page.locator('main .primary-bar button.primary').first().click();
  await page.locator('#pain-before').waitFor();
  await page.locator('#pain-before').fill('4');
  await check(page, 'session: pain before');
  await page.locator('.runner .primary-bar button.primary').click();
  for (let i = 1; i <= count; i++) {
    const player = page.locator('section.player');
    await player.waitFor();
    if (i === 1) {
      await player.locator('.primary-bar button.primary').click();
      await page.waitForTimeout(300);
      await player.locator('.primary-bar button.primary').click();
      await check(page, 'session: player');
    }
    // "I have done this one": the player's quiet button that is not "This hurts" (aria-expanded) nor skipping.
    await player.locator('.secondary-row button:not([aria-expanded])').first().click();
    const rating = page.locator('form.rating');
    await rating.waitFor();
    await page.locator('#exercise-pain').fill('2');
    await rating.locator('input[name="difficulty"]').first().locator('xpath=ancestor::label[1]').click();
    if (i === 1) await check(page, 'session: how did that feel');
    await rating.locator('button[type="submit"]').click();
  }
  await page.locator('#pain-after').waitFor();
  await page.locator('#pain-after').fill('3');
  await check(page, 'session: after');
  await page.locator('.runner .primary-bar button.primary').click();
  await page.locator('.changes li').first().waitFor();
  await check(page, 'session: what changed');
  return count;
}

export default async function ({ server }) {
  const base = server.url;
  const tag = Date.now().toString(36);
  const LUCIA = { first_name: 'Lucía', last_name: 'Ferrer', date_of_birth: '1981-02-17', email: `lucia.ferrer.${tag}@ejemplo.example` };
  const PASSWORD = 'la-espalda-se-mueve-cada-dia';
  let clinic = null;
  let browser = null;
  // Each test checks its screens without stopping at the first not in Spanish, then fails naming them.
  const inBrowser = (fn) =>
    phonePage(browser, async (page) => {
      const { check, done } = screensChecked();
      await fn(page, check);
      done();
    });

  return [
    ['[es] a clinic with Lucía on its roster (through the API); a Chromium that speaks Spanish', async () => {
      clinic = await spanishClinic(server, `j${tag}`, [LUCIA]);
      browser = await spanishBrowser();
    }],

    ['[es 390×844] the start page follows the browser: <html lang="es">, Spanish words, axe', () =>
      inBrowser(async (page, check) => {
        await page.goto(`${base}/`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await check(page, 'home');
        expect(await page.getByText('no consejo médico').first().isVisible(), 'no Spanish "not medical advice" line');
      })],

    ['[es 390×844] Lucía signs up in Spanish', () =>
      inBrowser(async (page, check) => {
        await page.goto(`${base}/signup`);
        await page.locator('#field-first_name').waitFor();
        await check(page, 'sign-up');
        await page.locator('#field-first_name').fill(LUCIA.first_name);
        await page.locator('#field-last_name').fill(LUCIA.last_name);
        await page.locator('#field-date_of_birth').fill(LUCIA.date_of_birth);
        await page.locator('#field-email').fill(LUCIA.email);
        await page.locator('#field-enrollment_code').fill(clinic.code);
        await page.locator('form.member-form button[type="submit"]').click();
        await page.locator('#field-password').waitFor();
        await check(page, 'choose a password', [LUCIA.first_name, 'Clínica']);
        await page.locator('#field-password').fill(PASSWORD);
        await page.locator('form.member-form button[type="submit"]').click();
        await page.waitForURL(/\/start$/);
      })],

    ['[es 390×844] the intake, every step in Spanish, and the result', () =>
      inBrowser(async (page, check) => {
        await page.goto(`${base}/start`);
        await answerIntake(page, check);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.locator('.cards .card-title').first().waitFor();
        await check(page, 'result');
        await page.locator('main a.button.primary[href="/today"]').click();
        await page.waitForURL(/\/today$/);
      })],

    ['[es 390×844] today\'s session runs in Spanish, and what changed is said in Spanish', () =>
      inBrowser(async (page, check) => {
        await page.goto(`${base}/today`);
        const done = await runSession(page, check);
        expect((await page.locator('.changes li').count()) === done, 'what changed does not list every exercise');
        const lucia = apiClient(base);
        await lucia.logIn(LUCIA.email, PASSWORD);
        const progress = await lucia.must('GET', '/api/v1/me/progress', undefined, [200]);
        expect(progress.adherence.sessions_done === 1, `the session is stored ${progress.adherence.sessions_done} times`);
      })],

    ['[es 390×844] a check-in in Spanish: refused without a pain, the flare-up questions, saved', () =>
      inBrowser(async (page, check) => {
        await page.goto(`${base}/check-in`);
        await page.getByRole('heading', { level: 1, name: '¿Cómo está tu espalda hoy?' }).waitFor();
        await check(page, 'check-in');
        await page.getByRole('button', { name: 'Guardar mi registro' }).click();
        await page.locator('#checkin-pain-error').waitFor();
        await check(page, 'check-in refused without a pain');
        await page.getByLabel('Tu dolor ahora mismo').fill('3');
        const flare = page.getByRole('group', { name: '¿Tienes hoy una crisis de dolor (mucho peor de lo normal)?' });
        await flare.getByLabel('Sí', { exact: true }).check();
        await page.getByRole('heading', { name: 'Unas preguntas de seguridad' }).waitFor();
        await page.locator('section.flare-questions fieldset.yes-no').first().waitFor();
        await check(page, 'check-in safety questions');
        await flare.getByLabel('No', { exact: true }).check();
        await page.getByLabel('¿Algo más que quieras anotar? (opcional)').fill('Hoy he caminado hasta la tienda sin parar.');
        await page.getByRole('button', { name: 'Guardar mi registro' }).click();
        await page.getByText(/^Guardado: dolor 3 de 10/).waitFor();
        await check(page, 'check-in saved');
        await page.getByRole('link', { name: 'Ver tu progreso' }).click();
        await page.waitForURL(/\/progress$/);
      })],

    ['[es 390×844] a questionnaire in Spanish: one question at a time, then the score', () =>
      inBrowser(async (page, check) => {
        await page.goto(`${base}/questionnaires`);
        await page.getByRole('heading', { level: 1, name: 'Cuestionarios' }).waitFor();
        await page.locator('.cards .card-title a').first().waitFor();
        await check(page, 'questionnaires');
        // The shortest one that asks for no activity named by the person.
        const all = await apiClient(base).must('GET', '/api/v1/instruments', undefined, [200]);
        const chosen = all.instruments
          .filter((i) => i.items.every((item) => !item.named_by_person) && i.id !== 'phq9')
          .sort((a, b) => a.items.length - b.items.length)[0];
        expect(chosen, 'no questionnaire to answer');
        await page.locator(`.cards a[href="/questionnaires/${chosen.id}"]`).click();
        for (let i = 1; i <= chosen.items.length; i++) {
          await page.getByText(`Pregunta ${i} de ${chosen.items.length}`).waitFor();
          if (i === 1) await check(page, `questionnaire ${chosen.id}`);
          await page.locator('.quiz-answer').first().click();
          await page.locator('form.quiz button[type="submit"]').click();
        }
        await page.getByRole('heading', { name: /^Tu puntuación: / }).waitFor();
        await check(page, 'questionnaire score');
      })],

    ['[es 390×844] progress in Spanish: the charts and what they show', () =>
      inBrowser(async (page, check) => {
        await page.goto(`${base}/progress`);
        await page.getByRole('heading', { level: 1, name: 'Tu progreso' }).waitFor();
        await page.locator('.chart-plot canvas').first().waitFor();
        const summary = await page.locator('.chart', { has: page.getByRole('heading', { name: 'Tu dolor', exact: true }) }).locator('.chart-summary').innerText();
        expect(/^Tu dolor /.test(summary), `the pain summary is not Spanish: ${summary}`);
        const sessions = await page.locator('.chart', { has: page.getByRole('heading', { name: 'Sesiones por semana', exact: true }) }).locator('.chart-summary').innerText();
        expect(sessions.startsWith('Has hecho 1 sesión.'), `the sessions summary: ${sessions}`);
        await check(page, 'progress');
        await page.locator('.chart-numbers summary').first().click();
        await check(page, 'progress numbers');
      })],

    ['[es 390×844] the account keeps Spanish; choosing English there is stored with the account', () =>
      inBrowser(async (page, check) => {
        await page.goto(`${base}/account`);
        await page.getByRole('heading', { level: 1, name: 'Tu cuenta' }).waitFor();
        await check(page, 'account', [LUCIA.email]);
        await page.getByRole('radio', { name: 'English' }).check();
        await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
        expect((await page.evaluate(() => document.documentElement.lang)) === 'en', 'choosing English did not mark the page English');
        await page.getByText('Saved. Motus speaks English to you now.').waitFor();
        const api = apiClient(base);
        await api.logIn(LUCIA.email, PASSWORD);
        const stored = await api.must('GET', '/api/v1/me/language', undefined, [200]);
        expect(stored.language === 'en', `the account keeps ${JSON.stringify(stored)}`);
        // Back to Spanish for the rest of the run; the choice is stored again.
        await page.getByRole('radio', { name: 'Español' }).check();
        await page.getByRole('heading', { level: 1, name: 'Tu cuenta' }).waitFor();
        await page.getByText('Guardado. Motus te habla en español a partir de ahora.').waitFor();
        expect((await api.must('GET', '/api/v1/me/language', undefined, [200])).language === 'es', 'Spanish was not stored again');
      })],

    ['[es] the Spanish Chromium closes', async () => {
      await browser?.close();
      browser = null;
    }],
  ];
}
