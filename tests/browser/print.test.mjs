// Printing: the paper gets the light palette whatever the screen's scheme
// (from dark mode the charts printed pale grey on white), section titles
// without their one-line summaries, and the sources with their licences and
// the footer's disclaimer even when the sources section is closed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

// WCAG relative luminance of a computed rgb() colour.
const luminance = (rgb) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

test('printed from dark mode: dark text and chart labels on white', async () => {
  const { page } = await env.open({ colorScheme: 'dark' });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const c = await page.evaluate(() => {
    const color = (sel, prop = 'color') => getComputedStyle(document.querySelector(sel))[prop];
    return {
      body: color('body'), card: color('#result', 'backgroundColor'), bodyBg: color('body', 'backgroundColor'),
      label: color('figure.chart svg text.tick', 'fill'), value: color('figure.chart svg text', 'fill'),
    };
  });
  for (const [name, fg, bg] of [['body text', c.body, c.bodyBg], ['card text', c.body, c.card], ['chart tick', c.label, c.bodyBg], ['chart text', c.value, c.bodyBg]])
    assert.ok(contrast(fg, bg) >= 4.5, `${name}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
  assert.ok(luminance(c.bodyBg) > 0.9 && luminance(c.card) > 0.9, `white paper: ${c.bodyBg}, ${c.card}`);
});

test('printed as first seen: the answer, the sources and licences, the disclaimer', async () => {
  const { page } = await env.open({ folds: 'closed' });
  await page.emulateMedia({ media: 'print' });
  const shown = (sel) => page.evaluate((s) => { const el = document.querySelector(s); return !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0; }, sel);
  assert.equal(await page.evaluate(() => document.querySelector('#sources-fold').open), false, 'the sources section is closed');
  for (const sel of ['#estimate', '#sources .licences', '#data-licences', '.page-footer'])
    assert.ok(await shown(sel), `${sel} is printed`);
  const text = await page.evaluate(() => document.querySelector('#sources .licences').innerText + document.querySelector('.page-footer').innerText);
  assert.match(text, /Open Database License \(ODbL\) v1\.0/);
  assert.match(text, /indicative, not advice/);
  // Closed sections are left out; open ones print their title, not the summary.
  assert.equal(await shown('#charts-fold'), false, 'a closed section is not printed');
  await page.evaluate(() => { document.querySelector('#charts-fold').open = true; });
  await page.waitForSelector('#charts-fold figure.chart', { state: 'attached', timeout: 30_000 });
  assert.ok(await shown('#charts-fold .fold-title'), 'an open section prints its title');
  assert.equal(await shown('#charts-fold .fold-summary'), false, 'but not its one-line summary');
  assert.equal(await shown('#inputs'), false, 'the form is not printed');
});
