// Issue 12: "Rate inputs accept the chosen currency." The own hourly rate is
// typed in the page's currency and kept in it (no rounding through dollars):
// in the field, the share link and after a reload; switching the page's
// currency shows the same rate converted; links made before the rate had a
// currency (`rate=N` alone) still mean dollars.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openFolds, waitForApp, queryParams } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const text = (page, sel) => page.locator(sel).evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());
const unit = (page) => text(page, '#custom-rate + .unit');
// The breakdown starts closed and renders its steps only when opened.
async function breakdown(page) {
  await page.evaluate(() => { document.querySelector('#breakdown-fold').open = true; });
  await page.waitForSelector('#breakdown li');
  return text(page, '#breakdown');
}

test('a rupee rate stays 2500 rupees: field, result, link, reload, and converted in dollars', async () => {
  const { page, log } = await env.open();
  await page.selectOption('#currency', 'inr');
  await page.check('#mode-freelance');
  await page.selectOption('#rate-basis', 'custom');
  await page.waitForSelector('#custom-rate');
  assert.equal(await unit(page), 'INR / hour');
  await page.fill('#custom-rate', '2500');
  await page.waitForFunction(() => document.querySelector('#hourly')?.textContent.trim() === '₹2,500');
  assert.equal(await page.inputValue('#custom-rate'), '2500');
  assert.match(await text(page, '#mode-compare'), /your rate of ₹2,500 an hour over 1,380 hours gives ₹34,50,000/);
  assert.equal(await text(page, '#estimate'), '₹34,50,000');
  assert.match(await breakdown(page), /Your own hourly rate, as set in the form: ₹2,500\/h \(US\$29\.21\/h\)/);

  // The address and the share link keep the rupees as typed.
  await page.waitForFunction(() => /[?&]ratecur=inr(&|$)/.test(location.search));
  const q = await queryParams(page);
  assert.equal(q.rate, '2500');
  assert.equal(q.ratecur, 'inr');
  const link = new URL(await page.locator('#share-link').inputValue());
  assert.equal(link.searchParams.get('rate'), '2500');
  assert.equal(link.searchParams.get('ratecur'), 'inr');

  // A reload reads them back unchanged.
  await page.reload({ waitUntil: 'load' });
  await waitForApp(page);
  await openFolds(page);
  assert.equal(await page.inputValue('#custom-rate'), '2500');
  assert.equal(await unit(page), 'INR / hour');
  assert.equal(await text(page, '#hourly'), '₹2,500');

  // Switching the page to dollars converts the rate for display (2500 ÷ 85.6)
  // and keeps the rupees in the address; the estimate is the same income.
  await page.selectOption('#currency', 'usd');
  await page.waitForFunction(() => document.querySelector('#custom-rate')?.value === '29.21');
  assert.equal(await unit(page), 'USD / hour');
  assert.equal(await text(page, '#hourly'), '$29.21');
  assert.equal(await text(page, '#estimate'), '$40,304');
  await page.waitForFunction(() => /[?&]cur=/.test(location.search) === false);
  const q2 = await queryParams(page);
  assert.equal(q2.rate, '2500');
  assert.equal(q2.ratecur, 'inr');

  // Typing while the page shows dollars stores dollars.
  await page.fill('#custom-rate', '45');
  await page.waitForFunction(() => !/ratecur=/.test(location.search) && /[?&]rate=45(&|$)/.test(location.search));
  assert.equal(await text(page, '#hourly'), '$45');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
});

test('an old link (rate without a currency) still means dollars, shown in the page currency', async () => {
  const { page, log } = await env.open({ query: 'mode=freelance&basis=custom&rate=95&cur=inr' });
  assert.equal(await page.inputValue('#custom-rate'), '8132'); // 95 × 85.6
  assert.equal(await unit(page), 'INR / hour');
  assert.equal(await text(page, '#hourly'), '₹8,132');
  assert.equal(await page.locator('#notices').count(), 0);
  assert.deepEqual(log.pageErrors, []);
});

test('an unknown rate currency is named in a notice and dollars are used', async () => {
  const { page } = await env.open({ query: 'mode=freelance&basis=custom&rate=95&ratecur=btc' });
  await page.waitForFunction(() => /ratecur/.test(document.body.textContent) && /currency of the own rate/.test(document.body.textContent));
  assert.equal(await page.inputValue('#custom-rate'), '95');
  assert.equal(await unit(page), 'USD / hour');
  assert.equal(await text(page, '#hourly'), '$95');
});
