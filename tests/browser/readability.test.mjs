// Issue 12: the answer first. On a 360x800 phone the estimate, its range and
// one line of why are on the first screen; the page with every section
// closed is at most 8 screens; the sticky bar shows only while the result
// card is off screen; with rupees chosen no dollar sign is left unlabelled;
// Enter in the metro search picks the first match.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openFolds } from './harness.mjs';

const PHONE = { width: 360, height: 800 };
let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const box = (page, sel) => page.evaluate((s) => {
  const el = document.querySelector(s);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height };
}, sel);

// The survey data arrives after the first paint and may add to the height.
const dataIn = (page) => page.waitForFunction(() => !document.querySelector('#metro-search, .hint[role=status]')
  || !/Loading/.test(document.body.textContent), null, { timeout: 15_000 }).catch(() => {});

test('on a phone the first screen holds the estimate, its range and one line of why', async (t) => {
  const { page, log } = await env.open({ viewport: PHONE, folds: 'closed' });
  for (const sel of ['#estimate', '#range', '#why']) {
    const b = await box(page, sel);
    assert.ok(b && b.height > 0, `${sel} is rendered`);
    t.diagnostic(`${sel}: ${Math.round(b.top)}–${Math.round(b.bottom)} px`);
    assert.ok(b.top >= 0 && b.bottom <= PHONE.height, `${sel} lies within the first ${PHONE.height} px: ${JSON.stringify(b)}`);
  }
  assert.match(await page.locator('#why').textContent(), /\S{3}/, 'the line of why says something');
  assert.deepEqual(log.pageErrors, []);
});

test('on a phone the page with every section closed is at most 8 screens', async (t) => {
  const { page } = await env.open({ viewport: PHONE, folds: 'closed' });
  await dataIn(page);
  await page.waitForTimeout(300);
  const m = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    open: document.querySelectorAll('details[open]').length,
    folds: document.querySelectorAll('details.fold').length,
  }));
  t.diagnostic(`height ${m.height} px = ${(m.height / PHONE.height).toFixed(1)} screens; folds ${m.folds}, open ${m.open}`);
  assert.equal(m.open, 0, 'every section starts closed');
  assert.ok(m.folds >= 7, `the long sections are folds (${m.folds})`);
  assert.ok(m.height <= 8 * PHONE.height, `page height ${m.height} px <= ${8 * PHONE.height} px`);
});

test('a closed section renders its summary, not its content; opening it renders the content', async () => {
  const { page } = await env.open({ viewport: PHONE, folds: 'closed' });
  assert.equal(await page.locator('#claims-fold').count(), 1);
  assert.match(await page.locator('#claims-fold summary').textContent(), /checked against data.*verdict/s);
  assert.equal(await page.locator('#share-link').count(), 0, 'closed: the share panel is not in the DOM');
  await openFolds(page);
  assert.equal(await page.locator('#share-link').count(), 1, 'open: the share panel is rendered');
});

test('the sticky bar shows only while the result card is off screen', async () => {
  const { page } = await env.open({ viewport: PHONE, folds: 'closed' });
  const shown = () => page.evaluate(() => {
    const bar = document.querySelector('.sticky-estimate');
    const cs = getComputedStyle(bar);
    return cs.display !== 'none' && cs.visibility === 'visible' && Number(cs.opacity) > 0.5;
  });
  const card = await box(page, '#result');
  assert.ok(card.top < PHONE.height, `the card starts in the first screen (y ${Math.round(card.top)})`);
  assert.equal(await shown(), false, 'card on screen: no bar');
  // Scroll until the card's bottom has left the top of the screen.
  await page.evaluate((y) => window.scrollTo(0, y), card.bottom + 40);
  await page.waitForTimeout(200);
  assert.equal(await shown(), true, 'card off screen: the bar shows');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  assert.equal(await shown(), false, 'back at the card: the bar hides again');
});

// With the browser's text at 200 % (default font 32 px) on a 320×640
// phone the bar wrapped to four lines and took 280 px, 44 % of the screen.
test('with large text on a small phone the sticky bar stays one short line', async () => {
  const { page, context } = await env.open({ viewport: { width: 320, height: 640 }, folds: 'closed' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '32px');
  const card = await box(page, '#result');
  await page.evaluate((y) => window.scrollTo(0, y), card.bottom + 40);
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.sticky-estimate')).visibility === 'visible');
  const bar = await box(page, '.sticky-estimate');
  assert.ok(bar.height <= 640 * 0.15, `bar ${Math.round(bar.height)} px tall`);
  assert.match(await page.locator('.sticky-estimate strong').textContent(), /^\$[\d,]+$/, 'the amount is in it');
  assert.ok(await page.locator('.sticky-estimate strong').evaluate((s) => { const r = s.getBoundingClientRect(); return r.right <= innerWidth && r.width > 0; }), 'the amount is whole on screen');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'no sideways scroll');
});

// At 400 % zoom (320×256) the bar held its label and amount on one line
// and pushed "₹43,83,861" past the edge: the label now gives way.
test('at 320×256 the sticky bar shows the whole amount, the label cut instead', async () => {
  for (const query of ['loc=india&cur=inr&mode=freelance', 'mode=freelance&basis=custom', 'cur=inr&y=12']) {
    const { page } = await env.open({ query, viewport: { width: 320, height: 256 }, folds: 'closed' });
    const card = await box(page, '#result');
    await page.evaluate((y) => window.scrollTo(0, y), card.bottom + 40);
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.sticky-estimate')).visibility === 'visible');
    const r = await page.evaluate(() => {
      const b = document.querySelector('.sticky-estimate');
      const s = b.querySelector('strong').getBoundingClientRect();
      return { left: s.left, right: s.right, inner: b.scrollWidth, text: b.querySelector('strong').textContent };
    });
    assert.ok(r.right <= 320 && r.left >= 0 && r.inner <= 320, `${query}: ${JSON.stringify(r)}`);
    assert.match(r.text, /^[$₹€£][\d,]+$/);
    await page.context().close();
  }
});

test('with rupees chosen no dollar sign is left unlabelled in the result, breakdown or charts', async () => {
  const { page, log } = await env.open({ viewport: PHONE, query: 'loc=india&cur=inr&mode=freelance' });
  assert.match(await page.locator('#estimate').textContent(), /₹/);
  const texts = await page.evaluate(() => [
    ...[...document.querySelectorAll('#result p, #result dd, #result li, #result strong')].map((e) => e.textContent),
    ...[...document.querySelectorAll('figure.chart svg text')].map((e) => e.textContent),
  ]);
  // A dollar figure is allowed where it is named as the source's dollars.
  // "(US$21)" beside "₹1,798" is the source's dollars, labelled; any other "$" is not.
  const bad = texts.filter((s) => /(^|[^S])\$/.test(s));
  assert.deepEqual([...new Set(bad)], [], 'texts with an unlabelled "$"');
  assert.deepEqual(log.pageErrors, []);
});

test('India freelance income far above the salary carries the caveat beside the figure', async () => {
  const { page } = await env.open({ viewport: PHONE, query: 'loc=india&cur=inr&mode=freelance', folds: 'closed' });
  const caveat = await page.locator('#freelance-caveat').textContent();
  for (const words of [/hourly rates for Asia/, /marketplace fees/, /tax/, /unbilled time/, /No data bundled here confirms/]) {
    assert.match(caveat, words);
  }
  const b = await box(page, '#freelance-caveat');
  assert.ok(b.bottom <= 2 * PHONE.height, `the caveat is near the figure (y ${Math.round(b.top)})`);
});

test('metro search: arrow keys walk the matches, Enter picks the first, a search with none says so', async () => {
  const { page } = await env.open({ query: 'y=6' });
  const before = (await page.locator('#estimate').textContent()).trim();
  await page.selectOption('#location', 'metro');
  await page.waitForSelector('#metro-search', { timeout: 15_000 });
  await page.fill('#metro-search', 'zzqx');
  assert.match(await page.locator('#metro-none').textContent(), /No US metro area matches "zzqx"/);
  // Arrow keys walk from the field through the matches and back.
  await page.fill('#metro-search', 'San');
  await page.focus('#metro-search');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll('.metro-option')[0]), true, 'Down: first match');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll('.metro-option')[1]), true, 'Down: second match');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'metro-search', 'Up from the first: back to the field');
  await page.fill('#metro-search', 'Austin');
  const first = (await page.locator('.metro-option').first().textContent()).replace(/ \(.*$/, '');
  await page.press('#metro-search', 'Enter');
  await page.waitForFunction((n) => document.querySelector('#estimate').textContent.trim() !== n, before, { timeout: 5_000 });
  assert.match(await page.locator('#metro-chosen').textContent(), new RegExp(`Chosen: ${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // A match picked with the keyboard (Down, then Enter on its button): the
  // list goes, and the focus returns to the field, not to the page.
  await page.fill('#metro-search', 'Seattle');
  await page.focus('#metro-search');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Seattle/.test(document.querySelector('#metro-chosen').textContent), null, { timeout: 5_000 });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'metro-search', 'the focus is back in the search field');
});

test('choosing India suggests rupees, and an explicit currency stands', async () => {
  const { page } = await env.open({ folds: 'closed' });
  await page.selectOption('#location', 'india');
  await page.waitForFunction(() => /₹/.test(document.querySelector('#estimate').textContent));
  assert.equal(await page.inputValue('#currency'), 'inr', 'rupees suggested');
  await page.selectOption('#currency', 'usd');
  await page.selectOption('#location', 'chicago');
  await page.selectOption('#location', 'india');
  await page.waitForTimeout(200);
  assert.equal(await page.inputValue('#currency'), 'usd', 'the reader chose dollars: they stay');
  assert.match(await page.locator('#estimate').textContent(), /^\$/);
});

// A closed select changes on every arrow key, so a reader moving through the
// places passes India on the way: the rupees it suggested go when they leave
// it, unless the reader chose them.
test('leaving India takes the suggested rupees back; chosen rupees stay', async () => {
  const { page } = await env.open({ folds: 'closed' });
  await page.focus('#location');
  // End reaches India (the last place), ArrowUp goes on to Asia.
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelector('#currency').value === 'inr', null, { timeout: 5_000 });
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => document.querySelector('#location').value === 'asia', null, { timeout: 5_000 });
  await page.waitForFunction(() => document.querySelector('#currency').value === 'usd', null, { timeout: 5_000 });
  assert.match(await page.locator('#estimate').textContent(), /^\$/, 'dollars again after passing India');

  await page.selectOption('#location', 'india');
  await page.waitForFunction(() => document.querySelector('#currency').value === 'inr', null, { timeout: 5_000 });
  await page.selectOption('#currency', 'inr');
  await page.selectOption('#location', 'asia');
  await page.waitForTimeout(200);
  assert.equal(await page.inputValue('#currency'), 'inr', 'rupees the reader chose stay');
});

// The claims' rows on a narrow screen, in rupees (the longest amounts) and
// with large text (rem follows the reader's text size): the words are never
// cut sideways, mid-number; the visual and the verdict move to a line of
// their own instead.
test('claim rows keep their words whole at 320 px in rupees and with large text', async () => {
  for (const [width, query, big] of [[320, 'cur=inr', false], [360, '', true]]) {
    const { page } = await env.open({ viewport: { width, height: 800 }, query, bypassCSP: big });
    await page.waitForSelector('#claims li.claim', { timeout: 15_000 });
    if (big) await page.addStyleTag({ content: 'html { font-size: 200%; }' });
    await page.evaluate(() => document.querySelector('#claims').scrollIntoView());
    const cut = await page.evaluate(() => [...document.querySelectorAll('#claims .claim-text')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.clientWidth < 40)
      .map((el) => el.textContent.trim().slice(0, 30)));
    assert.deepEqual(cut, [], `${width} px${big ? ', text at 200 %' : ''}${query ? `, ${query}` : ''}: rows whose words are cut sideways`);
    const badges = await page.evaluate(() => [...document.querySelectorAll('#claims .claim .badge')]
      .filter((b) => { const r = b.getBoundingClientRect(); const c = b.closest('.claims').getBoundingClientRect(); return r.right > c.right + 1; }).length);
    assert.equal(badges, 0, 'every verdict is inside the list');
  }
});
