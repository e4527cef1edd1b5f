// 3. Every kind of input updates the headline (or range) and at least one chart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, snapshot, waitForUpdate } from './harness.mjs';

let env, page, log;
before(async () => {
  env = await setup();
  ({ page, log } = await env.open());
});
after(() => env?.teardown());

// Each step changes one input from the state the previous step left.
async function changes(label, act) {
  const before = await snapshot(page);
  await act();
  const { after, changedCharts } = await waitForUpdate(page, before);
  assert.ok(changedCharts.length >= 1, `${label}: a chart should change`);
  return after;
}

test('#years', () => changes('#years', () => page.fill('#years', '12')));
test('#years-range moves with #years', async () => {
  assert.equal(await page.inputValue('#years-range'), '12');
});
test('#location', () => changes('#location', () => page.selectOption('#location', 'sf')));
test('#language', () => changes('#language', () => page.selectOption('#language', 'javascript')));
test('#industry', () => changes('#industry', () => page.selectOption('#industry', 'finance')));
test('mode: #mode-freelance', () => changes('#mode-freelance', () => page.check('#mode-freelance')));
test('freelance #hours-per-week', () => changes('#hours-per-week', () => page.fill('#hours-per-week', '40')));
test('mode: #mode-salaried', () => changes('#mode-salaried', () => page.check('#mode-salaried')));

test('#currency INR shows ₹ with lakh grouping', async () => {
  const after = await changes('#currency', () => page.selectOption('#currency', 'inr'));
  assert.match(after.estimate, /₹/, `₹ expected in ${JSON.stringify(after.estimate)}`);
  // Indian grouping: 1,23,45,678 — groups of two before the last three digits.
  assert.match(after.estimate, /\d{1,2},\d{2},\d{3}(?!\d)/, `lakh grouping expected in ${JSON.stringify(after.estimate)}`);
  assert.doesNotMatch(after.estimate, /\d,\d{3},\d{3}(?!\d)/, 'western grouping must not be used for INR');
});

test('no errors while changing inputs', () => {
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
});
