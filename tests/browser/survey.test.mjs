// Evidence from real data in the page: the survey distribution with n and the
// group it describes, back-off notices, roles compared, the US metro search
// changing the estimate, and the article-vs-data table with its verdicts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openFolds, openTables, waitForApp } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const text = async (page, sel) => (await page.locator(sel).textContent()).replace(/\s+/g, ' ').trim();
const waitData = (page) => page.waitForSelector('#survey-group', { timeout: 15_000 });

test('distribution for the selection: group, n, box plot with the estimate, roles table', async () => {
  const { page, log } = await env.open({ query: 'y=6' });
  await waitData(page);
  const group = await text(page, '#survey-group');
  // Independently known from the source (SOURCE.md / pinned in tests/data_build.rs):
  // US back-end developers with 5–9 years in the 2024 survey.
  assert.match(group, /Back-end developers · United States of America · 5–9 years · n = \d+/);
  assert.match(group, /Stack Overflow Developer Survey 2024 \(ODbL\)/);
  assert.match(await text(page, '#survey-position'), /percentile|below the 10th|above the 90th/);
  const svg = page.locator('figure.chart[data-chart="distribution"] svg');
  assert.equal(await svg.count(), 1);
  // The table behind the box plot: survey row and the BLS row with its median.
  await openTables(page, '#survey');
  const rows = await page.locator('figure.chart[data-chart="distribution"] tbody tr').allTextContents();
  assert.equal(rows.length, 2, rows.join(' | '));
  assert.match(rows[1], /\$133,080/, 'BLS 15-1252 median');
  // Roles compared: back-end, front-end and full-stack with their n.
  const roles = await page.locator('#roles-table tbody tr').allTextContents();
  for (const r of ['Back-end developers', 'Front-end developers', 'Full-stack developers']) {
    assert.ok(roles.some((x) => x.includes(r)), `${r} in ${roles.length} rows`);
  }
  assert.ok(roles.find((x) => x.includes('Back-end developers')).includes('562'), 'US back-end n = 562 after cleaning');
  // Changing the role changes the group described.
  await page.selectOption('#survey-role', 'frontend');
  await page.waitForFunction(() => /Front-end developers/.test(document.querySelector('#survey-group')?.textContent ?? ''));
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
});

test('a group under 30 respondents is widened, and the page says how', async () => {
  // Back-end developers in the US with 20+ years in Education: far fewer than 30.
  const { page } = await env.open({ query: 'y=25&ind=education' });
  await waitData(page);
  const backoff = await text(page, '#survey-backoff');
  assert.match(backoff, /Widened: fewer than 30/);
  const n = Number((await text(page, '#survey-group')).match(/n = ([\d,]+)/)[1].replace(/,/g, ''));
  assert.ok(n >= 30, `published group has n = ${n}`);
});

test('any of the 530 US metro areas can be found by name and moves the estimate', async () => {
  const { page } = await env.open({ query: 'y=6' });
  await waitData(page);
  const national = await text(page, '#estimate');
  await page.selectOption('#location', 'metro');
  await page.fill('#metro-search', 'Seattle');
  const option = page.locator('.metro-option').first();
  assert.match(await option.textContent(), /Seattle/);
  // A screen reader hears how many matched; Escape on a result goes back
  // to the search (it did nothing).
  assert.equal(await text(page, '#metro-count'), `${await page.locator('.metro-option').count() === 1 ? '1 area matches.' : `${await page.locator('.metro-option').count()} areas match.`}`);
  await page.focus('#metro-search');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'secondary metro-option');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'metro-search');
  await option.click();
  await page.waitForFunction((n) => document.querySelector('#estimate').textContent.trim() !== n, national);
  assert.match(await text(page, '#metro-chosen'), /Chosen: Seattle/);
  assert.match(await text(page, '#metro-levels'), /Level III .* against the national reference of \$69\.50 \(BLS OEWS May 2024/);
  assert.match(await text(page, '#breakdown'), /US Dept\. of Labor/);
  // The choice is in the address, and a fresh page restores it from there.
  await page.waitForFunction(() => /metro=\d+/.test(location.search));
  const { page: again } = await env.open({ query: new URL(page.url()).search });
  await waitData(again);
  await again.waitForFunction(() => /Seattle/.test(document.querySelector('#metro-chosen')?.textContent ?? ''));
  assert.equal(await text(again, '#estimate'), await text(page, '#estimate'));
});

test('the article is checked against data, with computed verdicts', async () => {
  const { page } = await env.open();
  await page.waitForSelector('#claims li.claim', { timeout: 15_000 });
  const rows = page.locator('#claims li.claim');
  assert.ok(await rows.count() >= 15, `${await rows.count()} claims`);
  const verdict = async (id) => text(page, `#claims li.claim[data-claim="${id}"] summary .badge`);
  // Verdicts that follow from the data file's figures: SF +28% vs DOL +29.8%
  // (within 10 points); Chicago +19% vs −9.6%; $89,766 between BLS's p10 and
  // p25 (the basis population), so can't tell.
  assert.equal(await verdict('city-sf'), 'Agrees');
  assert.equal(await verdict('city-chicago'), 'Disagrees');
  assert.equal(await verdict('us-average'), "Can't tell");
  await page.locator('#claims li.claim[data-claim="city-sf"] summary').click();
  await page.waitForSelector('#claims li.claim[data-claim="city-sf"] .claim-details');
  assert.match(await text(page, '#claims li.claim[data-claim="city-sf"] .claim-details'), /\+29\.8%/);
});

test('a broken data file leaves the article-based page working, with a notice', async () => {
  // No service worker here, so the broken file cannot come from a cache.
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  await context.route(/\/data\/survey-[0-9a-f]+\.txt$/, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: '#bdsc-survey 1\n[roles 9999]\nbroken' }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.server.url, { waitUntil: 'load' });
  await waitForApp(page);
  await openFolds(page); // the survey section starts closed
  await page.waitForSelector('#survey .notice-inline', { timeout: 15_000 });
  assert.match(await text(page, '#survey'), /could not be loaded .*line \d+/);
  assert.match(await text(page, '#estimate'), /^\$[\d,]+$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the article-only view hides the data, keeps the estimate and survives a reload', async () => {
  const { page } = await env.open({ query: 'y=4' });
  await waitData(page);
  const estimate = await text(page, '#estimate');
  await page.uncheck('#show-data');
  await page.waitForSelector('#survey-group', { state: 'detached' });
  assert.equal(await page.locator('#claims').count(), 0);
  assert.equal(await text(page, '#estimate'), estimate, 'the estimate never depends on the data');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('data') === '0');
  await page.reload({ waitUntil: 'load' });
  await waitForApp(page);
  await openFolds(page); // the survey section starts closed
  await page.waitForSelector('#show-data');
  assert.equal(await page.isChecked('#show-data'), false);
  assert.equal(await page.locator('#survey-group').count(), 0);
  await page.check('#show-data');
  await waitData(page);
});

// A shared link to a US metro area shows the US average until the data
// that holds the area's factor is in: the card says so meanwhile, instead
// of presenting the US average as the area's figure.
test('a metro link says the US average stands in until the data is in', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  const { page } = await env.open({
    query: 'loc=metro&metro=41860',
    folds: 'closed',
    route: [/\/data\/survey-[0-9a-f]{16}\.txt$/, async (route) => { await held; await route.continue(); }],
  });
  await page.waitForSelector('#metro-pending', { timeout: 15_000 });
  assert.match(await page.locator('#metro-pending').textContent(), /data has not loaded.*US average/);
  const standIn = await page.locator('#estimate').textContent();
  release();
  await page.waitForSelector('#metro-pending', { state: 'detached', timeout: 15_000 });
  assert.notEqual(await page.locator('#estimate').textContent(), standIn, "the area's figure replaces the US average");
});

// The embed's compact form offers "Other US city" too, so it needs the
// metro search there as well (it had none: the US average stood in for good).
test('an embed can choose a US metro area', async () => {
  const { page, log } = await env.open({ query: 'embed=1&y=6', folds: 'closed' });
  const before = (await page.locator('#estimate').textContent()).trim();
  await page.selectOption('#location', 'metro');
  await page.waitForSelector('#metro-search', { timeout: 15_000 });
  await page.fill('#metro-search', 'Austin');
  await page.press('#metro-search', 'Enter');
  await page.waitForFunction(() => /Austin/.test(document.querySelector('#metro-chosen')?.textContent ?? ''), null, { timeout: 5_000 });
  await page.waitForSelector('#metro-pending', { state: 'detached', timeout: 5_000 });
  assert.notEqual((await page.locator('#estimate').textContent()).trim(), before, 'the area moves the estimate');
  assert.deepEqual(log.pageErrors, []);
});

// The country picker's first option is "Your location (…)": it named the
// country picked instead (Germany, then worldwide), while choosing it means
// the country of "Where you work".
test('"Your location" names the location\'s country, whatever country is picked', async () => {
  const { page } = await env.open({ query: 'y=6' });
  await waitData(page);
  const first = () => page.locator('#survey-country option').first().textContent();
  assert.equal(await first(), 'Your location (United States)');
  await page.selectOption('#survey-country', 'Germany');
  await page.waitForFunction(() => /Germany/.test(document.querySelector('#survey-group')?.textContent ?? ''));
  assert.equal(await first(), 'Your location (United States)');
  // A world region is no survey country: the option says what it means.
  await page.selectOption('#survey-country', '');
  await page.selectOption('#location', 'western-europe');
  await page.waitForFunction(() => /worldwide/.test(document.querySelector('#survey-group')?.textContent ?? ''));
  assert.equal(await first(), 'Your location (worldwide: Western Europe is many countries)');
});

test('survey figures keep their stored precision, say their licence and their interval, and a city estimate says its group is national', async () => {
  // Euros: stored to $100, so shown to €100 (€16,172 looked exact to the euro).
  const { page, log } = await env.open({ query: 'y=6&loc=western-europe&cur=eur' });
  await waitData(page);
  await openTables(page, '#survey');
  const cells = await page.locator('figure.chart[data-chart="distribution"] tbody tr').first().locator('td').allTextContents();
  const amounts = cells.join(' ').match(/€[\d,]+/g) ?? [];
  assert.ok(amounts.length >= 5, cells.join(' | '));
  for (const a of amounts) assert.match(a, /00$/, `${a} in ${cells.join(' | ')}`);
  assert.match(await text(page, '#survey-position'), /rounded outward to the data file's steps/);
  // The roles table: the licence in its source column and why its intervals
  // are a little wider than the claims'.
  await page.evaluate(() => { document.querySelector('details.roles').open = true; });
  await page.waitForSelector('#roles-table tbody tr');
  const sources = await page.locator('#roles-table tbody tr td:last-child').allTextContents();
  assert.ok(sources.length > 3 && sources.every((s) => /\(ODbL\)/.test(s)), sources.join(' | '));
  assert.match(await text(page, 'details.roles'), /rounded outward to the steps the data file stores/);
  // A role the 2024 survey never had is not "fewer than 30" there.
  const rows = await page.locator('#roles-table tbody tr').allTextContents();
  assert.ok(!rows.some((r) => /fewer than 30 respondents in the role[^;]*2024/.test(r)), rows.join(' | '));
  assert.equal(await page.locator('#survey-city').count(), 0, 'no city, no city note');

  // San Francisco: the estimate has the city's premium, the group is the US.
  const { page: sf } = await env.open({ query: 'y=6&loc=sf' });
  await waitData(sf);
  assert.match(await text(sf, '#survey-city'), /San Francisco's premium; this group is the whole United States/);
  // Java and Finance: 2025 has too few Java answers, so 2024 (professional
  // years, industries) is compared, not 2025 without Java or Finance.
  const { page: jf } = await env.open({ query: 'y=8&lang=java&ind=finance' });
  await waitData(jf);
  const group = await text(jf, '#survey-group');
  assert.match(group, /5–9 years · Finance.*Stack Overflow Developer Survey 2024/, group);
  assert.match(await text(jf, '#survey-backoff'), /so the Stack Overflow Developer Survey 2024 is used instead/);
  assert.deepEqual(log.pageErrors, []);
});
