// Every member screen in Spanish, walked by a Chromium whose language is Spanish, on a phone
// (390×844): each fails on an English sentence left behind (a common English word in any visible
// text, label, tab title or alternative text; names, the brand and units are allowed), on <html>
// not saying lang="es", and on a serious axe finding. One test per screen, so the tally names
// the screens that still speak English. The walker proves first that it catches a planted
// English sentence. Carmen Vidal, on a clinic's roster of her own (made through the API), has
// answered the intake, done a session, checked in, has a message from her therapist Marta (in
// Spanish) and a video visit starting in two minutes.
import { expect, FAKE_MEDIA_ARGS } from '../harness.mjs';
import { apiClient, englishLeftBehind, inSpanish, phonePage, spanishBrowser, spanishClinic } from './70-spanish-journey.mjs';

const MINUTE = 60 * 1000;

const INTAKE = {
  age: 52,
  duration_weeks: 12,
  pain_now: 5,
  locations: ['sacrum_right', 'buttock_right'],
  points_to_one_spot: true,
  aggravating: ['sitting', 'stairs'],
  red_flags: {},
  prefs: { minutes_per_day: 15, floor_ok: true, kneeling_ok: true, equipment: ['mat'] },
};

/** Opens `path`, waits for its heading and its data, then `prepare` (opening a part of the screen). */
async function open(page, base, path, prepare) {
  await page.goto(base + path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  if (prepare) await prepare(page);
  // Folded parts (the chart's numbers, "More" in the menu) are read too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

export default async function ({ server }) {
  const base = server.url;
  const tag = Date.now().toString(36);
  const CARMEN = { first_name: 'Carmen', last_name: 'Vidal', date_of_birth: '1973-08-09', email: `carmen.vidal.${tag}@ejemplo.example` };
  const PASSWORD = 'paseo-corto-cada-mañana-3';
  const allowed = [CARMEN.first_name, CARMEN.last_name, 'Marta', 'Ruiz', CARMEN.email];
  let browser = null;
  let visitPath = null;
  // The questionnaires shipped with Motus, each walked in Spanish.
  const questionnaires = ['nprs', 'psfs', 'phq9', 'gad7'];
  let pattern = null;

  const screen = (path, { signedIn = true, prepare, waitFor, name } = {}) => [
    `[es walk${signedIn ? '' : ', signed out'}] ${name ?? path}${prepare ? ` (${prepare.name})` : ''}`,
    () =>
      phonePage(browser, async (page) => {
        expect(browser, 'the Spanish browser did not start');
        await open(page, base, typeof path === 'function' ? path() : path, prepare);
        if (waitFor) await page.locator(waitFor).first().waitFor();
        await inSpanish(page, typeof path === 'function' ? path() : path, allowed);
      }),
  ];

  const logIn = async (page) => {
    await page.goto(`${base}/login?next=%2Ftoday`);
    await page.locator('#field-email').fill(CARMEN.email);
    await page.locator('#field-password').fill(PASSWORD);
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL(/\/today$/);
  };

  const tests = [
    ['[es walk] a Spanish Chromium (fake camera), and Carmen with a program, a session, a check-in, a message and a visit', async () => {
      const clinic = await spanishClinic(server, `w${tag}`, [CARMEN]);
      const carmen = apiClient(base);
      const signed = await carmen.must('POST', '/api/v1/auth/signup', { ...CARMEN, password: PASSWORD, enrollment_code: clinic.code, bearer: true }, [201]);
      await carmen.logIn(CARMEN.email, PASSWORD);
      const id = signed.account.id;
      await clinic.admin.must('PUT', `/api/v1/admin/members/${id}/therapist`, { therapist_id: clinic.therapist.id }, [200]);
      await carmen.must('POST', '/api/v1/me/intake', INTAKE, [201]);
      await carmen.must('POST', '/api/v1/me/checkins', { pain: 4, flare: false }, [201]);
      const program = (await carmen.must('GET', '/api/v1/me/program', undefined, [200])).program;
      await carmen.must('POST', '/api/v1/me/sessions', {
        client_id: `carmen-${tag}`,
        pain_before: 5,
        pain_after: 4,
        exercises: program.exercises.map((e) => ({ exercise_id: e.exercise_id, done: true, pain: 3, difficulty: 'right' })),
      }, [201]);
      await clinic.therapist.api.must('POST', `/api/v1/care/members/${id}/messages`, { body: 'Hola Carmen, ¿qué tal van los ejercicios?' }, [201]);
      const appointment = crypto.randomUUID();
      const starts = Date.now() + 2 * MINUTE;
      server.sql(
        'INSERT INTO appointments (id, member_id, therapist_id, starts_at, ends_at, status, booked_by, created_at, updated_at) ' +
          `VALUES ('${appointment}', '${id}', '${clinic.therapist.id}', ${starts}, ${starts + 30 * MINUTE}, 'booked', '${id}', ${Date.now()}, ${Date.now()})`,
      );
      visitPath = `/visits/${appointment}`;
      const all = await carmen.must('GET', '/api/v1/instruments', undefined, [200]);
      expect(all.instruments.every((i) => i.languages.includes('es')), 'a questionnaire without Spanish');
      const patterns = await carmen.must('GET', '/api/v1/patterns', undefined, [200]);
      pattern = patterns.patterns[0]?.id;
      browser = await spanishBrowser(FAKE_MEDIA_ARGS);
    }],

    ['[es walk] the walker catches a planted English sentence, and leaves lang="en" and Spanish alone', () =>
      phonePage(browser, async (page) => {
        await page.setContent('<!doctype html><html lang="es"><head><title>Tu progreso · Motus</title></head><body><main><h1>Tu progreso</h1></main></body></html>');
        expect((await englishLeftBehind(page, allowed)).length === 0, 'a Spanish page is said to have English');
        await page.evaluate(() => {
          const planted = document.createElement('p');
          planted.id = 'planted';
          planted.textContent = 'Save your changes before you go back.';
          document.querySelector('main').append(planted);
        });
        const found = await englishLeftBehind(page, allowed);
        expect(found.length === 1 && found[0].includes('p#planted') && found[0].includes('Save your changes'), `the planted sentence: ${found}`);
        await page.evaluate(() => {
          const planted = document.getElementById('planted');
          planted.lang = 'en';
          const spanish = document.createElement('p');
          spanish.textContent = 'Guarda tus cambios antes de volver. Tu dolor ha bajado de 6 a 3 en 2 semanas.';
          document.querySelector('main').append(spanish);
          const label = document.createElement('button');
          label.setAttribute('aria-label', 'Next exercise');
          label.textContent = 'Siguiente';
          document.querySelector('main').append(label);
        });
        const after = await englishLeftBehind(page, allowed);
        expect(after.length === 1 && after[0].startsWith('aria-label of button'), `after marking it English: ${after}`);
      })],

    // Signed out: the public pages and the doors in.
    screen('/', { signedIn: false }),
    screen('/login', { signedIn: false }),
    screen('/signup', { signedIn: false }),
    screen('/forgot-password', { signedIn: false }),
    screen('/progress', { signedIn: false }),
    screen('/appointments', { signedIn: false }),
    screen('/exercises', { signedIn: false, waitFor: '.cards > li' }),
    screen('/exercises/bridge', { signedIn: false, waitFor: 'svg.figure' }),
    screen('/articles', { signedIn: false, waitFor: '.cards > li' }),
    screen('/articles/the-sacrum', { signedIn: false, waitFor: '.prose h2' }),
    screen('/patterns', { signedIn: false, waitFor: '.cards > li' }),
    screen(() => `/patterns/${pattern}`, { signedIn: false, name: '/patterns/{the first pattern}' }),
    screen('/where-it-hurts', { signedIn: false, waitFor: '[data-region]' }),
    screen('/search?q=coxis', { signedIn: false }),

    ['[es walk] Carmen logs in', () => phonePage(browser, logIn)],

    screen('/today', { waitFor: '.visit-reminder-box' }),
    screen('/result', { waitFor: '.cards .card-title' }),
    screen('/start', { waitFor: '#step-title' }),
    screen('/progress', { waitFor: '.chart-plot canvas' }),
    screen('/check-in'),
    screen('/check-in?flare=yes', { waitFor: 'section.flare-questions fieldset.yes-no' }),
    screen('/questionnaires', { waitFor: '.cards > li' }),
    // Every questionnaire in Spanish (PHQ-9 and GAD-7 in their official Spanish wording), and
    // the PHQ-9's answer with question 9 above "Ningún día": the crisis guidance in Spanish.
    ...questionnaires.map((id) => screen(`/questionnaires/${id}`, { waitFor: '.quiz-answer' })),
    screen('/questionnaires/phq9', {
      prepare: async function answeringQuestionNineAboveNone(page) {
        for (let i = 1; i <= 9; i++) {
          await page.getByText(`Pregunta ${i} de 9`).waitFor();
          await page.locator('.quiz-answer').nth(i === 9 ? 1 : 0).click();
          await page.locator('form.quiz button[type="submit"]').click();
        }
        await page.locator('.crisis h2').waitFor();
      },
    }),
    screen('/messages', { waitFor: '.msg' }),
    screen('/account', { waitFor: '#prefs-title' }),
    screen('/appointments', { waitFor: '.visit-card' }),
    screen('/appointments', {
      prepare: async function bookingATime(page) {
        await page.locator('main .primary-bar button.primary').click();
        await page.locator('.slot-picker .slot').first().click();
      },
    }),
    screen(() => visitPath, { waitFor: '.device-choices', name: '/visits/{a visit starting in 2 minutes} (device check)' }),
    screen('/exercises/bridge', { waitFor: 'svg.figure' }),

    ['[es] the walking Chromium closes', async () => {
      await browser?.close();
      browser = null;
    }],
  ];
  return tests;
}
