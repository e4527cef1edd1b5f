// Saved scenarios (#scenarios): save, list, compare, rename, load, remove,
// export as CSV, at most 6, kept across reloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitForApp, openFolds, openTables } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const MAX = 6;

function decodeCsv(href) {
  assert.match(href, /^data:text\/csv[;,]/, 'a#export-csv has a data:text/csv href');
  const comma = href.indexOf(',');
  const meta = href.slice(0, comma);
  const body = href.slice(comma + 1);
  const text = /;base64/.test(meta) ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length > 0);
}

// A minimal CSV splitter (quoted fields with "" escapes).
function cells(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

async function save(page, name) {
  const n = await page.locator('li.scenario').count();
  await page.fill('#scenario-name', name);
  await page.click('#save-scenario');
  await page.waitForFunction((k) => document.querySelectorAll('li.scenario').length === k, n + 1, { timeout: 5_000 });
}

const names = (page) => page.locator('li.scenario input.scenario-name').evaluateAll((els) => els.map((e) => e.value));

test('scenarios: save, compare, rename, load, remove, export, limit, reload', async (t) => {
  const { page, log } = await env.open();
  await page.fill('#years', '5');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('y') === '5', null, { timeout: 5_000 });
  const estimateJunior = (await page.locator('#estimate').textContent()).trim();
  await save(page, 'Junior');
  await page.fill('#years', '15');
  await page.selectOption('#location', 'sf');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('loc') === 'sf', null, { timeout: 5_000 });
  await save(page, 'Senior SF');
  assert.deepEqual(await names(page), ['Junior', 'Senior SF']);

  const chart = page.locator('figure.chart[data-chart=scenarios]');
  await chart.waitFor({ timeout: 5_000 });
  await openTables(page, 'figure.chart[data-chart=scenarios]');
  const tableText = async () => chart.locator('table').textContent();
  assert.match(await tableText(), /Junior/);
  assert.match(await tableText(), /Senior SF/);
  assert.ok(await chart.locator('svg').count() >= 1, 'the comparison chart has an svg');

  // Rename the first.
  const first = page.locator('li.scenario').nth(0);
  await first.locator('input.scenario-name').fill('Entry');
  await first.locator('input.scenario-name').press('Enter');
  await first.locator('input.scenario-name').blur();
  await page.waitForFunction(() => /Entry/.test(document.querySelector('figure.chart[data-chart=scenarios] table')?.textContent ?? ''), null, { timeout: 5_000 });
  assert.doesNotMatch(await tableText(), /Junior/);
  // A name emptied or padded with spaces: the box shows the name as kept.
  const second = page.locator('li.scenario').nth(1).locator('input.scenario-name');
  await second.fill('  Senior SF  ');
  await second.blur();
  assert.equal(await second.inputValue(), 'Senior SF', 'the spaces are gone from the box too');
  await second.fill('');
  await second.blur();
  await page.waitForFunction(() => /Scenario 2/.test(document.querySelector('figure.chart[data-chart=scenarios] table')?.textContent ?? ''), null, { timeout: 5_000 });
  assert.equal(await second.inputValue(), 'Scenario 2', 'an emptied name shows the name it gets');
  await second.fill('Senior SF');
  await second.blur();
  await page.waitForFunction(() => /Senior SF/.test(document.querySelector('figure.chart[data-chart=scenarios] table')?.textContent ?? ''), null, { timeout: 5_000 });

  // Load it back: its inputs return.
  await first.locator('button.load-scenario').click();
  await page.waitForFunction(() => document.querySelector('#years').value === '5', null, { timeout: 5_000 });
  assert.equal(await page.inputValue('#location'), 'us');
  assert.equal((await page.locator('#estimate').textContent()).trim(), estimateJunior);

  // Remove the second, from the keyboard: the focus goes to the name field,
  // not to the page or to the other row's Remove.
  await page.locator('li.scenario').nth(1).locator('button.remove-scenario').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('li.scenario').length === 1, null, { timeout: 5_000 });
  assert.deepEqual(await names(page), ['Entry']);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'scenario-name', 'the focus is on the name field');
  assert.doesNotMatch(await tableText(), /Senior SF/);

  // CSV: a header line and one row with the scenario's values.
  const href = await page.locator('a#export-csv').getAttribute('href');
  assert.match(href, /^data:text\/csv;charset=utf-8,%EF%BB%BF/, 'UTF-8 with a byte-order mark, for Excel');
  const lines = decodeCsv(href);
  t.diagnostic(`CSV: ${JSON.stringify(lines)}`);
  assert.equal(lines.length, 2, 'header + 1 row');
  const header = cells(lines[0]);
  const row = cells(lines[1]);
  assert.equal(row.length, header.length, 'row and header have the same number of fields');
  assert.ok(row.includes('Entry'), 'the row names the scenario');
  const yearsCol = header.findIndex((h) => /year|experience/i.test(h));
  assert.ok(yearsCol >= 0, `a years column in ${JSON.stringify(header)}`);
  assert.equal(row[yearsCol].trim(), '5', 'years of the saved scenario');
  const digits = estimateJunior.replace(/\D/g, '');
  assert.ok(row.some((c) => c.replace(/\D/g, '') === digits), `the estimate ${estimateJunior} appears in the row`);

  // Fill up to the limit; the next save is refused.
  for (let i = 2; i <= MAX; i++) {
    await page.fill('#years', String(i + 20));
    await save(page, `S${i}`);
  }
  assert.equal(await page.locator('li.scenario').count(), MAX);
  // The reader sees why: the button is greyed out and a note says so.
  assert.ok(await page.locator('#save-scenario').isDisabled(), 'with 6 saved, "Save scenario" is disabled');
  assert.ok(await page.getByText(`${MAX} scenarios saved: remove one to save another.`).isVisible(), 'the limit is explained');
  // The last save disabled the button it was made with: focus went to the
  // page; it goes to the name field above.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'scenario-name', 'focus after the last save');
  // Enter in the name field (the form's implicit submit) is refused too.
  await page.fill('#scenario-name', 'One too many');
  await page.press('#scenario-name', 'Enter');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('li.scenario').count(), MAX, `a ${MAX + 1}th scenario is refused`);
  assert.ok(!(await names(page)).includes('One too many'));

  // Kept across a reload.
  const kept = await names(page);
  await page.reload({ waitUntil: 'load' });
  await waitForApp(page);
  await openFolds(page); // the scenarios section starts closed
  await page.waitForFunction((k) => document.querySelectorAll('li.scenario').length === k, MAX, { timeout: 5_000 });
  assert.deepEqual(await names(page), kept);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
});

// Two tabs of the page share one saved list: a scenario saved in one shows in
// the other, and saving there adds to it instead of writing over it (each
// tab kept its own list, and the last to save won).
test('scenarios saved in two tabs both survive', async () => {
  const { page: a, context } = await env.open({ query: 'y=4' });
  const b = await context.newPage();
  await b.goto(a.url().replace(/\?.*$/, '') + '?y=9');
  await waitForApp(b);
  await openFolds(b);
  const names = (p) => p.locator('#scenario-list input.scenario-name').evaluateAll((els) => els.map((e) => e.value));
  await a.fill('#scenario-name', 'From A');
  await a.click('#save-scenario');
  await b.waitForFunction(() => [...document.querySelectorAll('#scenario-list input.scenario-name')].some((e) => e.value === 'From A'), null, { timeout: 5_000 });
  await b.fill('#scenario-name', 'From B');
  await b.click('#save-scenario');
  await a.waitForFunction(() => [...document.querySelectorAll('#scenario-list input.scenario-name')].some((e) => e.value === 'From B'), null, { timeout: 5_000 });
  assert.deepEqual(await names(a), ['From A', 'From B']);
  assert.deepEqual(await names(b), ['From A', 'From B']);
  const stored = await a.evaluate(() => localStorage.getItem('bdsc:scenarios'));
  assert.match(stored, /From A/);
  assert.match(stored, /From B/);
});

// A scenario is listed at the amount it shows when loaded: its dollars in
// the page's currency at its own exchange rate (at the page's rate one saved
// with another was listed at an amount it never showed).
test('a scenario saved at another exchange rate is listed at the amount it showed', async () => {
  const { page } = await env.open({ query: 'y=5&cur=eur&fx.eur=0.5' });
  const shown = (await page.locator('#estimate').textContent()).trim();
  await save(page, 'Half');
  await page.click('#assumptions button.secondary.app-only');
  await page.waitForFunction((s) => document.querySelector('#estimate').textContent.trim() !== s, shown);
  assert.equal((await page.locator('li.scenario .scenario-amount').first().textContent()).trim(), shown, 'the list keeps the amount it showed');
  const csv = decodeCsv(await page.locator('a#export-csv').getAttribute('href'));
  assert.ok(cells(csv[1]).includes(shown.replace(/\D/g, '')), `${csv[1]} carries ${shown}`);
  await page.click('li.scenario .load-scenario');
  await page.waitForFunction((s) => document.querySelector('#estimate').textContent.trim() === s, shown);
});

// A saved scenario with one value this build cannot read (a language from a
// newer one) was skipped whole, and the reader's next save wrote the list
// without it.
test('a saved scenario with an unreadable value is kept with a default, and survives the next save', async () => {
  const { page, log } = await env.open({
    folds: 'open',
    init: () => { if (!localStorage.getItem('bdsc:scenarios')) localStorage.setItem('bdsc:scenarios', 'Mine\ty=9&loc=sf\nBroken\ty=12&loc=boston&lang=rust'); },
  });
  await page.waitForSelector('li.scenario', { timeout: 15_000 });
  assert.deepEqual(await names(page), ['Mine', 'Broken']);
  assert.match(await page.locator('#notices').textContent(), /“Broken”: Some of its values could not be read \(lang\); defaults stand in for them\./);
  await save(page, 'New one');
  await page.waitForFunction(() => (localStorage.getItem('bdsc:scenarios') ?? '').includes('New one'), null, { timeout: 5_000 });
  const stored = await page.evaluate(() => localStorage.getItem('bdsc:scenarios').split('\n'));
  assert.deepEqual(stored, ['Mine\ty=9&loc=sf', 'Broken\ty=12&loc=boston', 'New one\t'], 'Broken kept, with what could be read');
  assert.deepEqual(log.pageErrors, []);
});
