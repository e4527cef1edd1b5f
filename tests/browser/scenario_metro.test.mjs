// A saved scenario for a US metro area is compared at the page's own
// estimate for that area (DOL metro factor included), not at the US average.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openTables } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const text = async (page, sel) => (await page.locator(sel).textContent()).replace(/\s+/g, ' ').trim();

// The Annual cell of the comparison table's row named `name`.
async function tableAnnual(page, name) {
  return page.evaluate((n) => {
    const rows = [...document.querySelectorAll('figure.chart[data-chart=scenarios] table tbody tr')];
    const row = rows.find((r) => r.cells[0]?.textContent.trim() === n);
    return row ? row.cells[1].textContent.trim() : null;
  }, name);
}

test('a metro-area scenario shows the page estimate for that area in the comparison', async (t) => {
  const { page, log } = await env.open({ query: 'y=6' });
  await page.waitForSelector('#survey-group', { timeout: 15_000 });
  const national = await text(page, '#estimate');

  await page.selectOption('#location', 'metro');
  await page.fill('#metro-search', 'Austin');
  const option = page.locator('.metro-option').first();
  assert.match(await option.textContent(), /Austin/);
  await option.click();
  await page.waitForFunction((n) => document.querySelector('#estimate').textContent.trim() !== n, national, { timeout: 5_000 });
  assert.match(await text(page, '#metro-chosen'), /Chosen: Austin/);
  const metro = await text(page, '#estimate');
  t.diagnostic(`US average ${national}, Austin ${metro}`);
  assert.notEqual(metro, national, 'the metro factor moves the page estimate');

  await page.fill('#scenario-name', 'Austin');
  await page.click('#save-scenario');
  await page.waitForFunction(() => document.querySelectorAll('li.scenario').length === 1, null, { timeout: 5_000 });
  // Said in the status line, for a screen reader (the list grows silently).
  assert.equal(await text(page, '#scenario-status'), 'Saved “Austin”.');

  // The list, the comparison table and the chart label all carry the metro figure.
  assert.equal(await text(page, 'li.scenario .scenario-amount'), metro, 'amount in the scenario list');
  await page.locator('figure.chart[data-chart=scenarios]').waitFor({ timeout: 5_000 });
  await openTables(page, 'figure.chart[data-chart=scenarios]');
  const annual = await tableAnnual(page, 'Austin');
  assert.equal(annual, metro, 'Annual in the comparison table');
  assert.notEqual(annual, national, 'not the US average');
  // Where: the area by name, not "Other US city" (two areas read the same).
  const where = await page.evaluate(() => [...document.querySelectorAll('figure.chart[data-chart=scenarios] table tbody tr')][0].cells[3].textContent.trim());
  assert.match(where, /^Austin-Round Rock/, 'Where names the area');

  // The CSV export too (whole dollars, so compare digits).
  const href = await page.locator('a#export-csv').getAttribute('href');
  const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  const digits = metro.replace(/\D/g, '');
  assert.ok(csv.split(/\r?\n/)[1].split(',').includes(digits), `CSV row carries ${digits}: ${JSON.stringify(csv)}`);
  assert.match(csv.split(/\r?\n/)[1], /,"?Austin-Round Rock/, 'the CSV names the area');
  // Removed, the "Saved" line would be stale.
  await page.click('li.scenario .remove-scenario');
  await page.waitForFunction(() => document.querySelectorAll('li.scenario').length === 0);
  assert.equal(await text(page, '#scenario-status'), '');

  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
});

// A scenario saved before the data changed, or edited in storage, may name
// a role, country or area the data does not have. Loading it checks them as
// an address is checked: each falls back to its default, with a notice.
test('a scenario with an unknown role, country or area loads with notices and defaults', async () => {
  const { page, log } = await env.open({
    query: 'y=6',
    init: () => localStorage.setItem('bdsc:scenarios', 'Old\trole=nosuchrole&country=Narnia&y=20\nGone area\tloc=metro&metro=999999&y=4'),
  });
  await page.waitForSelector('#survey-role', { timeout: 15_000 });
  assert.equal(await page.locator('#notices').count(), 0, 'no notice before loading');

  await page.locator('.load-scenario').first().click();
  await page.waitForSelector('#notices li.notice', { timeout: 5_000 });
  const notices = await page.locator('#notices li.notice').allTextContents();
  assert.ok(notices.some((n) => /nosuchrole/.test(n)), `a notice names the role: ${JSON.stringify(notices)}`);
  assert.ok(notices.some((n) => /Narnia/.test(n)), `a notice names the country: ${JSON.stringify(notices)}`);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('y') === '20', null, { timeout: 5_000 });
  const q = new URL(page.url()).searchParams;
  assert.equal(q.get('role'), null, 'the unknown role is not carried into the address');
  assert.equal(q.get('country'), null, 'nor the unknown country');
  assert.ok(await page.inputValue('#survey-role'), 'the role picker shows a role');

  await page.locator('.load-scenario').nth(1).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#notices li.notice')].some((li) => /999999/.test(li.textContent)), null, { timeout: 5_000 });
  await page.waitForFunction(() => new URLSearchParams(location.search).get('y') === '4', null, { timeout: 5_000 });
  assert.equal(new URL(page.url()).searchParams.get('metro'), null, 'the unknown area is not carried into the address');
  assert.deepEqual(log.pageErrors, []);
});

// A link to a metro area is first shown by the first module, which has no
// metro factors: it showed the US figure and said nothing until the full
// app and the data arrived (80 ms here, seconds on a slow line), so a
// reader could copy or screenshot the wrong figure.
test('a link to a metro area says the US figure stands in until its data has loaded', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  const { page, log } = await env.open({
    query: 'loc=metro&metro=12420', folds: 'closed',
    // The full app's module and the data both held: the first module alone.
    route: [/\/(data\/survey-[0-9a-f]+\.txt|full-[0-9a-f]+(_bg\.wasm|\.js))$/, async (r) => { await held; await r.continue(); }],
  });
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-bdsc-full')), false, 'the first module');
  await page.waitForSelector('#metro-pending', { timeout: 5_000 });
  assert.match(await page.locator('#metro-pending').textContent(), /so the US average is used/);
  assert.equal(await page.locator('#estimate').textContent(), '$90,374', 'the US figure, said to be it');
  release();
  await page.waitForFunction(() => !document.querySelector('#metro-pending'), null, { timeout: 15_000 });
  assert.equal(await page.locator('#estimate').textContent(), '$87,030', "Austin's figure once its data is in");
  assert.match(await page.locator('#why').textContent(), /Austin/);
  assert.deepEqual(log.pageErrors, []);
});
