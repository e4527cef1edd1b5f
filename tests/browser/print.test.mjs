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
});

// The line under the estimate names only what moved it (Java is +0 %), so
// without the inputs the paper did not say what the estimate was for.
test('printed: the inputs, as a compact list of label and value', async () => {
  const { page } = await env.open({ folds: 'closed', query: 'y=7&lang=java&ind=finance&loc=chicago' });
  await page.emulateMedia({ media: 'print' });
  const r = await page.evaluate(() => {
    const vis = (el) => !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
    const form = document.querySelector('#inputs');
    const row = (id) => {
      const c = document.getElementById(id);
      const label = document.querySelector(`label[for="${id}"]`);
      const [l, v] = [label.getBoundingClientRect(), c.getBoundingClientRect()];
      return { shown: vis(c) && vis(label), sameLine: Math.abs(l.top - v.top) < l.height, after: v.left >= l.right - 1, border: getComputedStyle(c).borderTopWidth };
    };
    return {
      form: vis(form),
      rows: Object.fromEntries(['years', 'location', 'language', 'industry', 'rate-basis', 'hours-per-week', 'weeks-per-year', 'currency'].map((id) => [id, row(id)])),
      language: document.querySelector('#language').selectedOptions[0].textContent,
      salaried: vis(document.querySelector('label[for="mode-salaried"]')),
      freelance: vis(document.querySelector('label[for="mode-freelance"]')),
      employment: getComputedStyle(document.querySelector('#inputs .radios'), '::before').content,
      hidden: ['#years-range', '#years-hint', '#inputs button', '#inputs legend'].filter((s) => vis(document.querySelector(s))),
      formHeight: form.getBoundingClientRect().height,
    };
  });
  assert.ok(r.form, 'the form prints');
  assert.equal(r.language, 'Java');
  for (const [id, row] of Object.entries(r.rows)) {
    assert.ok(row.shown, `${id}: label and value print`);
    assert.ok(row.sameLine && row.after, `${id}: the value follows its label on one line`);
    assert.equal(row.border, '0px', `${id}: printed as text, not as a box`);
  }
  assert.ok(r.salaried && !r.freelance, 'only the chosen employment prints');
  assert.equal(r.employment, '"Employment"');
  assert.deepEqual(r.hidden, [], 'the slider, hints, buttons and legends do not print');
  assert.ok(r.formHeight < 300, `the list is compact: ${r.formHeight} px`);
});

// A metro area printed as "Other US city" and the search box's placeholder;
// sections whose content does not print printed as empty boxes; the survey's
// checkbox printed.
test('printed: the metro area by name, no empty section boxes, no checkbox', async () => {
  const { page } = await env.open({ query: 'y=8&loc=metro&metro=12420&lang=python' });
  await page.waitForFunction(() => /Chosen: Austin/.test(document.querySelector('#metro-chosen')?.textContent ?? ''), null, { timeout: 15_000 });
  await page.emulateMedia({ media: 'print' });
  const r = await page.evaluate(() => {
    const vis = (el) => !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
    return {
      chosen: vis(document.querySelector('#metro-chosen')) ? document.querySelector('#metro-chosen').textContent : null,
      search: vis(document.querySelector('#metro-search')),
      boxes: [...document.querySelectorAll('details.fold')].filter((d) => vis(d) && d.id !== 'sources-fold' && d.id !== 'breakdown-fold' && d.innerText.trim().split('\n').length < 3).map((d) => d.id),
      checks: [...document.querySelectorAll('input[type=checkbox]')].filter(vis).map((c) => c.id),
    };
  });
  assert.match(r.chosen ?? '', /^Chosen: Austin-Round Rock/);
  assert.equal(r.search, false, 'the search box does not print');
  assert.deepEqual(r.boxes, [], 'no section prints as a title alone');
  assert.deepEqual(r.checks, [], 'no checkbox prints');
});
