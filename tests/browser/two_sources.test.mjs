// Issue 12: "Where two sources give two figures for one place, both are
// labelled with their source, side by side", and "every amount on the page
// is in the chosen currency, or shown in both where the source figure is in
// dollars" (the claims view).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openTables } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const cities = 'figure[data-chart="cities"]';
const waitDol = (page) => page.waitForFunction((sel) => /US DOL/.test(document.querySelector(`${sel} svg`)?.textContent ?? ''), cities, { timeout: 15_000 });
// The cities table, opened first as a reader would (it renders once open).
const rows = async (page) => {
  await openTables(page, cities);
  return page.locator(`${cities} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
};

test('cities chart: the article’s premium and the DOL figure side by side, each named for its source', async () => {
  const { page, log } = await env.open();
  await waitDol(page);
  const labels = await page.locator(`${cities} svg text.label`).allTextContents();
  assert.deepEqual(labels, [
    'US, your profile',
    'SF · article', 'SF · US DOL',
    'Chicago · article', 'Chicago · US DOL',
    'Boston · article', 'Boston · US DOL',
    'Orlando · article', 'Orlando · US DOL',
  ]);
  const table = await rows(page);
  assert.equal(table.length, 9);
  assert.deepEqual(table[1].slice(0, 2).concat(table[1][3]), ['S. Francisco', 'article', '+28%']);
  assert.deepEqual(table[2].slice(0, 2).concat(table[2][3]), ['S. Francisco', 'US DOL', '+29.8%']);
  assert.deepEqual(table[0][1], '—');
  assert.match(await page.locator(`${cities} .legend`).textContent(), /US DOL: the metro area's DOL Level III wage/);
  assert.deepEqual(log.pageErrors, []);
});

test('cities chart: the DOL bar is "you" for the city chosen as a metro area; none in the article-only view', async () => {
  const { page } = await env.open({ query: 'loc=metro&metro=41860' });
  await waitDol(page);
  const you = await page.locator(`${cities} g.row.you text.label`).allTextContents();
  assert.deepEqual(you, ['SF · US DOL']);
  // The US bar is the US figure, not the metro area's (the estimate).
  const [us, , dol] = await rows(page);
  assert.equal(dol[2], (await page.locator('#estimate').textContent()).trim());
  assert.notEqual(us[2], dol[2]);

  const { page: p2 } = await env.open({ query: 'data=0' });
  await p2.waitForTimeout(1500); // the data file has loaded by now, and is not shown
  assert.equal(await p2.locator(`${cities} svg text.label`).count(), 5);
});

test('claims view in rupees: each dollar amount shown in rupees with the dollars beside it', async () => {
  const { page, log } = await env.open({ query: 'cur=inr' });
  await page.waitForSelector('#claims li.claim', { timeout: 15_000 });
  const line = (id) => page.locator(`#claims li.claim[data-claim="${id}"] .claim-text`).textContent();
  assert.equal(await line('us-average'), 'US average: ₹76,83,970 (US$89,766) per year');
  assert.equal(await line('city-sf'), 'San Francisco: +28%', 'a city claim names its city');
  assert.equal(await line('india-average'), 'India average: ₹7 lakh per year');
  await page.locator('#claims li.claim[data-claim="us-average"] summary').click();
  const details = await page.locator('#claims li.claim[data-claim="us-average"] .claim-details').textContent();
  assert.match(details, /p10 ₹68,35,160 \(US\$79,850\)/);
  assert.match(details, /₹76,83,970 \(US\$89,766\) is between p10/);
  assert.doesNotMatch(details.replace(/US\$/g, ''), /\$/, 'no dollar amount is left unconverted');
  await page.locator('#claims li.claim[data-claim="city-sf"] summary').click();
  assert.match(await page.locator('#claims li.claim[data-claim="city-sf"] .claim-details').textContent(), /₹7,719\/h \(US\$90\.18\/h\)/);
  // In dollars the texts are as the data file gives them.
  const { page: usd } = await env.open();
  await usd.waitForSelector('#claims li.claim', { timeout: 15_000 });
  assert.equal(await usd.locator('#claims li.claim[data-claim="us-average"] .claim-text').textContent(), 'US average: $89,766 per year');
  assert.deepEqual(log.pageErrors, []);
});

// The article gives one ladder only "according to reports"; the page
// credited it to PayScale, which the article names for the cities alone.
test('the unnamed ladder is credited to the reports, PayScale only for the cities', async () => {
  const { page, log } = await env.open({ folds: 'open' });
  await page.waitForSelector('#by-payscale');
  assert.match(await page.locator('#by-payscale').evaluate((e) => e.parentElement.textContent), /^From the article's unnamed reports: \$/);
  const rows = await page.$$eval('#sources tr[id^="fig-"]', (trs) => trs.map((tr) => [tr.id, tr.cells[2]?.textContent ?? tr.children[3]?.textContent]));
  const src = Object.fromEntries(await page.$$eval('#sources tr[id^="fig-"]', (trs) => trs.map((tr) => [tr.id.slice(4), [...tr.children].map((c) => c.textContent)])));
  for (const id of ['ps-junior', 'ps-mid', 'ps-senior']) {
    assert.ok(src[id], `${id} listed (${rows.length} rows)`);
    assert.ok(src[id].includes('Reports (unnamed)') && !src[id].includes('PayScale'), `${id}: ${src[id].join(' | ')}`);
  }
  for (const id of ['city-sf', 'city-chicago', 'city-boston', 'city-orlando']) assert.ok(src[id].includes('PayScale'), id);
  const credited = Object.entries(src).filter(([, cells]) => cells.includes('PayScale')).map(([id]) => id);
  assert.deepEqual(credited.sort(), ['city-boston', 'city-chicago', 'city-orlando', 'city-sf']);
  assert.deepEqual(log.pageErrors, []);
});

// The India claim said the article's ₹7 lakh "is $8,178" and then showed
// that $8,178 back in rupees, ₹7,00,037, a figure nobody wrote.
test('the India claim says its dollar figure once, not converted back to rupees', async () => {
  const { page, log } = await env.open({ query: 'loc=india&cur=inr' });
  const claim = '#claims li.claim[data-claim="india-average"]';
  await page.waitForSelector(claim, { timeout: 15_000 });
  await page.click(`${claim} summary`);
  const text = await page.locator(`${claim} .claim-details`).textContent();
  assert.match(text, /₹7 lakh at [\d.]+ INR\/USD is \$8,178; it is between p10/);
  assert.doesNotMatch(text, /7,00,0\d\d/);
  assert.deepEqual(log.pageErrors, []);
});
