// Every select shows what the calculator holds, even when the change comes
// from elsewhere (loading a scenario, resetting) and the reader has already
// picked options in that select. Browsers ignore a change to an option's
// `selected` attribute once the option has been picked (its "dirtiness"), so
// a page that only re-renders that attribute shows one value and computes
// with another.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

// Each select, the value the scenario is saved with, and a path of picks
// afterwards that passes through the saved value and the default, so both
// options are "dirty" when the page changes the select itself.
const PICKS = {
  '#location': { saved: 'boston', dflt: 'us', then: ['chicago', 'boston', 'us', 'sf'] },
  '#language': { saved: 'python', dflt: 'any', then: ['java', 'python', 'any', 'php'] },
  '#industry': { saved: 'finance', dflt: 'any', then: ['media', 'finance', 'any', 'education'] },
  '#rate-basis': { saved: 'level', dflt: 'region', then: ['custom', 'level', 'region', 'custom'] },
  '#currency': { saved: 'eur', dflt: 'usd', then: ['gbp', 'eur', 'usd', 'inr'] },
  '#primary-source': { saved: 'guild', dflt: 'payscale', then: ['midpoint', 'guild', 'payscale', 'midpoint'] },
};

const shown = (page) => page.evaluate((sels) => Object.fromEntries(sels.map((s) => [s, document.querySelector(s).value])), Object.keys(PICKS));
const estimate = (page) => page.locator('#estimate').textContent();

test('a loaded scenario and a reset show in every select the reader has already used', async (t) => {
  const { page, log } = await env.open({ query: 'y=8' });
  await page.waitForSelector('#survey-role', { timeout: 15_000 });

  for (const [sel, p] of Object.entries(PICKS)) await page.selectOption(sel, p.saved);
  const roles = await page.$$eval('#survey-role option', (os) => os.map((o) => o.value));
  const countries = await page.$$eval('#survey-country option', (os) => os.map((o) => o.value).filter(Boolean));
  assert.ok(roles.length >= 3 && countries.length >= 3, `survey pickers have options (${roles.length} roles, ${countries.length} countries)`);
  const [role, country] = [roles[1], countries[2]];
  await page.selectOption('#survey-role', role);
  await page.selectOption('#survey-country', country);
  const savedEstimate = await estimate(page);
  await page.fill('#scenario-name', 'Saved');
  await page.click('#save-scenario');
  await page.waitForSelector('li.scenario');

  // Pick through the saved value and the default in every select.
  for (const [sel, p] of Object.entries(PICKS)) for (const v of p.then) await page.selectOption(sel, v);
  for (const v of [roles[2], role, roles[0]]) await page.selectOption('#survey-role', v);
  for (const v of [countries[0], country, countries[1]]) await page.selectOption('#survey-country', v);
  assert.notEqual(await estimate(page), savedEstimate, 'the picks changed the estimate');

  await page.click('.load-scenario');
  await page.waitForFunction((e) => document.querySelector('#estimate').textContent === e, savedEstimate, { timeout: 5_000 });
  const want = Object.fromEntries(Object.entries(PICKS).map(([s, p]) => [s, p.saved]));
  assert.deepEqual(await shown(page), want, 'after loading the scenario, each select shows its saved value');
  assert.equal(await page.inputValue('#survey-role'), role, 'the survey role picker shows the saved role');
  assert.equal(await page.inputValue('#survey-country'), country, 'the survey country picker shows the saved country');
  const q = new URL(page.url()).searchParams;
  t.diagnostic(`after load: ${q.toString()}`);

  await page.getByRole('button', { name: 'Reset all inputs' }).click();
  await page.waitForFunction((e) => document.querySelector('#estimate').textContent !== e, savedEstimate, { timeout: 5_000 });
  const dflt = Object.fromEntries(Object.entries(PICKS).filter(([s]) => s !== '#primary-source').map(([s, p]) => [s, p.dflt]));
  const after = await shown(page);
  delete after['#primary-source']; // an assumption: "Reset all inputs" leaves it
  assert.deepEqual(after, dflt, 'after a reset, each form select shows its default');

  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
});

// After every selection change Chromium's autofill reads each control of the
// select's form, so each select of the calculator's form belongs to a form
// of its own (index.html), while it stays inside the visible form.
const ownForms = (page) => page.evaluate(() => [...document.querySelectorAll('form#inputs select')].map((s) => ({
  id: s.id,
  form: s.form?.id ?? null,
  controls: s.form ? [...s.form.elements].map((e) => e.id) : [],
  inside: s.closest('form')?.id ?? null,
})));

test('each select of the form is alone in a form of its own, before and after the app starts', async () => {
  const check = (rows, when) => {
    assert.deepEqual(rows.map((r) => r.id), ['location', 'language', 'industry', 'rate-basis', 'currency'], `${when}: the form's selects`);
    for (const r of rows) {
      assert.equal(r.form, `${r.id}-form`, `${when}: #${r.id} belongs to its own form`);
      assert.deepEqual(r.controls, [r.id], `${when}: #${r.id} is the only control of its form`);
      assert.equal(r.inside, 'inputs', `${when}: #${r.id} is shown inside the calculator's form`);
    }
  };
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  try {
    const raw = await context.newPage();
    await raw.goto(env.server.url);
    check(await ownForms(raw), 'prerendered page');
  } finally {
    await context.close();
  }
  const { page, log } = await env.open({ folds: 'closed' });
  check(await ownForms(page), 'the app');
  assert.deepEqual(log.pageErrors, []);
});
