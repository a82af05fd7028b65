// Every exercise in the library draws its figure: each page shows the moving figure with no
// broken coordinates, and in the front view every thigh and shin stays on screen (content/
// SCHEMA.md, knees and hips that bend towards the viewer: a clamshell's shin used to vanish).
// The page shows each exercise's first key pose before Start; `motus content check` checks
// every key pose against the same rule.
import { expect } from '../harness.mjs';

// A third of the shortest leg segment (shin 44 in figure units): the checker's least share.
const LEAST_SEGMENT = 44 / 3 - 0.5;

const segments = (d) => {
  const points = [...d.matchAll(/[ML]\s*(-?[\d.]+)\s+(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const lengths = [];
  for (let i = 1; i < points.length; i++) lengths.push(Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]));
  return { points, lengths };
};

export default async function ({ server, withPage, WIDTHS }) {
  const desktop = WIDTHS.find((w) => w.name === 'desktop').viewport;
  const all = await (await fetch(`${server.url}/api/v1/exercises`)).json();
  return [
    [`[desktop] all ${all.exercises.length} exercises draw their figure, front-view legs visible`, () =>
      withPage(desktop, async (page) => {
        expect(all.exercises.length >= 110, `the library has ${all.exercises.length} exercises`);
        const problems = [];
        for (const { id } of all.exercises) {
          const detail = await (await fetch(`${server.url}/api/v1/exercises/${id}`)).json();
          await page.goto(`${server.url}/exercises/${id}`);
          const figure = page.locator('svg.figure').first();
          await figure.waitFor();
          const box = await figure.boundingBox();
          if (!box || box.width < 40 || box.height < 40) problems.push(`${id}: figure box ${JSON.stringify(box)}`);
          const paths = await page.locator('svg.figure').first().locator('path.limb').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
          if (paths.some((d) => !d || /NaN|Infinity/.test(d))) problems.push(`${id}: a limb has broken coordinates`);
          if (detail.view === 'front') {
            // In the front view the limbs after the trunk are left leg, right leg, then the arms.
            const limbs = await figure.locator('path.limb:not(.trunk)').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
            for (const leg of limbs.slice(0, 2)) {
              const [thigh, shin] = segments(leg).lengths;
              if (thigh < LEAST_SEGMENT * 46 / 44 || shin < LEAST_SEGMENT) {
                problems.push(`${id}: a leg shows ${thigh.toFixed(0)} + ${shin.toFixed(0)} units`);
              }
            }
          }
        }
        expect(problems.length === 0, problems.join('; '));
      })],
  ];
}
