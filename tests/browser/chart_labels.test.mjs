// Issue 12: charts legible on a phone. At 360 and 1280 px, in the default
// view and in a rupee/freelance view, no two text labels of a chart overlap
// and none reaches past the edge of its SVG (which clips it). Compared by
// the bounding boxes the browser lays out, with the survey data loaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const VIEWS = ['', 'loc=india&cur=inr&mode=freelance', 'loc=north-america&lang=javascript&ind=healthcare&y=50&cur=eur'];

for (const width of [360, 1280]) {
  for (const query of VIEWS) {
    test(`chart labels at ${width}px neither overlap nor are clipped${query ? ` (${query})` : ''}`, async (t) => {
      const { page, log } = await env.open({ query, viewport: { width, height: 900 } });
      await page.waitForSelector('figure.chart svg text', { timeout: 15_000 });
      // Once the survey data has loaded the cities chart has two bars a city
      // (the article's and DOL's): the most crowded state is the one checked.
      await page.waitForFunction(() => /US DOL/.test(document.querySelector('figure[data-chart="cities"] svg')?.textContent ?? ''), null, { timeout: 15_000 });
      const charts = await page.evaluate(() => [...document.querySelectorAll('figure.chart')].map((f) => {
        const svg = f.querySelector('svg');
        const s = svg.getBoundingClientRect();
        const labels = [...svg.querySelectorAll('text')]
          .map((el) => ({ text: el.textContent, r: el.getBoundingClientRect() }))
          .filter((l) => l.text.trim() && l.r.width > 0)
          .map((l) => ({ text: l.text, x0: l.r.left, x1: l.r.right, y0: l.r.top, y1: l.r.bottom }));
        return { name: f.dataset.chart, svg: { x0: s.left, x1: s.right, y0: s.top, y1: s.bottom }, labels };
      }));
      assert.ok(charts.length >= 2, 'charts are drawn');
      const problems = [];
      const EPS = 0.5; // sub-pixel rounding
      for (const c of charts) {
        for (const l of c.labels) {
          if (l.x0 < c.svg.x0 - EPS || l.x1 > c.svg.x1 + EPS || l.y0 < c.svg.y0 - EPS || l.y1 > c.svg.y1 + EPS) {
            problems.push(`${c.name}: "${l.text}" clipped (x ${l.x0.toFixed(1)}–${l.x1.toFixed(1)} in ${c.svg.x0.toFixed(1)}–${c.svg.x1.toFixed(1)})`);
          }
        }
        for (let a = 0; a < c.labels.length; a++) {
          for (let b = a + 1; b < c.labels.length; b++) {
            const p = c.labels[a];
            const q = c.labels[b];
            const w = Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0);
            const h = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0);
            // Glyph boxes include line gaps: a sliver of shared height is not an overlap.
            if (w > EPS && h > 2) problems.push(`${c.name}: "${p.text}" overlaps "${q.text}" (${w.toFixed(1)}×${h.toFixed(1)} px)`);
          }
        }
        // Legible: the tick and label text is not shrunk below 9 px on screen.
        for (const l of c.labels) {
          if (l.y1 - l.y0 < 9) problems.push(`${c.name}: "${l.text}" is ${(l.y1 - l.y0).toFixed(1)} px tall`);
        }
      }
      t.diagnostic(`${charts.length} charts, ${charts.reduce((n, c) => n + c.labels.length, 0)} labels`);
      assert.deepEqual(problems, []);
      assert.deepEqual(log.pageErrors, []);
    });
  }
}

// The regions chart put "$80–$100" after each row's diamond (the article's
// top end, $160): the band's range read as the diamond's figure. Each label
// now names both, and the table agrees.
test('the regions chart labels name the band and the top end beside its diamond', async () => {
  const { page, log } = await env.open({ viewport: { width: 1280, height: 900 } });
  const fig = 'figure[data-chart="regions"]';
  await page.waitForSelector(`${fig} svg text`, { timeout: 15_000 });
  const texts = await page.$$eval(`${fig} svg text`, (ts) => ts.map((t) => t.textContent));
  const labels = texts.filter((t) => /–/.test(t) && /top/.test(t));
  assert.equal(labels.length, 5, texts.join(' | '));
  assert.ok(labels.includes('$80–$100, top $160'), labels.join(' | '));
  assert.ok(!texts.some((t) => /^\$\d+–\$\d+$/.test(t)), 'no bare range beside a diamond');
  assert.deepEqual(log.pageErrors, []);
});

// India's lines are its one figure shaped by the ladders (an assumption);
// the legend called their dots "the article's band averages".
test('the experience chart says what its dots are for India', async () => {
  const { page, log } = await env.open({ query: 'loc=india&cur=inr', viewport: { width: 1280, height: 900 } });
  const legend = 'figure[data-chart="experience"] .legend-note';
  await page.waitForSelector(legend, { timeout: 15_000 });
  assert.match(await page.locator(legend).textContent(), /^Dots: India's one figure \(about ₹7 lakh\) shaped by each ladder's band averages, an assumption/);
  await page.selectOption('#location', 'us');
  await page.waitForFunction((sel) => /^Dots: the article's band averages;/.test(document.querySelector(sel)?.textContent ?? ''), legend, { timeout: 5_000 });
  assert.deepEqual(log.pageErrors, []);
});

// The hostile-input round of 7 Dec: the "You" line of the regions chart
// and the US line of the cities chart ran through value labels
// ("€30–€58, top €77", "€65.1k −29%"); a label now starts past the line.
test('no vertical line runs through a value label', async () => {
  for (const width of [360, 1280]) {
    const { page, log } = await env.open({ query: 'y=7&loc=western-europe&mode=freelance&cur=eur', viewport: { width, height: 900 } });
    await page.waitForSelector('figure[data-chart="cities"] svg text.value', { timeout: 15_000 });
    const crossed = await page.$$eval('figure.chart svg', (svgs) => svgs.flatMap((svg) => {
      const lines = [...svg.querySelectorAll('.ref line, .you-line line')].map((l) => l.getBoundingClientRect());
      return [...svg.querySelectorAll('text.value')].flatMap((t) => {
        const b = t.getBoundingClientRect();
        return lines.filter((l) => l.left > b.left + 1 && l.left < b.right - 1 && l.top < b.bottom && l.bottom > b.top)
          .map(() => `${svg.closest('figure').dataset.chart}: ${t.textContent}`);
      });
    }));
    assert.deepEqual(crossed, [], `at ${width}px`);
    assert.deepEqual(log.pageErrors, []);
  }
});
