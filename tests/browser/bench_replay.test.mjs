// The benchmark's "same writes, no app" figure (bench/latency.mjs) is only
// a bound if its replay makes exactly the page the app makes. For every kind
// of input the benchmark times: record the app's writes for a run of
// changes, make the same changes again with the app, then replay the
// recording from the same start without the app hearing of it, and compare
// the page after each step (markup and every form control's value).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './harness.mjs';
import { kinds, recordWrites, replayWrites } from './bench/latency.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

// Runs in the page, with the two bench functions passed as source (they are
// page functions: Playwright serialises them the same way for the bench).
async function compare({ kind, rec, rep }) {
  const recordWrites = eval(`(${rec})`);
  const replayWrites = eval(`(${rep})`);
  const root = document.querySelector('main#calculator');
  const snapshot = () => `${root.innerHTML}|${[...root.querySelectorAll('input, select')].map((c) => `${c.value}:${c.checked}`).join(',')}`;
  const held = kind.radio ? `#${document.querySelector('input[name="mode"]:checked').id}` : document.querySelector(kind.sel).value;
  const steps = await recordWrites(kind);
  const seq = [...kind.values, held];
  const app = [];
  for (const v of seq) {
    const el = document.querySelector(kind.radio ? v : kind.sel);
    if (kind.radio) el.checked = true;
    else el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    app.push(snapshot());
  }
  const differs = [];
  for (let k = 0; k < steps.length; k++) {
    await replayWrites({ ...kind, values: [seq[k]], steps: [steps[k]] });
    if (snapshot() !== app[k]) differs.push(seq[k]);
  }
  return { steps: steps.length, writes: steps.flat().length, distinct: new Set(app).size, differs };
}

test('the benchmark\'s replay of the app\'s writes makes the page the app makes, for every kind of input', async () => {
  const { page, log } = await env.open({ folds: 'closed', viewport: { width: 1280, height: 900 } });
  for (const kind of kinds(13)) {
    if (kind.before) await page.check(kind.before);
    const r = await page.evaluate(compare, { kind, rec: recordWrites.toString(), rep: replayWrites.toString() });
    assert.equal(r.steps, kind.values.length + 1, `${kind.label}: a step per change, and one back`);
    // The changes must change the page, or the comparison proves nothing.
    assert.ok(r.distinct >= 2 && r.writes > r.steps, `${kind.label}: the changes change the page (${r.distinct} distinct pages, ${r.writes} writes)`);
    assert.deepEqual(r.differs, [], `${kind.label}: the replay differs from the app after these changes`);
  }
  assert.deepEqual(log.pageErrors, []);
});
