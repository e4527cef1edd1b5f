// 4. A copied URL restores the view. 5. A malformed URL is survived and
// reported. 6. Broken or valid localStorage on load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, formValues, queryParams, waitForApp } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const text = (page, sel) => page.locator(sel).textContent().then((t) => t.trim());

async function assertDefaults(page) {
  assert.equal(await page.inputValue('#years'), '3', '#years default');
  assert.equal(await page.inputValue('#location'), 'us', '#location default');
  assert.equal(await page.inputValue('#language'), 'any', '#language default');
  assert.equal(await page.inputValue('#industry'), 'any', '#industry default');
  assert.equal(await page.inputValue('#currency'), 'usd', '#currency default');
  assert.ok(await page.isChecked('#mode-salaried'), 'salaried by default');
  assert.match(await text(page, '#estimate'), /\$/);
}

test('a copied URL restores the same view in a new context', async () => {
  const { page } = await env.open();
  await page.fill('#years', '17');
  await page.selectOption('#location', 'boston');
  await page.selectOption('#language', 'python');
  await page.selectOption('#industry', 'healthcare');
  await page.check('#mode-freelance');
  await page.fill('#hours-per-week', '35');
  await page.selectOption('#currency', 'gbp');
  // The app keeps inputs in the query string (it may debounce the write).
  await page.waitForFunction(() => {
    const q = new URLSearchParams(location.search);
    return q.get('y') === '17' && q.get('cur') === 'gbp' && q.get('hpw') === '35';
  }, null, { timeout: 5000 });
  const href = await page.evaluate(() => location.href);
  const params = await queryParams(page);
  assert.deepEqual(
    { y: params.y, loc: params.loc, lang: params.lang, ind: params.ind, mode: params.mode, hpw: params.hpw, cur: params.cur },
    { y: '17', loc: 'boston', lang: 'python', ind: 'healthcare', mode: 'freelance', hpw: '35', cur: 'gbp' },
    `query of ${href}`,
  );
  assert.ok(!('wpy' in params), 'default values should stay out of the URL');
  const estimate = await text(page, '#estimate');
  const values = await formValues(page);

  const again = await env.open({ query: new URL(href).search });
  assert.equal(await text(again.page, '#estimate'), estimate, '#estimate after reopening');
  assert.deepEqual(await formValues(again.page), values, 'form values after reopening');
  assert.equal(await again.page.locator('#notices').count(), 0, 'a clean URL gives no notices');
});

test('a malformed URL shows notices and defaults, and runs no script', async () => {
  const query = '?y=abc&loc=mars&zzz=<script>alert(1)</script>&y=5';
  const { page, log } = await env.open({ query });
  const notices = page.locator('#notices');
  await notices.waitFor({ timeout: 5000 });
  const items = await page.locator('#notices .notice').allTextContents();
  assert.ok(items.length >= 3, `expected a notice per bad parameter, got ${JSON.stringify(items)}`);
  const all = items.join('\n');
  for (const p of ['y', 'loc', 'zzz']) {
    assert.ok(items.some((t) => new RegExp(`\\b${p}\\b`).test(t)), `a notice should name "${p}": ${all}`);
  }
  await assertDefaults(page);
  await page.waitForTimeout(300);
  assert.deepEqual(log.dialogs, [], 'no dialog (the script must not run)');
  assert.deepEqual(log.pageErrors, []);
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('alert')).length,
  );
  assert.equal(injected, 0, 'no <script> element from the URL may reach the DOM');
});

// A link with dozens of unknown parameters listed each one, its own words
// first: on a phone the answer started 1,500 px down.
test('a link with many unknown parameters lists five notices and counts the rest', async () => {
  const extra = Array.from({ length: 40 }, (_, k) => `x${k}=1`).join('&');
  const { page, log } = await env.open({ query: `y=8&Notice:this-figure-is=1&wrong=1&${extra}`, viewport: { width: 360, height: 800 } });
  await page.locator('#notices').waitFor({ timeout: 5000 });
  const items = await page.locator('#notices li').allTextContents();
  assert.equal(items.length, 6, items.join(' | '));
  assert.match(items[5], /^… and 37 more, not listed\.$/);
  assert.equal(await page.inputValue('#years'), '8', 'the valid part applies');
  const top = await page.locator('#result').evaluate((e) => e.getBoundingClientRect().top + scrollY);
  assert.ok(top < 1100, `the answer starts at ${Math.round(top)} px`);
  assert.deepEqual(log.pageErrors, []);
});

test('garbage in localStorage gives a notice and defaults', async () => {
  const { page, log } = await env.open({
    init: () => localStorage.setItem('bdsc:last', '%E0%A4%A\u0000{"not":"a query"}&y=999&&=%ZZ'),
  });
  await page.locator('#notices').waitFor({ timeout: 5000 });
  assert.ok(await page.locator('#notices .notice').count() >= 1, 'at least one .notice');
  await assertDefaults(page);
  assert.deepEqual(log.pageErrors, []);
});

// One unreadable value (a language from a newer build) discarded every
// saved input and removed the saved copy at load, before the reader did
// anything: years 9 and San Francisco were lost for good.
test('saved inputs with one bad value keep the rest, and the saved copy stays until a change', async () => {
  const { page, log } = await env.open({
    init: () => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('bdsc:last', 'y=9&loc=sf&lang=rust'); sessionStorage.setItem('seeded', '1'); } },
  });
  await page.locator('#notices').waitFor({ timeout: 5000 });
  assert.equal(await page.inputValue('#years'), '9');
  assert.equal(await page.inputValue('#location'), 'sf');
  assert.equal(await page.inputValue('#language'), 'any');
  assert.match(await text(page, '#notices'), /Some of the inputs saved on this device could not be read; the rest are restored/);
  assert.match(await text(page, '#notices'), /lang/);
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate(() => localStorage.getItem('bdsc:last')), 'y=9&loc=sf&lang=rust', 'left alone at load');
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.inputValue('#years'), '9', 'again after a reload');
  await page.fill('#years', '10');
  await page.waitForFunction(() => localStorage.getItem('bdsc:last') === 'y=10&loc=sf', null, { timeout: 5000 });
  assert.deepEqual(log.pageErrors, []);
});

test('valid stored state is restored when the URL has no query', async () => {
  const { page } = await env.open({
    init: () => localStorage.setItem('bdsc:last', 'y=20&loc=chicago&cur=eur'),
  });
  assert.equal(await page.inputValue('#years'), '20');
  assert.equal(await page.inputValue('#location'), 'chicago');
  assert.equal(await page.inputValue('#currency'), 'eur');
  assert.match(await text(page, '#estimate'), /€/);
});

test('the URL wins over stored state', async () => {
  const { page } = await env.open({
    query: 'y=8',
    init: () => localStorage.setItem('bdsc:last', 'y=20&loc=chicago'),
  });
  assert.equal(await page.inputValue('#years'), '8');
  assert.equal(await page.inputValue('#location'), 'us');
});

// The address and the saved copy wait until the inputs have been still for
// a moment (src/app/hooks/use_persisted_state.rs): a run of quick changes,
// like a drag of the slider, writes each once, after the last, with the last
// inputs; a change once they were written writes again.
test('a quick run of changes writes the address and the saved copy once, after the last', async () => {
  const { page, log } = await env.open({
    folds: 'closed',
    init: () => {
      window.__writes = [];
      const replace = History.prototype.replaceState;
      History.prototype.replaceState = function (...a) { window.__writes.push(['address', String(a[2]), performance.now()]); return replace.apply(this, a); };
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) { if (k === 'bdsc:last') window.__writes.push(['saved', String(v), performance.now()]); return set.call(this, k, v); };
    },
  });
  await page.waitForTimeout(400); // the first render's own save
  const { writes, last } = await page.evaluate(async () => {
    window.__writes.length = 0;
    const el = document.querySelector('#years-range');
    for (let y = 10; y <= 30; y++) {
      el.value = String(y);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 15));
    }
    const last = performance.now();
    await new Promise((r) => setTimeout(r, 600));
    return { writes: window.__writes.slice(), last };
  });
  const address = writes.filter((w) => w[0] === 'address');
  const saved = writes.filter((w) => w[0] === 'saved');
  assert.equal(address.length, 1, `one address write for 21 changes: ${JSON.stringify(address)}`);
  assert.equal(saved.length, 1, `one saved-copy write for 21 changes: ${JSON.stringify(saved)}`);
  assert.match(address[0][1], /[?&]y=30(&|$)/, 'the address holds the last value');
  assert.match(saved[0][1], /(^|&)y=30(&|$)/, 'the saved copy holds the last value');
  assert.ok(address[0][2] >= last + 100, `written after the inputs were still (${(address[0][2] - last).toFixed(0)} ms after the last change)`);
  assert.equal(new URL(page.url()).searchParams.get('y'), '30');

  // Once written, the next change is written again.
  await page.fill('#years', '12');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('y') === '12', null, { timeout: 2000 });
  assert.deepEqual(log.pageErrors, []);
});

// The phone's estimate bar is an in-page link (#result): followed, it added
// an entry to the history, and the address of the entry before it was
// written before the changes that followed. Back showed that old address
// beside the new view, and a reload then lost the changes.
test('the phone\'s estimate bar scrolls to the card without a history entry left behind', async () => {
  const { page } = await env.open({ viewport: { width: 360, height: 800 }, folds: 'closed' });
  const search = () => page.evaluate(() => location.search);
  await page.fill('#years', '5');
  await page.waitForFunction(() => location.search === '?y=5');
  // The bar shows once the card is scrolled away.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.locator('.sticky-estimate').waitFor({ state: 'visible' });
  const entries = await page.evaluate(() => history.length);
  await page.click('.sticky-estimate');
  await page.waitForFunction(() => document.querySelector('#result').getBoundingClientRect().top < 10 && document.querySelector('#result').getBoundingClientRect().bottom > 0);
  assert.equal(await page.evaluate(() => history.length), entries, 'the bar adds no history entry');
  await page.fill('#years', '12');
  await page.selectOption('#location', 'boston');
  await page.waitForFunction(() => location.search === '?y=12&loc=boston');
  await page.reload();
  await page.waitForSelector('html[data-bdsc-ready]', { state: 'attached' });
  assert.equal(await page.inputValue('#years'), '12', 'a reload keeps the last change');
  assert.equal(await search(), '?y=12&loc=boston');
});

test('Back and Forward between a page\'s entries keep the address on the view\'s inputs', async () => {
  const { page, log } = await env.open({ query: '?y=8', folds: 'closed' });
  const search = () => page.evaluate(() => location.search);
  // A fragment typed into the address bar adds an entry to this page.
  await page.evaluate(() => { location.hash = 'sources'; });
  await page.fill('#years', '12');
  await page.waitForFunction(() => location.search === '?y=12' && location.hash === '#sources');
  // Goes back or forward, and waits for the popstate event's handlers.
  const go = (step) => page.evaluate((n) => new Promise((r) => {
    addEventListener('popstate', () => setTimeout(r, 0), { once: true });
    history.go(n);
  }), step);
  await go(-1);
  assert.equal(await page.evaluate(() => location.hash), '', 'Back went to the entry before the fragment');
  assert.equal(await search(), '?y=12', 'the address shows the inputs on screen, not the entry\'s older ones');
  assert.equal(await page.inputValue('#years'), '12');
  await go(1);
  assert.equal(await page.evaluate(() => location.search + location.hash), '?y=12#sources');
  // The address still follows later changes, and a reload shows the view.
  await page.fill('#years', '20');
  await page.waitForFunction(() => location.search === '?y=20');
  await page.reload();
  await page.waitForSelector('html[data-bdsc-ready]', { state: 'attached' });
  assert.equal(await page.inputValue('#years'), '20');
  assert.deepEqual(log.pageErrors, []);
});

test('inputs written after # are named in a notice, not silently ignored', async () => {
  const { page, log } = await env.open({ query: '?#y=20&loc=sf' });
  await page.locator('#notices').waitFor({ timeout: 5000 });
  const notices = (await page.locator('#notices .notice').allTextContents()).join(' | ');
  assert.match(notices, /#: The part after # is not read; a link's inputs go after \? instead\./, notices);
  await assertDefaults(page);
  // A plain anchor is no input.
  const { page: anchor } = await env.open({ query: '?#sources' });
  assert.equal(await anchor.locator('#notices').count(), 0);
  assert.deepEqual(log.pageErrors, []);
});
