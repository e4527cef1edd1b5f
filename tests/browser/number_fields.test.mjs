// Number fields typed into key by key, as a reader does (the other tests
// `fill` a field in one go). The text stays as typed: a keystroke that
// leaves it empty, half-typed or out of range shows the error and leaves the
// estimate alone, and the next keys go on from what the reader sees. Before,
// the field was re-rendered with the last valid value on such a keystroke,
// so clearing "30" and typing "40" gave 34, and clearing the years and
// typing 12 gave 31. A reset or a loaded scenario replaces the text, even
// when the value stays the same.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, queryParams } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const field = (page, sel) => page.evaluate((s) => {
  const el = document.querySelector(s);
  const err = document.getElementById(`${el.id}-err`);
  return { value: el.value, invalid: el.getAttribute('aria-invalid'), error: err ? err.textContent : null };
}, sel);
const estimate = (page) => page.locator('#estimate').textContent();
// The address follows the inputs once they have been still for a moment.
const waitParam = (page, key, want) => page.waitForFunction(([k, v]) => new URLSearchParams(location.search).get(k) === v, [key, want], { timeout: 5_000 });

async function clearAndType(page, sel, text) {
  await page.click(sel);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 20 });
}

test('clearing a field and typing a new value gives that value', async () => {
  const { page, log } = await env.open({ folds: 'closed' });
  // End, two Backspaces, then 4 and 0: "30" becomes "40", not "34".
  await page.click('#hours-per-week');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  assert.equal((await field(page, '#hours-per-week')).value, '', 'the field is empty after two Backspaces');
  await page.keyboard.type('40', { delay: 20 });
  assert.deepEqual(await field(page, '#hours-per-week'), { value: '40', invalid: 'false', error: null });
  await waitParam(page, 'hpw', '40');

  await clearAndType(page, '#years', '12');
  assert.deepEqual(await field(page, '#years'), { value: '12', invalid: 'false', error: null });
  await waitParam(page, 'y', '12');
  assert.equal(await page.inputValue('#years-range'), '12', 'the slider follows the typed value');
  assert.deepEqual(log.pageErrors, []);
});

test('an empty, fractional or out-of-range text shows the error and keeps the estimate', async () => {
  const { page } = await env.open({ query: 'y=6', folds: 'closed' });
  const before = await estimate(page);
  await page.click('#years');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  let f = await field(page, '#years');
  assert.equal(f.value, '', 'the cleared field stays empty');
  assert.equal(f.invalid, 'true');
  assert.equal(f.error, 'Enter a whole number from 0 to 50.');
  assert.equal(await estimate(page), before, 'an empty field leaves the estimate as it was');

  // Each text's valid beginning ("5") counts as typed; the text itself is
  // refused, so the inputs stay at that beginning.
  for (const text of ['5.5', '51', '-1']) {
    await clearAndType(page, '#years', text);
    f = await field(page, '#years');
    assert.equal(f.value, text, `${text} stays as typed`);
    assert.equal(f.invalid, 'true', `${text} is refused`);
    assert.match(f.error ?? '', /whole number from 0 to 50/, `${text}: the error says what is wanted`);
  }
  await page.waitForTimeout(1000);
  assert.equal((await queryParams(page)).y, '5', 'the address keeps the last valid value typed (the 5 of 5.5 and 51)');
  const atFive = await estimate(page);
  await page.keyboard.type('0', { delay: 20 });
  assert.equal(await estimate(page), atFive, 'typing on in a refused text does not change the estimate');

  // Typing on from an invalid text: "51", then Backspace, gives 5.
  await clearAndType(page, '#years', '51');
  assert.equal((await field(page, '#years')).invalid, 'true');
  await page.keyboard.press('Backspace');
  assert.deepEqual(await field(page, '#years'), { value: '5', invalid: 'false', error: null });
  await waitParam(page, 'y', '5');
  assert.notEqual(await estimate(page), before, 'a valid value changes the estimate');
});

test('a reset replaces a half-typed field, also when the value does not change', async () => {
  const { page } = await env.open({ query: 'y=6', folds: 'closed' });
  await clearAndType(page, '#years', '');
  assert.equal((await field(page, '#years')).invalid, 'true');
  await page.click('#inputs button.secondary');
  await page.waitForFunction(() => document.querySelector('#years').value === '3', null, { timeout: 5_000 });
  assert.deepEqual(await field(page, '#years'), { value: '3', invalid: 'false', error: null }, 'the reset value, without the old error');

  // Again: the years are already the default, so only the reset itself can
  // tell the field to drop its text.
  await clearAndType(page, '#years', '');
  assert.equal((await field(page, '#years')).value, '');
  await page.click('#inputs button.secondary');
  await page.waitForFunction(() => document.querySelector('#years').value === '3', null, { timeout: 5_000 });
  assert.deepEqual(await field(page, '#years'), { value: '3', invalid: 'false', error: null }, 'a reset to the same value shows it too');
});

test('assumptions take decimals and negative percentages as typed', async () => {
  const { page, log } = await env.open({ query: 'cur=eur' });
  await clearAndType(page, '#fx-eur', '0.95');
  assert.deepEqual(await field(page, '#fx-eur'), { value: '0.95', invalid: 'false', error: null });
  await clearAndType(page, '#lang-pct-php', '-20');
  assert.deepEqual(await field(page, '#lang-pct-php'), { value: '-20', invalid: 'false', error: null });
  await clearAndType(page, '#anchor-1', '2.35');
  const f = await field(page, '#anchor-1');
  assert.equal(f.invalid, 'true', 'the anchors keep tenths of a year: 2.35 is refused');
  assert.match(f.error ?? '', /in steps of 0\.1/);
  await page.waitForFunction(() => {
    const q = new URLSearchParams(location.search);
    return q.get('fx.eur') === '0.95' && q.get('lang.php') === '-20';
  }, null, { timeout: 5_000 });
  // Reset assumptions: the fields show the defaults again, the anchor's error gone.
  await page.click('#assumptions button.secondary');
  await page.waitForFunction(() => document.querySelector('#lang-pct-php').value !== '-20', null, { timeout: 5_000 });
  assert.equal((await field(page, '#anchor-1')).invalid, 'false', 'a reset clears the half-typed anchor');
  assert.notEqual((await field(page, '#fx-eur')).value, '0.95');
  assert.deepEqual(log.pageErrors, []);
});
