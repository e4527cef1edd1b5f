// localStorage that throws (blocked, or full): the page works, says saving is
// off (#storage-status), and what was saved before is never lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, snapshot, waitForApp, waitForUpdate, openFolds, openTables } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const SAVED_LAST = 'y=11&loc=boston';
// The app's own stored form: one "name<TAB>query" line a scenario.
const SAVED_SCENARIOS = 'Kept\ty=4';
const scenarioNames = (page) => page.locator('#scenario-list input.scenario-name').evaluateAll((els) => els.map((e) => e.value));

/** Fails unless the element exists and is visible (not just present). */
async function expectVisible(locator, what) {
  assert.equal(await locator.count(), 1, `${what} is on the page`);
  assert.ok(await locator.isVisible(), `${what} is visible`);
}

// Runs in the page before its scripts. kind: 'blocked' (get and set throw a
// SecurityError) or 'quota' (set throws QuotaExceededError). seed: values
// written first, through the real setItem, as an earlier visit would have.
function breakStorage({ kind, seed }) {
  const proto = Storage.prototype;
  const realSet = proto.setItem;
  if (seed) for (const [k, v] of Object.entries(seed)) realSet.call(window.localStorage, k, v);
  const thrower = (name, msg) => function () { throw new DOMException(msg, name); };
  if (kind === 'blocked') {
    proto.getItem = thrower('SecurityError', 'The operation is insecure.');
    proto.setItem = thrower('SecurityError', 'The operation is insecure.');
  } else {
    proto.setItem = thrower('QuotaExceededError', "Failed to execute 'setItem' on 'Storage': exceeded the quota.");
  }
  proto.removeItem = thrower(kind === 'blocked' ? 'SecurityError' : 'QuotaExceededError', 'refused');
  proto.clear = proto.removeItem;
}

for (const kind of ['blocked', 'quota']) {
  test(`storage ${kind}: the page works, says "Saving is off", and keeps what was saved`, async () => {
    const { page, context, log } = await env.open({
      query: 'y=6',
      init: breakStorage,
      initArg: { kind, seed: { 'bdsc:last': SAVED_LAST, 'bdsc:scenarios': SAVED_SCENARIOS } },
    });
    // Change inputs: every write attempt fails.
    const before = await snapshot(page);
    await page.fill('#years', '14');
    await waitForUpdate(page, before);
    await page.selectOption('#location', 'chicago');
    await page.locator('#storage-status').waitFor({ timeout: 5_000 });
    assert.match(await page.locator('#storage-status').textContent(), /Saving is off/);
    // Saving a scenario still works for this visit, and the page says it
    // will not outlast it. Blocked storage cannot even be read, so the
    // scenario saved earlier is only listed when reading works (quota).
    const earlier = kind === 'quota' ? ['Kept'] : [];
    assert.deepEqual(await scenarioNames(page), earlier, 'scenarios listed before saving');
    await expectVisible(page.locator('#save-scenario'), 'the "Save scenario" button');
    assert.match(await page.locator('#scenarios .hint').first().textContent(), /Saving is off in this browser: scenarios last until you close the page/);
    await page.fill('#scenario-name', 'Would be lost');
    await page.click('#save-scenario');
    await page.waitForFunction((n) => document.querySelectorAll('#scenario-list li.scenario').length === n, earlier.length + 1, { timeout: 5_000 });
    assert.deepEqual(await scenarioNames(page), [...earlier, 'Would be lost'], 'the new scenario is listed');
    await expectVisible(page.locator('#scenario-list li.scenario').last(), 'the new scenario\'s row');
    await openTables(page, 'figure.chart[data-chart=scenarios]');
    assert.match(await page.locator('figure.chart[data-chart=scenarios] table').textContent(), /Would be lost/, 'and compared in the table');
    assert.deepEqual(log.pageErrors, []);

    // The same profile, storage working again: the old values are intact.
    const fresh = await context.newPage();
    await fresh.goto(env.server.url + '?probe=1', { waitUntil: 'domcontentloaded' });
    // Read through a pristine Storage.prototype (from a new iframe), whatever this page has.
    const values = await fresh.evaluate(() => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const get = frame.contentWindow.Storage.prototype.getItem;
      return { last: get.call(window.localStorage, 'bdsc:last'), scenarios: get.call(window.localStorage, 'bdsc:scenarios') };
    });
    assert.deepEqual(values, { last: SAVED_LAST, scenarios: SAVED_SCENARIOS }, 'saved values are untouched');
    // What the reader sees on the next visit: the earlier scenario, not the
    // one that could not be stored.
    await waitForApp(fresh);
    await openFolds(fresh); // the scenarios section starts closed
    await fresh.waitForSelector('#scenario-list li.scenario', { timeout: 5_000 });
    assert.deepEqual(await scenarioNames(fresh), ['Kept'], 'scenarios listed on the next visit');
    assert.equal(await fresh.locator('#storage-status').count(), 0, 'no "Saving is off" once storage works');
  });
}

test('after storage works again, the saved inputs come back', async () => {
  const { page } = await env.open({ init: () => localStorage.setItem('bdsc:last', 'y=11&loc=boston') });
  assert.equal(await page.inputValue('#years'), '11');
  assert.equal(await page.inputValue('#location'), 'boston');
  assert.equal(await page.locator('#storage-status').count(), 0, 'no "Saving is off" when storage works');
});

// Saved inputs fill only a bare address. An embed, a link with view options
// only, or the share link at the defaults is a view of its own: whoever opens
// it sees what it says (defaults for the rest), not their own last inputs.
test('an address with only view options, and the link to the defaults, do not show the saved inputs', async () => {
  const saved = () => localStorage.setItem('bdsc:last', 'y=11&loc=boston');
  for (const query of ['embed=1', 'theme=dark']) {
    const { page } = await env.open({ query, init: saved, folds: 'closed' });
    assert.equal(await page.inputValue('#years'), '3', `?${query}: the default years, not the saved 11`);
    assert.equal(await page.inputValue('#location'), 'us', `?${query}: the default place`);
  }

  // The share link at the defaults names them, so it opens them too.
  const { page: at } = await env.open({ query: 'y=3' });
  const link = await at.locator('#share-link').inputValue();
  assert.match(link, /\?y=3$/, `the link to the defaults is not bare: ${link}`);
  const { page } = await env.open({ query: new URL(link, env.server.url).search, init: saved, folds: 'closed' });
  assert.equal(await page.inputValue('#years'), '3');
  assert.equal(await page.inputValue('#location'), 'us');
});

// The saved copy is the reader's own last inputs: opening a link, an embed
// or the share panel's preview does not replace it, and nor does what a
// reader tries inside an embed. Only a change on the page itself does.
test('opening a link or an embed, or using an embed, leaves the saved inputs alone', async () => {
  const seed = () => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('bdsc:last', 'y=11&loc=boston'); sessionStorage.setItem('seeded', '1'); } };
  const saved = (page) => page.evaluate(() => localStorage.getItem('bdsc:last'));
  for (const query of ['theme=dark', 'embed=1', 'embed=1&y=20', 'y=3', 'y=20&loc=india']) {
    const { page } = await env.open({ query, init: seed, folds: 'closed' });
    await page.waitForTimeout(600);
    assert.equal(await saved(page), 'y=11&loc=boston', `?${query}: opening it keeps the saved inputs`);
    if (query.startsWith('embed')) {
      await page.fill('#years', '30');
      await page.waitForTimeout(600);
      assert.equal(await saved(page), 'y=11&loc=boston', `?${query}: a change inside the embed keeps them too`);
    }
  }
  // A change on the page itself is the reader's: it is saved.
  const { page } = await env.open({ query: 'y=3', init: seed, folds: 'closed' });
  await page.fill('#years', '14');
  await page.waitForFunction(() => localStorage.getItem('bdsc:last') === 'y=14', null, { timeout: 5_000 });
});

// The survey data checks a link's role, country and area once it arrives,
// and sets unknown ones back to the defaults: that correction is not the
// reader's change, so it replaced neither the saved inputs nor the address.
test('a link with an unknown country, role or area leaves the saved inputs and its address alone', async () => {
  const seed = () => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('bdsc:last', 'y=11&loc=boston'); sessionStorage.setItem('seeded', '1'); } };
  for (const [query, about] of [['y=2&loc=western-europe&country=UK', /UK/], ['y=6&loc=metro&metro=12421', /12421/], ['role=zzz', /zzz/]]) {
    const { page } = await env.open({ query, init: seed, folds: 'closed' });
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('#notices')?.textContent ?? ''), about.source, { timeout: 15_000 });
    await page.waitForTimeout(600);
    assert.equal(await page.evaluate(() => localStorage.getItem('bdsc:last')), 'y=11&loc=boston', `?${query}: the saved inputs are kept`);
    assert.equal(await page.evaluate(() => location.search), `?${query}`, `?${query}: the address keeps what the notice is about`);
    // The reader's own change is saved, without the unknown value.
    await page.fill('#years', '9');
    await page.waitForFunction(() => /(^|&)y=9(&|$)/.test(localStorage.getItem('bdsc:last')), null, { timeout: 5_000 });
    assert.doesNotMatch(await page.evaluate(() => localStorage.getItem('bdsc:last') + location.search), /UK|12421|zzz/);
  }
});

// The address and the saved copy are written once the inputs have been
// still for a moment; a reload inside that moment lost the last change.
test('a change made just before a reload is kept', async () => {
  const { page } = await env.open({ folds: 'closed' });
  await page.selectOption('#location', 'sf');
  await page.fill('#years', '9');
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector('html[data-bdsc-ready]', { state: 'attached' });
  assert.equal(await page.inputValue('#years'), '9');
  assert.equal(await page.inputValue('#location'), 'sf');
  assert.match(await page.evaluate(() => localStorage.getItem('bdsc:last')), /^y=9&loc=sf$/);
});

// After the data's check set a link's unknown country back, the reader's
// next change is written, whichever it is: the data switch too (the check's
// mark outlived it, and the address kept the old view).
test('after the data\'s check, turning the survey data off is written to the address', async () => {
  const { page } = await env.open({ query: 'y=2&loc=western-europe&country=UK', folds: 'open' });
  await page.waitForFunction(() => /UK/.test(document.querySelector('#notices')?.textContent ?? ''), null, { timeout: 15_000 });
  await page.uncheck('#show-data');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('data') === '0', null, { timeout: 5_000 });
});
