// 9. Size budget: everything in dist/, gzipped at level 9, at most 150 KB.
// Deterministic (same build, same bytes), so it is safe to assert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from './harness.mjs';
import { BUDGET, sizeTable, formatTable } from './sizes.mjs';

test(`dist/ gzipped total is within ${BUDGET.toLocaleString('en-US')} bytes`, (t) => {
  const table = sizeTable(DIST);
  for (const line of formatTable(table).split('\n')) t.diagnostic(line);
  assert.ok(table.rows.some((r) => r.file.endsWith('.wasm')), 'dist/ should contain the wasm module');
  assert.ok(table.total.gzip <= BUDGET, `gzip total ${table.total.gzip} > budget ${BUDGET}`);
});
