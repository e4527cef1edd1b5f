// 7. Keyboard reach and accessible names: Tab reaches every form control, and
// axe-core finds no WCAG 2 A/AA violations in light and dark, narrow and wide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setup, REPO, openTables } from './harness.mjs';

const AXE = path.join(REPO, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

// Opens every <details> so collapsed controls (assumptions, chart tables)
// are checked too, and waits for the tables, which render once open.
const openAllDetails = async (page) => {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await openTables(page);
};

test('Tab reaches every form control (radio groups once)', async () => {
  const { page } = await env.open({ query: 'mode=freelance' }); // freelance shows the most controls
  await openAllDetails(page);
  const targets = await page.evaluate(() => {
    const els = [...document.querySelectorAll('main#calculator input, main#calculator select, main#calculator textarea, main#calculator button')]
      .filter((el) => !el.disabled && el.type !== 'hidden' && el.checkVisibility());
    return els.map((el, i) => {
      el.dataset.tabTarget = String(i);
      // A radio group is one tab stop; arrows move inside it.
      return el.type === 'radio' ? `radio:${el.name}` : `#${el.id || el.name || i}`;
    });
  });
  assert.ok(targets.length >= 10, `expected the full form, found ${targets.length} controls`);
  const want = new Set(targets);
  const reached = new Set();
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < targets.length * 2 + 30 && reached.size < want.size; i++) {
    await page.keyboard.press('Tab');
    const idx = await page.evaluate(() => document.activeElement?.dataset?.tabTarget ?? null);
    if (idx !== null) reached.add(targets[Number(idx)]);
  }
  const missing = [...want].filter((t) => !reached.has(t));
  assert.deepEqual(missing, [], 'controls Tab never reached');
});

test('every input and select has an accessible name', async () => {
  const { page } = await env.open({ query: 'mode=freelance&basis=custom' });
  await openAllDetails(page);
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea')]
      .filter((el) => el.type !== 'hidden')
      .filter((el) => !(el.labels?.length || el.getAttribute('aria-label')?.trim() || el.getAttribute('aria-labelledby')))
      .map((el) => el.id || el.name || el.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(unnamed, [], 'controls without a label, aria-label or aria-labelledby');
});

for (const colorScheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`axe: no WCAG 2 A/AA violations (${colorScheme}, ${width}px)`, async () => {
      // bypassCSP: axe is injected as an inline script, which the build's CSP meta forbids.
      const { page } = await env.open({ viewport: { width, height: 900 }, colorScheme, query: 'mode=freelance', bypassCSP: true });
      // The survey panel and the claim table arrive after the first paint.
      await page.waitForSelector('#claims li.claim', { timeout: 15_000 });
      assert.deepEqual(await axeViolations(page), [], 'axe violations');
    });
  }
}

// axe's best practices too (empty table headers, landmarks named alike), on
// a view with the most sections: freelance, and Eastern Europe, which adds
// DOU's table.
for (const query of ['mode=freelance', 'loc=eastern-europe']) {
  test(`axe: no best-practice violations (${query})`, async () => {
    const { page } = await env.open({ viewport: { width: 1280, height: 900 }, query, bypassCSP: true });
    await page.waitForSelector('#claims li.claim', { timeout: 15_000 });
    assert.deepEqual(await axeViolations(page, ['best-practice']), [], 'axe best-practice violations');
  });
}

async function axeViolations(page, tags = TAGS) {
  await openAllDetails(page);
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((t) => window.axe.run(document, { runOnly: { type: 'tag', values: t }, resultTypes: ['violations'] }), tags);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` … +${v.nodes.length - 3}` : ''}`);
}

// Embeds can force a theme and pick an accent from a fixed palette; every
// pair must keep AA contrast.
for (const theme of ['light', 'dark']) {
  test(`axe: embeds keep AA contrast with every accent (${theme})`, async () => {
    for (const accent of ['blue', 'green', 'purple', 'orange', 'red', 'teal']) {
      const { page, context } = await env.open({ viewport: { width: 800, height: 900 }, query: `embed=1&theme=${theme}&accent=${accent}&mode=freelance`, bypassCSP: true });
      assert.ok(await page.evaluate((c) => document.documentElement.classList.contains(c), `accent-${accent}`));
      assert.deepEqual(await axeViolations(page), [], `axe violations, ${theme} / ${accent}`);
      await context.close();
    }
  });
}

// The estimate's live region is read out whole on each change: it says what
// the figure is (a salary or a freelance income), not only the amount.
test('the announced estimate names what it is', async () => {
  const { page } = await env.open({ folds: 'closed' });
  const live = () => page.evaluate(() => document.querySelector('#estimate-live').textContent.replace(/\s+/g, ' ').trim());
  assert.equal(await page.getAttribute('#estimate-live', 'aria-live'), 'polite');
  assert.equal(await live(), `Estimated salary: ${await page.locator('#estimate').textContent()} a year`);
  await page.check('#mode-freelance');
  await page.waitForFunction(() => /freelance/.test(document.querySelector('#estimate-live').textContent), null, { timeout: 5_000 });
  assert.equal(await live(), `Estimated freelance income: ${await page.locator('#estimate').textContent()} a year`);
});

// The live region followed every keystroke and slider step: eight steps of
// the slider queued eight announcements. It now waits for the inputs to be
// still, then says the estimate once.
test('eight slider steps are announced once, with the last estimate', async () => {
  const { page } = await env.open({ folds: 'closed' });
  await page.evaluate(() => {
    window.__said = [];
    new MutationObserver(() => window.__said.push(document.querySelector('#estimate-live').textContent))
      .observe(document.querySelector('#estimate-live'), { childList: true, characterData: true, subtree: true });
  });
  await page.focus('#years-range');
  for (let k = 0; k < 8; k++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(60); }
  await page.waitForTimeout(1500);
  const said = await page.evaluate(() => window.__said);
  assert.equal(said.length, 1, JSON.stringify(said));
  assert.equal(said[0], `Estimated salary: ${await page.locator('#estimate').textContent()} a year`);
  assert.equal(await page.inputValue('#years'), '11');
});

// What a screen reader is told when it matters, found by reading the page
// as one (accessibility snapshot) and with high contrast on.
test('a refused value is announced; Dismiss hands focus on; markers and keys', async () => {
  const { page } = await env.open({ query: 'y=999&foo=1' });
  // The notice's Dismiss takes its button away: focus goes to the answer.
  await page.locator('#notices button').focus();
  await page.keyboard.press('Enter');
  await page.locator('#notices').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'result-title');
  // A refused value leaves the estimate as it was: the error shows at once
  // and is an alert once the typing pauses (not on the "1" of "1800").
  await page.fill('#years', '60');
  const err = page.locator('#years-err');
  await err.waitFor();
  assert.match(await err.textContent(), /Enter a whole number from 0 to 50/);
  const alert = page.locator('#years-err ~ .field-alert');
  assert.equal(await alert.count(), 0, 'not told while typing');
  await alert.waitFor({ state: 'attached', timeout: 3_000 });
  assert.equal(await alert.getAttribute('role'), 'alert');
  assert.match(await alert.textContent(), /Enter a whole number from 0 to 50/);
  // Typing on to a valid value before the pause: never told.
  await page.fill('#paid-hours', '');
  await page.focus('#paid-hours');
  const told = [];
  await page.exposeFunction('__told', (t) => told.push(t));
  await page.evaluate(() => new MutationObserver((ms) => { for (const m of ms) for (const n of m.addedNodes) if (n.nodeType === 1 && n.getAttribute('role') === 'alert') window.__told(n.parentElement.querySelector('input')?.id ?? ''); }).observe(document.body, { childList: true, subtree: true }));
  await page.keyboard.type('1800', { delay: 150 });
  await page.waitForTimeout(1500);
  assert.deepEqual(told.filter((id) => id.startsWith('paid-hours')), [], 'no alert for 1, 18, 180 on the way to 1800');
  // A claim row's ▸ is decoration: its name is the claim.
  const row = page.locator('#article-vs-data li.claim summary').first();
  await row.waitFor();
  const snap = await row.ariaSnapshot();
  assert.doesNotMatch(snap, /[▸▾]/, snap);
  // Each chart's "Show the numbers as a table" is named by its chart.
  const names = await page.locator('details.chart-table > summary').evaluateAll((ss) => ss.map((s) => s.textContent));
  assert.ok(names.length >= 5 && new Set(names).size === names.length, names.join(' | '));
  assert.ok(names.every((n) => n.startsWith('Show the numbers as a table: ')), names.join(' | '));
  // High contrast paints backgrounds over: the legend keys keep their colour.
  await page.emulateMedia({ forcedColors: 'active' });
  const keys = await page.evaluate(() => ['payscale', 'guild'].map((c) => getComputedStyle(document.querySelector(`.both-sources .swatch.${c}`)).backgroundColor));
  assert.notEqual(keys[0], keys[1], `the two keys differ: ${keys}`);
});
