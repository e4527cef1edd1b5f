// Offline: after one visit the service worker holds exactly this build's
// files, and the app boots, computes and draws its charts with the network
// off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, DIST, snapshot, waitForUpdate, waitForApp, openFolds, openTables } from './harness.mjs';
import { buildFiles, fileUrl } from '../../scripts/post-build.mjs';
import { waitForController, bdscCaches, swBuildId } from './sw-helpers.mjs';

let env, page, context, log;
before(async () => {
  env = await setup();
  ({ page, context, log } = await env.open());
  await waitForController(page);
});
after(() => env?.teardown());

test('the cache holds exactly this build\'s files, under bdsc-<build id>', async () => {
  const id = swBuildId(fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8'));
  assert.ok(id, 'dist/sw.js has no build id: did the post_build hook run?');
  const expected = buildFiles(DIST).map((f) => new URL(fileUrl(f), env.server.url).href).sort();
  assert.ok(expected.some((u) => u.endsWith('.wasm')), 'the wasm module is in the list');
  assert.ok(expected.includes(env.server.url), 'index.html is precached as "./"');
  assert.ok(!expected.some((u) => u.endsWith('/sw.js') || u.endsWith('.map')), 'no sw.js or source maps');
  const caches = await bdscCaches(page);
  assert.deepEqual(Object.keys(caches), [`bdsc-${id}`]);
  assert.deepEqual(caches[`bdsc-${id}`], expected);
});

test('offline: boots from the cache, updates on input, draws charts', async () => {
  await context.setOffline(true);
  try {
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await openFolds(page); // the charts and survey sections start closed
    assert.match(await page.locator('#estimate').textContent(), /\$\s?\d/);
    const before = await snapshot(page);
    assert.ok(Object.keys(before.charts).length >= 1, 'at least one figure.chart');
    assert.ok(Object.values(before.charts).every((svg) => svg.startsWith('<svg')), 'every figure.chart has an svg');
    await page.fill('#years', '12');
    await waitForUpdate(page, before);
    // A query-string navigation is served the cached index.html too.
    await page.goto(env.server.url + '?y=20&loc=sf', { waitUntil: 'load' });
    await waitForApp(page);
    await openFolds(page); // the charts and survey sections start closed
    assert.equal(await page.inputValue('#years'), '20');
  } finally {
    await context.setOffline(false);
  }
});

test('offline: survey data view', async (t) => {
  await context.setOffline(true);
  try {
    await page.goto(env.server.url + '?y=8', { waitUntil: 'load' });
    await waitForApp(page);
    await openFolds(page); // the charts and survey sections start closed
    // The survey file is fetched after the first paint: wait for its chart,
    // then open its table as a reader would.
    await page.waitForSelector('#survey figure.chart[data-chart="distribution"]', { timeout: 10_000 });
    await openTables(page, '#survey');
    await page.waitForFunction(() => {
      const s = document.querySelector('#survey');
      return s && [...s.querySelectorAll('table')].some((tb) => /percentile|p\d\d|median/i.test(tb.textContent) && tb.querySelectorAll('tbody tr').length > 0);
    }, null, { timeout: 10_000 });
  } finally {
    await context.setOffline(false);
  }
});

// A copy of the data file cut off while the worker installed (a deploy in
// progress, a proxy) was cached for the whole build: every later visit said
// the survey data could not be loaded. The file is named by its content's
// hash, and the install now checks it.
test('a data file that does not match its name is never cached; the next visit installs', async () => {
  let cut = true;
  const { page: p, context: c } = await env.open({
    query: 'y=8',
    route: [/\/data\/survey-[0-9a-f]+\.txt$/, async (r) => {
      const res = await r.fetch();
      const body = await res.text();
      await r.fulfill({ response: res, body: cut ? body.slice(0, 80_000) : body });
    }],
  });
  await p.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg && !reg.installing;
  }, null, { timeout: 20_000, polling: 200 });
  await p.waitForTimeout(500);
  assert.deepEqual(await bdscCaches(p), {}, 'the install failed, nothing cached');
  assert.equal(await p.evaluate(() => navigator.serviceWorker.controller), null);
  cut = false;
  await p.reload({ waitUntil: 'load' });
  await waitForController(p);
  const data = Object.values(await bdscCaches(p)).flat().find((u) => /survey-[0-9a-f]+\.txt$/.test(u));
  assert.ok(data, 'the data file is cached on the visit after');
  const file = fs.readdirSync(path.join(DIST, 'data')).find((f) => f.startsWith('survey-'));
  const len = await p.evaluate(async (u) => (await (await caches.match(u)).text()).length, data);
  assert.equal(len, fs.readFileSync(path.join(DIST, 'data', file), 'utf8').length, 'whole');
  await c.close();
});

test('no page errors; no console errors except the offline network', () => {
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors.filter((m) => !/ERR_INTERNET_DISCONNECTED/.test(m)), []);
});
