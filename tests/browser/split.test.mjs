// The page's two modules (src/app/full.rs): the first load is the form and
// the estimate only; the full app comes when a part of it is needed, takes
// the page over from the reader's current inputs, and a failed download
// leaves the form working with a plain line in the section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitForFull } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const full = (log) => log.requests.filter((u) => /\/full-[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(u));
// Trunk names the first module by its hash in hex without leading zeros, so
// about one build in sixteen has 15 digits (the full app's and the data's
// names are always 16: scripts/build-full.mjs, core::survey::content_hash).
const lite = (log) => log.requests.filter((u) => /\/lite-[0-9a-f]{1,16}_bg\.wasm$/.test(u));
const data = (log) => log.requests.filter((u) => /\/data\/survey-[0-9a-f]{16}\.txt$/.test(u));
const estimate = (page) => page.locator('#estimate').textContent();

test('the first load is the first module: the form works, nothing else is fetched', async () => {
  const { page, log } = await env.open({ folds: 'closed' });
  const before = await estimate(page);
  await page.fill('#years', '12');
  await page.selectOption('#location', 'india');
  await page.waitForFunction((b) => document.querySelector('#estimate').textContent !== b, before);
  assert.match(await estimate(page), /₹/, 'India switches the page to rupees, as the full app does');
  await page.waitForTimeout(800);
  assert.equal(lite(log).length, 1, 'the first module is fetched once');
  assert.deepEqual(full(log), [], 'the full app is not fetched before it is needed');
  assert.deepEqual(data(log), [], 'the survey data is not fetched for the default view');
  assert.equal(await page.locator('html[data-bdsc-full]').count(), 0);
  assert.deepEqual(log.pageErrors, []);
});

test('opening a section loads the full app once, which keeps the inputs, the open section and the focus', async () => {
  const { page, log } = await env.open({ folds: 'closed' });
  await page.fill('#years', '17');
  await page.selectOption('#currency', 'eur');
  await page.check('#mode-freelance');
  const shown = await estimate(page);
  await page.click('#charts-fold summary');
  // Before the full app arrives, the section says it is loading.
  await waitForFull(page);
  await page.waitForSelector('#charts-fold figure.chart');
  assert.equal(await page.evaluate(() => document.querySelector('#charts-fold').open), true, 'the opened section stays open');
  assert.equal(await page.inputValue('#years'), '17');
  assert.equal(await page.inputValue('#currency'), 'eur');
  assert.equal(await page.isChecked('#mode-freelance'), true);
  assert.equal(await estimate(page), shown, 'the same estimate after the full app took over');
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('#charts-fold > summary')), true, 'the focus stays on the summary of the section the reader opened');
  await page.click('#assumptions-fold summary');
  await page.waitForSelector('#assumptions-fold input');
  await page.waitForTimeout(300);
  assert.equal(full(log).length, 2, `the full app (js + wasm) is fetched once: ${full(log)}`);
  assert.equal(lite(log).length, 1);
  // And it works: an input change updates the charts.
  const svg = await page.locator('figure.chart[data-chart="experience"] svg').innerHTML();
  await page.fill('#years', '3');
  await page.waitForFunction((s) => document.querySelector('figure.chart[data-chart="experience"] svg').innerHTML !== s, svg);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
});

// The breakdown's sentences are the full app's (the first module leaves
// their text out): opening it loads the full app, which keeps it open.
test('opening "How we got there" loads the full app, which shows every step with its sentence', async () => {
  const { page, log } = await env.open({ folds: 'closed', query: 'y=8&loc=boston' });
  await page.fill('#years', '9');
  await page.focus('#breakdown-fold > summary');
  await page.keyboard.press('Enter');
  await waitForFull(page);
  await page.waitForSelector('#breakdown li');
  assert.equal(await page.evaluate(() => document.querySelector('#breakdown-fold').open), true, 'it stays open');
  const steps = await page.locator('#breakdown li').evaluateAll((lis) => lis.map((li) => [li.querySelector('.step-label').textContent, li.querySelector('.step-detail').textContent]));
  assert.deepEqual(steps.map(([l]) => l), ['Experience: 9 years', 'Location: Boston, US']);
  for (const [label, detail] of steps) assert.match(detail, /\w{3,}.*\./, `${label}: a sentence (${detail})`);
  assert.match(await page.locator('#breakdown-fold .notes').textContent(), /disagree/);
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('#breakdown-fold > summary')), true, 'focus stays on its summary');
  assert.equal(full(log).length, 2);
  assert.deepEqual(log.pageErrors, []);
});

test('an input that needs the survey data (a US metro area) loads the full app at once', async () => {
  const { page, log } = await env.open({ query: 'loc=metro&metro=41860', folds: 'closed' });
  await waitForFull(page);
  await page.waitForSelector('#metro-chosen');
  await page.waitForFunction(() => /San Francisco/.test(document.querySelector('#metro-chosen')?.textContent ?? ''));
  assert.equal(data(log).length, 1, 'the survey data is fetched');
});

test('an embed starts the full app directly, without the first module', async () => {
  const { page, log } = await env.open({ query: 'embed=1&part=chart&chart=cities', wait: false });
  await waitForFull(page);
  await page.waitForSelector('figure.chart[data-chart="cities"]');
  assert.deepEqual(lite(log), [], 'the first module is not started in an embed');
  assert.equal(full(log).length, 2);
});

test('when the full app cannot be loaded, the section says so and the form keeps working', async () => {
  const { page, log } = await env.open({
    folds: 'closed',
    route: [/\/full-[0-9a-f]{16}_bg\.wasm$/, (route) => route.fulfill({ status: 503, body: 'unavailable' })],
  });
  await page.click('#share-fold summary');
  await page.waitForSelector('html[data-bdsc-full-fail]');
  const line = page.locator('#share-fold .needs-full');
  assert.match(await line.innerText(), /could not be loaded\. Reload the page/);
  assert.equal(await page.locator('#share-fold .full-loading').isVisible(), false, 'no endless "loading"');
  const before = await estimate(page);
  await page.fill('#years', '25');
  await page.waitForFunction((b) => document.querySelector('#estimate').textContent !== b, before);
  assert.equal(await page.locator('#nowasm').isVisible(), false, 'the page itself started: no "could not start" line');
  assert.ok(log.badResponses.some((r) => r.startsWith('503')));
});

// The first module hands its state to the full app through `window`
// (bdscQuery, bdscNotices; src/app/full.rs, use_handoff). Changes made
// before the full app is asked for and while it downloads both arrive.
test('the full app starts from changes made before it was asked for and while it downloads', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  const { page } = await env.open({
    folds: 'closed',
    route: [/\/full-[0-9a-f]{16}_bg\.wasm$/, async (route) => { await held; await route.continue(); }],
  });
  await page.fill('#years', '17');
  await page.click('#charts-fold summary');
  await page.waitForFunction(() => /(^|&)y=17(&|$)/.test(window.bdscQuery ?? ''), null, { timeout: 5_000 });
  await page.selectOption('#currency', 'eur');
  await page.waitForFunction(() => /(^|&)cur=eur(&|$)/.test(window.bdscQuery ?? ''), null, { timeout: 5_000 });
  const shown = await estimate(page);
  release();
  await waitForFull(page);
  await page.waitForSelector('#charts-fold figure.chart');
  assert.equal(await page.inputValue('#years'), '17');
  assert.equal(await page.inputValue('#currency'), 'eur');
  assert.equal(await estimate(page), shown, 'the full app shows the estimate the first module showed');
});

// The full app reads the first module's inputs when it starts, then renders
// off-screen and, with the survey section open, waits for the data before
// it swaps its view in. A change made in that time (the first module's
// view is still the one on screen) is carried over at the swap, as a
// change to the prerendered form is (static/boot.js); it was lost before.
test('a change made while the full app renders and waits for the data is kept', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  const { page } = await env.open({
    folds: 'closed',
    // Counts the full app's reads of the hand-over (window.bdscQuery).
    init: () => {
      let q;
      window.bdscReads = 0;
      Object.defineProperty(window, 'bdscQuery', { configurable: true, get() { window.bdscReads++; return q; }, set(v) { q = v; } });
    },
    route: [/\/data\/survey-[0-9a-f]{16}\.txt$/, async (route) => { await held; await route.continue(); }],
  });
  await page.click('#survey-fold summary');
  // The full app has started from the first module's inputs, and waits.
  await page.waitForFunction(() => window.bdscReads > 0, null, { timeout: 15_000 });
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-bdsc-full')), false, 'the first module is still on screen');
  await page.selectOption('#location', 'chicago');
  await page.check('#mode-freelance');
  await page.fill('#hours-per-week', '25');
  await page.waitForFunction(() => /(^|&)hpw=25(&|$)/.test(window.bdscQuery ?? ''), null, { timeout: 5_000 });
  const shown = await estimate(page);
  release();
  await waitForFull(page);
  await page.waitForSelector('#survey-role', { timeout: 15_000 });
  assert.equal(await page.inputValue('#location'), 'chicago');
  assert.equal(await page.isChecked('#mode-freelance'), true);
  assert.equal(await page.inputValue('#hours-per-week'), '25');
  assert.equal(await estimate(page), shown, 'the full app shows the estimate of the changed inputs');
  await page.waitForFunction(() => {
    const q = new URLSearchParams(location.search);
    return q.get('loc') === 'chicago' && q.get('hpw') === '25';
  }, null, { timeout: 5_000 });
});
