// The app's own script per change, split by phase, at 1× in the default view:
// setting the control's value (the browser's own work, which every floor
// includes), dispatching the `input` event, dispatching `change`, and Yew's
// render microtask, up to the observer's callback that follows it. The 4× latency figures
// move by ±3 ms from run to run with the machine's load; these means, over
// many changes at 1×, moved by 0.01–0.16 ms between two runs of the same
// build, so they show a change to the app's share of about 0.15 ms or more
// (smaller ones need interleaved A/B runs of the two builds).
//
// Each change is made once per frame and 20 ms apart, as a reader's would be:
// the code it runs has gone cold since the last one, and a tight loop would
// time a warmed-up path (dispatching `input` on a select costs about 0.01 ms
// ten times in a row and 0.12–0.16 ms once per frame).
// `performance.now()` is coarsened to 0.1 ms here (no cross-origin
// isolation); the means of many changes are finer than that.

import { kinds } from './latency.mjs';
import { table } from './stats.mjs';

// Runs in the page: each change with its events, timed phase by phase.
async function timePhases({ sel, radio, values }) {
  const root = document.querySelector('main#calculator') || document.body;
  const out = { value: [], input: [], change: [], render: [], missed: 0 };
  for (const v of values) {
    const el = document.querySelector(radio ? v : sel);
    if (!el) throw new Error(`missing ${radio ? v : sel}`);
    let seen = 0;
    const mo = new MutationObserver(() => { if (!seen) seen = performance.now(); });
    mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const t0 = performance.now();
    if (radio) el.checked = true;
    else el.value = v;
    const t1 = performance.now();
    el.dispatchEvent(new Event('input', { bubbles: true }));
    const t2 = performance.now();
    el.dispatchEvent(new Event('change', { bubbles: true }));
    const t3 = performance.now();
    // Yew renders in a microtask, and the observer's callback runs in the
    // checkpoint after it: by the next task both have run.
    await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    mo.disconnect();
    if (!seen) out.missed++;
    else {
      out.value.push(t1 - t0);
      out.input.push(t2 - t1);
      out.change.push(t3 - t2);
      out.render.push(seen - t3);
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
  }
  return out;
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);
const f2 = (x) => (x === undefined ? 'n/a' : x.toFixed(2));

/** Times every kind's phases at 1× in a fresh page of the default view. */
export async function scriptBench(env, { n = 150, log = () => {} } = {}) {
  const { page } = await env.open({ viewport: { width: 1280, height: 900 }, folds: 'closed' });
  // Let the start-up's idle work (the service worker's install) pass first.
  await page.waitForTimeout(1500);
  const rows = [];
  for (const kind of kinds(n)) {
    log(`[bench] script: ${kind.label}`);
    if (kind.before) await page.click(kind.before);
    const r = await page.evaluate(timePhases, { sel: kind.sel, radio: kind.radio, values: kind.values });
    const app = mean(r.input.map((x, i) => x + r.change[i] + r.render[i]));
    rows.push([kind.label, r.value.length + (r.missed ? ` (${r.missed} no write)` : ''), f2(mean(r.value)), f2(mean(r.input)), f2(mean(r.change)), f2(mean(r.render)), f2(app)]);
  }
  await page.close();
  return {
    markdown: [
      '### The app\'s script per change, by phase (default view, 1×, means in ms)',
      '',
      table(['interaction', 'changes', 'setting the value (browser)', '`input` event', '`change` event', 'render (Yew\'s microtask)', 'app: events + render'], rows),
      '',
      'Each change made with its two events, as in the latency table, but once per frame and 20 ms apart, as a reader makes them (the code has gone cold since the last change). "Setting the value" is the browser\'s own work and part of every floor; the other three are the app: Yew\'s delegated listeners and the handler with the reducer and the estimate (in whichever event the control listens to), then Yew\'s render microtask with its DOM writes, up to the MutationObserver callback that follows it. Means over many changes: they moved by 0.01–0.16 ms between two runs of the same build, where the 4× figures move by milliseconds with the machine\'s load.',
    ].join('\n'),
  };
}
