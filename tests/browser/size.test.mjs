// Size budgets. Deterministic (same build, same bytes), so safe to assert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from './harness.mjs';
import { BUDGET, DATA_BUDGET, GOAL, sizeTable, formatTable } from './sizes.mjs';

test(`first load (gzip) is within the ${BUDGET.toLocaleString('en-US')}-byte regression budget`, (t) => {
  const table = sizeTable(DIST);
  for (const line of formatTable(table).split('\n')) t.diagnostic(line);
  const first = table.rows.filter((r) => r.first).map((r) => r.file);
  assert.ok(first.some((f) => f.endsWith('.wasm')), `the wasm must count as first load: ${first}`);
  assert.ok(first.some((f) => f.endsWith('.css')) && first.some((f) => f.endsWith('.js')), `${first}`);
  assert.ok(!first.some((f) => f.startsWith('data/')), 'the survey data must not be part of the first load');
  assert.ok(!first.some((f) => f.startsWith('full-')), 'the full app must not be part of the first load');
  assert.ok(table.rows.some((r) => /^full-[0-9a-f]{16}_bg\.wasm$/.test(r.file) && !r.first), 'the full app is in dist/, loaded on demand');
  assert.ok(BUDGET <= GOAL, 'the budget never exceeds the goal');
  t.diagnostic(`goal ${GOAL}: ${table.firstLoad.gzip <= GOAL ? 'met' : `missed by ${table.firstLoad.gzip - GOAL} bytes`}`);
  assert.ok(table.firstLoad.gzip <= BUDGET, `first load ${table.firstLoad.gzip} > budget ${BUDGET}`);
});

test(`the survey data file is within ${DATA_BUDGET.toLocaleString('en-US')} bytes gzip`, () => {
  const data = sizeTable(DIST).rows.filter((r) => /^data\/survey-[0-9a-f]{16}\.txt$/.test(r.file));
  assert.equal(data.length, 1, 'exactly one survey data file in dist/data/');
  assert.ok(data[0].gzip <= DATA_BUDGET, `${data[0].file}: ${data[0].gzip} > ${DATA_BUDGET}`);
});
