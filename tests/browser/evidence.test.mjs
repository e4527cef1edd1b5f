// Issue 10 on the page: claims one line each with their verdict at 360 px,
// details on demand (basis population and thresholds), BLS's count labelled
// employment, DOU beside Stack Overflow for Ukraine, a ladder anchor edited in
// the assumptions panel moving the estimate, and the embed footer naming DOL
// when a metro factor applies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, snapshot, waitForUpdate, queryParams, openTables } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const text = async (page, sel) => (await page.locator(sel).first().textContent()).replace(/\s+/g, ' ').trim();
const waitClaims = (page) => page.waitForSelector('#claims li.claim', { timeout: 15_000 });

// On a phone each row gives the claim's words their own line (two at most),
// and the visual and verdict the next: beside them, the words were cut
// before the figure ("Software Guild, entr…").
test('claims: a short row each with a verdict, readable at 360 px without sideways scroll', async () => {
  const { page, log } = await env.open({ viewport: { width: 360, height: 800 } });
  await waitClaims(page);
  const lines = await page.evaluate(() => [...document.querySelectorAll('#claims li.claim')].map((li) => {
    const s = li.querySelector('summary').getBoundingClientRect();
    const b = li.querySelector('summary .badge').getBoundingClientRect();
    const t = li.querySelector('.claim-text');
    return {
      id: li.dataset.claim,
      verdict: li.querySelector('summary .badge').textContent.trim(),
      height: s.height,
      lineHeight: parseFloat(getComputedStyle(t).lineHeight) || 24,
      cut: t.scrollHeight > t.clientHeight + 1,
      badgeRight: b.right,
      hasVisual: !!li.querySelector('summary svg.claim-visual'),
    };
  }));
  assert.ok(lines.length >= 15, `${lines.length} claims`);
  for (const l of lines) {
    assert.match(l.verdict, /^(Agrees|Disagrees|Can't tell)$/, l.id);
    assert.ok(l.height < 3 * l.lineHeight + 16, `${l.id} is at most two lines of words and the verdict's (${l.height}px)`);
    if (/^(us-average|ps-|sg-|city-|india-average)/.test(l.id)) assert.ok(!l.cut, `${l.id}: its words are whole, figure included`);
    assert.ok(l.badgeRight <= 360, `${l.id}'s verdict is on screen (${l.badgeRight})`);
    assert.ok(l.hasVisual, `${l.id} has its visual`);
  }
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(widths.scroll <= widths.client, `no horizontal scroll: ${widths.scroll} > ${widths.client}`);
  // Details are not in the DOM until opened.
  assert.equal(await page.locator('.claim-details').count(), 0);
  assert.deepEqual(log.pageErrors, []);
});

test("a claim's details open on demand and name its basis, the others beside it and the thresholds", async () => {
  const { page } = await env.open();
  await waitClaims(page);
  const claim = page.locator('li.claim[data-claim="us-average"]');
  assert.equal(await text(page, 'li.claim[data-claim="us-average"] summary .badge'), "Can't tell");
  await claim.locator('summary').click();
  await claim.locator('.claim-details').waitFor({ timeout: 5_000 });
  const details = await text(page, 'li.claim[data-claim="us-average"] .claim-details');
  assert.match(details, /Verdict rests on: US software developers, all \(BLS 15-1252/);
  assert.match(details, /employment 1,654,440/);
  assert.doesNotMatch(details, /n = 1,654,440/);
  assert.match(details, /Beside it:\s*US back-end developers \(Stack Overflow 2024/);
  // Thresholds printed from the core constants.
  assert.match(details, /95 % intervals/);
  assert.match(details, /at least 95 % of 2000 bootstrap resamples/);
  assert.match(details, /within 10 percentage points/);
  // An order claim shows each relation with its share of resamples.
  const order = page.locator('li.claim[data-claim="ind-order"]');
  await order.locator('summary').click();
  await order.locator('.claim-relations').waitFor({ timeout: 5_000 });
  assert.match(await order.locator('.claim-relations').textContent(), /holds in \d+\.\d % of resamples/);
  // Closing it removes the details again.
  await claim.locator('summary').click();
  await page.waitForFunction(() => !document.querySelector('li.claim[data-claim="us-average"] .claim-details'));
});

test('the BLS row counts employment, not respondents; survey medians carry their interval', async () => {
  const { page } = await env.open({ query: 'y=6' });
  await page.waitForSelector('#survey-group', { timeout: 15_000 });
  await openTables(page, '#survey');
  const rows = await page.locator('figure.chart[data-chart="distribution"] tbody tr').allTextContents();
  assert.equal(rows.length, 2, rows.join(' | '));
  assert.match(rows[1], /employment 1,654,440/);
  assert.doesNotMatch(rows[1], /n = /);
  assert.match(rows[1], /published, no interval/);
  assert.match(rows[0], /n = 141/, 'US back-end 5–9 years, 2024');
  // The survey median's interval (stored band around $160,000) in the table and as a band in the chart.
  assert.match(rows[0], /\$\d{3},\d{3} – \$\d{3},\d{3}/);
  assert.equal(await page.locator('figure.chart[data-chart="distribution"] svg rect.median-ci').count(), 1);
  assert.match(await text(page, '#survey-position'), /95 % interval of the median/);
});

test('Ukraine and Eastern Europe show DOU beside Stack Overflow, with its citation and link', async () => {
  const { page, log } = await env.open({ query: 'country=Ukraine' });
  await page.waitForSelector('#dou', { timeout: 15_000 });
  const link = page.locator('#dou-link');
  assert.equal(await link.getAttribute('href'), 'https://dou.ua/');
  assert.match(await link.getAttribute('rel'), /noopener/);
  assert.equal((await link.textContent()).trim(), 'Source: DOU salary survey, June 2025, https://dou.ua/');
  const rows = await page.locator('#dou-table tbody tr').allTextContents();
  assert.ok(rows.some((r) => r.startsWith('Senior')), rows.join(' | '));
  assert.match(await text(page, '#dou'), /net pay after tax, monthly/);
  assert.match(await text(page, '#dou-so'), /^Stack Overflow Developer Survey 2024 \(ODbL\), Back-end developers · Ukraine.*gross.*rounded outward to the data file's steps/);
  assert.ok(!log.requests.some((u) => u.includes('dou.ua')), 'the page itself asks nothing of dou.ua');
  // Not read as a check of one by the other (DOU's net can be above SO's gross).
  assert.match(await text(page, '#dou'), /different surveys of different people.*neither checks the other/);
  // In pounds, the yearly column is 12 × the monthly one as shown (each was
  // converted on its own: £3,991 a month, £47,886 a year).
  const { page: gbp } = await env.open({ query: 'country=Ukraine&cur=gbp' });
  await gbp.waitForSelector('#dou-table tbody tr', { timeout: 15_000 });
  const num = (t) => Number(t.replace(/[^\d]/g, ''));
  for (const cells of await gbp.$$eval('#dou-table tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)))) {
    assert.equal(num(cells[2]), 12 * num(cells[1]), cells.join(' | '));
  }
  const { page: ee } = await env.open({ query: 'loc=eastern-europe' });
  await ee.waitForSelector('#dou', { timeout: 15_000 });
  const { page: us } = await env.open({ query: 'y=6' });
  await us.waitForSelector('#survey-group', { timeout: 15_000 });
  assert.equal(await us.locator('#dou').count(), 0);
});

test('a ladder anchor changed in the assumptions panel changes the estimate and the address', async () => {
  const { page } = await env.open({ query: 'y=3' });
  const before = await snapshot(page);
  await page.fill('#anchor-1', '4');
  const { after } = await waitForUpdate(page, before);
  assert.notEqual(after.estimate, before.estimate);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('anc1') === '40');
  assert.equal((await queryParams(page)).anc1, '40');
  assert.match(await text(page, '#breakdown'), /anchor years as set in the assumptions/);
});

// The field keeps the value typed; the estimate uses the anchor raised to
// the one before it, and the panel says which value is used.
test('an anchor set before an earlier one: the panel says the value it is used at', async () => {
  const { page } = await env.open({ query: 'y=3' });
  assert.equal(await text(page, '#anchor-order'), '', 'in order: no note');
  await page.fill('#anchor-2', '2');
  await page.waitForFunction(() => /senior figure set at 2 years is used at 2½ years/.test(document.querySelector('#anchor-order').textContent));
  assert.equal(await page.inputValue('#anchor-2'), '2', 'the field keeps what was typed');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('anc2') === '20');
  await page.fill('#anchor-2', '9');
  await page.waitForFunction(() => document.querySelector('#anchor-order').textContent === '');
});

test('the embed footer names DOL when a metro factor applies, and only then', async () => {
  const { page } = await env.open({ query: 'embed=1&loc=metro&metro=12420&y=6' });
  await page.waitForFunction(() => /Dept\. of Labor/.test(document.querySelector('#embed-credits')?.textContent ?? ''), null, { timeout: 15_000 });
  assert.match(await text(page, '#embed-credits'), /KnowledgeHut article .* and US Dept\. of Labor OFLC prevailing wages/);
  const { page: plain } = await env.open({ query: 'embed=1&y=6' });
  assert.match(await text(plain, '#embed-credits'), /^Figures: the KnowledgeHut article/);
  assert.doesNotMatch(await text(plain, '#embed-credits'), /Labor/);
});

// Only published figures (BLS) are "published, no interval"; the aijobs.net
// percentiles are computed by the data build from job postings, without an
// interval, and say so.
test('a claim names a sample summarised without an interval as such, not as published', async () => {
  const { page } = await env.open({});
  await page.waitForSelector('#claims li.claim', { timeout: 15_000 });
  await page.evaluate(() => document.querySelectorAll('#claims li.claim details').forEach((d) => { d.open = true; }));
  await page.waitForFunction(() => /aijobs\.net/.test(document.querySelector('#claims').textContent), null, { timeout: 5_000 });
  const lines = await page.evaluate(() => [...document.querySelectorAll('#claims li.claim li, #claims li.claim p')]
    .map((e) => e.textContent).filter((x) => /\(aijobs\.net, n = /.test(x)));
  assert.ok(lines.length > 0, 'aijobs.net samples are listed');
  for (const l of lines) {
    assert.match(l, /no interval computed/, l);
    assert.doesNotMatch(l, /published/, l);
  }
});
