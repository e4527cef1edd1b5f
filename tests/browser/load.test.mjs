// 1. The release build boots cleanly. 2. Nothing is fetched from elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

test('boots with no console errors or page errors; #boot replaced by a dollar estimate', async () => {
  const { page, log } = await env.open();
  assert.equal(await page.locator('#boot').count(), 0, '#boot should be gone once the app mounts');
  assert.equal(await page.locator('main#calculator').count(), 1, 'main#calculator should exist');
  const estimate = (await page.locator('#estimate').textContent()).trim();
  assert.match(estimate, /\$\s?\d{1,3}(,\d{3})+/, `#estimate should show a dollar amount, got ${JSON.stringify(estimate)}`);
  // Let any deferred work (timers, storage writes) run before judging the console.
  await page.waitForTimeout(500);
  assert.deepEqual(log.badResponses, [], 'failed responses');
  assert.deepEqual(log.pageErrors, [], 'page errors');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  if (log.consoleWarnings.length) console.log(`# console warnings (not failures): ${JSON.stringify(log.consoleWarnings)}`);
});

test('every request stays on the page origin', async () => {
  const { page, log } = await env.open();
  // Exercise the app a little so lazily made requests would show up too.
  await page.fill('#years', '10');
  await page.selectOption('#currency', 'eur');
  await page.check('#mode-freelance');
  await page.waitForTimeout(500);
  const origin = env.server.origin + '/';
  const foreign = log.requests.filter((u) => !u.startsWith(origin));
  assert.deepEqual(foreign, [], `requests leaving ${env.server.origin}`);
  assert.ok(log.requests.some((u) => u.endsWith('.wasm')), 'the wasm module should have been requested from the origin');
});
