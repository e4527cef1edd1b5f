// Issue 9: a chart's table (and the roles table) is rendered only while it
// is open, so the rows a reader never opened are not diffed on every change.
// Opened with the keyboard it shows the chart's numbers, follows the inputs
// while open, and goes away when closed. The prerendered page (no script)
// still holds every table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, DIST, waitForUpdate, snapshot } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const cities = 'figure.chart[data-chart="cities"]';
const exp = 'figure.chart[data-chart="experience"]';

test('a chart table renders when opened, follows the inputs, and goes when closed', async () => {
  const { page, log } = await env.open({ query: 'y=7' });
  await page.waitForFunction((sel) => /US DOL/.test(document.querySelector(`${sel} svg`)?.textContent ?? ''), cities, { timeout: 15_000 });
  const closed = await page.evaluate(() => [...document.querySelectorAll('details.chart-table')].map((d) => [d.open, d.querySelectorAll('table').length]));
  assert.ok(closed.length >= 5, `every chart has its table toggle (${closed.length})`);
  assert.deepEqual(closed.filter(([open, n]) => open || n), [], 'closed tables render no rows');

  // Keyboard: focus the summary and press Enter, as a reader would.
  await page.focus(`${cities} details.chart-table > summary`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${cities} table tbody tr`, { timeout: 5_000 });
  const rows = await page.locator(`${cities} tbody tr`).evaluateAll((trs) => trs.map((tr) => tr.cells[0].textContent.trim()));
  // One row a bar: the national figure, then each city by the article and DOL.
  const bars = await page.locator(`${cities} svg text.label`).count();
  assert.equal(rows.length, bars, `${rows.join(' | ')}`);
  assert.equal(rows[0], 'US, your profile');
  assert.ok(rows.includes('Chicago'), rows.join(' | '));

  // Open, it follows the inputs: the experience table marks the new years
  // (its rows are 0, 1, 2, 3, 5, 7, 10, 15, … years).
  await page.focus(`${exp} details.chart-table > summary`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${exp} table tbody tr`, { timeout: 5_000 });
  const you = () => page.locator(`${exp} tbody th`).evaluateAll((ths) => ths.map((th) => th.textContent).filter((t) => t.includes('(you)')));
  assert.deepEqual(await you(), ['7 (you)']);
  const before = await snapshot(page);
  await page.fill('#years', '10');
  await waitForUpdate(page, before);
  await page.waitForFunction((sel) => /10 \(you\)/.test(document.querySelector(`${sel} tbody`)?.textContent ?? ''), exp, { timeout: 5_000 });
  assert.deepEqual(await you(), ['10 (you)']);
  // Between the listed years the reader's own gets a row of its own.
  const before8 = await snapshot(page);
  await page.fill('#years', '8');
  await waitForUpdate(page, before8);
  await page.waitForFunction((sel) => /8 \(you\)/.test(document.querySelector(`${sel} tbody`)?.textContent ?? ''), exp, { timeout: 5_000 });
  assert.deepEqual(await you(), ['8 (you)']);
  const years = await page.locator(`${exp} tbody th`).evaluateAll((ths) => ths.map((th) => parseInt(th.textContent, 10)));
  assert.deepEqual(years.slice(4, 8), [5, 7, 8, 10], 'in order among the others');

  // Closed again, its rows go.
  await page.focus(`${cities} details.chart-table > summary`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((sel) => !document.querySelector(`${sel} table`), cities, { timeout: 5_000 });
  assert.deepEqual(log.pageErrors, []);
});

test('the roles table counts its roles while closed and lists them once opened', async () => {
  const { page, log } = await env.open({ query: 'y=6' });
  await page.waitForSelector('#survey-group', { timeout: 15_000 });
  const summary = await page.locator('#roles-title').textContent();
  const m = summary.match(/Roles compared, (.+) \((\d+) roles(?:; .+)?\)/);
  assert.ok(m, summary);
  assert.ok(Number(m[2]) >= 3, summary);
  assert.equal(await page.locator('#roles-table').count(), 0, 'closed: no rows rendered');
  await page.locator('#roles-title').click();
  await page.waitForSelector('#roles-table tbody tr', { timeout: 5_000 });
  const roles = await page.locator('#roles-table tbody tr').allTextContents();
  assert.equal(roles.length, Number(m[2]), 'as many rows as the summary says');
  assert.ok(roles.some((r) => r.includes('Back-end developers')));
  // The reader's role is marked.
  assert.match(await page.locator('#roles-table tr.you').textContent(), /Back-end developers/);
  assert.ok(!roles.some((r) => r.includes('(worldwide)')), 'US rows are US figures');
  assert.deepEqual(log.pageErrors, []);
});

// India's roles mostly have too few answers there and are shown worldwide;
// the table was titled "Roles compared, India" all the same.
test('roles shown with worldwide figures say so, in the title and in their row', async () => {
  const { page, log } = await env.open({ query: 'loc=india&cur=inr' });
  await page.waitForSelector('#survey-group', { timeout: 15_000 });
  const summary = await page.locator('#roles-title').textContent();
  const m = summary.match(/^Roles compared, India, all experience levels \((\d+) roles; (\d+|all) with worldwide figures\)$/);
  assert.ok(m, summary);
  await page.locator('#roles-title').click();
  await page.waitForSelector('#roles-table tbody tr', { timeout: 5_000 });
  const rows = await page.locator('#roles-table tbody tr').allTextContents();
  const wide = rows.filter((r) => r.includes('(worldwide)'));
  assert.equal(rows.length, Number(m[1]));
  assert.equal(wide.length, m[2] === 'all' ? rows.length : Number(m[2]), 'as many rows marked as the title counts');
  assert.ok(wide.length > 0 && wide.every((r) => /Widened: .*so worldwide figures are shown/.test(r)), 'each marked row is one the data widened to the world');
  assert.ok(rows.filter((r) => !r.includes('(worldwide)')).every((r) => !/so worldwide figures are shown/.test(r)), 'no worldwide row unmarked');
  assert.deepEqual(log.pageErrors, []);
});

test('the prerendered page (no script) holds every chart table with its rows', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const tables = html.split('class="chart-table"').slice(1);
  assert.ok(tables.length >= 5, `${tables.length} chart tables`);
  for (const t of tables) {
    const body = t.slice(0, t.indexOf('</details>'));
    assert.match(body, /<tbody><tr>/, 'rows in the prerendered table');
  }
});

// The experience chart drew its dots, the team-lead square and the end of
// the solid line at the default anchor years whatever the assumptions said,
// and cut the line at a y-axis top taken at 20 years.
test('the experience chart follows the anchors as set', async () => {
  const { page } = await env.open({ query: 'y=35&anc2=120&anc3=400&src=guild' });
  const chart = `${exp} svg`;
  await page.waitForSelector(`${chart} circle.anchor`);
  const r = await page.evaluate((sel) => {
    const svg = document.querySelector(sel);
    // The x of a year, from the axis' tick labels (0, 5, … 50).
    const ticks = [...svg.querySelectorAll('text.tick[text-anchor=middle]')].map((t) => [Number(t.textContent), Number(t.getAttribute('x'))]);
    const [[y0, x0], [y1, x1]] = [ticks[0], ticks.at(-1)];
    const year = (x) => y0 + (x - x0) * (y1 - y0) / (x1 - x0);
    const series = svg.querySelector('g.series.payscale');
    const lead = series.querySelector('rect.lead');
    const gridTop = Math.min(...[...svg.querySelectorAll('g.grid line')].map((l) => Number(l.getAttribute('y1'))));
    const ys = series.querySelector('polyline.interpolated').getAttribute('points').trim().split(/\s+/).map((p) => Number(p.split(',')[1]));
    return {
      dots: [...series.querySelectorAll('circle.anchor')].map((c) => Math.round(year(Number(c.getAttribute('cx'))) * 10) / 10),
      lead: lead && Math.round(year(Number(lead.getAttribute('x')) + 4) * 10) / 10,
      solidEnd: Math.round(year(Number(series.querySelector('polyline.line:not(.interpolated)').getAttribute('points').trim().split(/\s+/).at(-1).split(',')[0]))),
      aboveTop: ys.filter((y) => y < gridTop - 0.5).length,
      legend: document.querySelector(`${sel.replace(' svg', '')} .legend-note`).textContent,
    };
  }, chart);
  assert.deepEqual(r.dots, [0, 2.5, 12]);
  assert.equal(r.lead, 40);
  assert.equal(r.solidEnd, 12);
  assert.equal(r.aboveTop, 0, 'no point of the line above the axis top');
  assert.match(r.legend, /team-lead figure at 40 years/);
});

// The regions table is the article's figures: in euros it showed only the
// converted amounts, as if the article had given them.
test('in another currency the regions table keeps the article\'s dollars beside each figure', async () => {
  const { page, log } = await env.open({ query: 'cur=eur' });
  await page.click('figure[data-chart="regions"] details.chart-table > summary');
  await page.waitForSelector('figure[data-chart="regions"] table tbody tr');
  const na = await page.$eval('figure[data-chart="regions"] table tbody tr', (tr) => [...tr.children].map((c) => c.textContent));
  assert.deepEqual(na.slice(1), ['€77.01/h (US$80/h) – €96.26/h (US$100/h)', '€154.02/h (US$160/h)']);
  assert.deepEqual(log.pageErrors, []);
});
