// Benchmark of the release build (NOT a test: it never asserts a time, since
// timings depend on the machine). Run after `trunk build --release`:
//
//   npm run bench            # or: node tests/browser/bench.mjs [--n 200] [--loads 5]
//
// Reports, as a markdown table ready for the README:
// * input latency: for each kind of input, N changes; each is timed in the
//   page from dispatching the input event to the first animation frame after
//   the DOM has changed (median / p95 / max, ms);
// * first load: bytes transferred (raw and gzip -9 of each response body)
//   and time from navigation start to #estimate showing an amount.

import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { setup, DIST } from './harness.mjs';

const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const N = arg('n', 200);
const LOADS = arg('loads', 5);

const cycle = (list, n) => Array.from({ length: n }, (_, i) => list[(i + 1) % list.length]);
const range = (lo, hi) => Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));

// Each kind of input with values that differ from one change to the next.
const KINDS = [
  { label: '#years (number)', sel: '#years', values: cycle(range(0, 50), N) },
  { label: '#years-range (slider)', sel: '#years-range', values: cycle(range(0, 50).reverse(), N) },
  { label: '#location (select)', sel: '#location', values: cycle(['sf', 'chicago', 'boston', 'orlando', 'north-america', 'latin-america', 'western-europe', 'eastern-europe', 'asia', 'india', 'us'], N) },
  { label: '#language (select)', sel: '#language', values: cycle(['javascript', 'python', 'java', 'php', 'nodejs', 'any'], N) },
  { label: '#industry (select)', sel: '#industry', values: cycle(['finance', 'media', 'marketing', 'healthcare', 'consulting', 'education', 'any'], N) },
  { label: 'mode (radios)', radio: true, values: cycle(['#mode-freelance', '#mode-salaried'], N) },
  { label: '#currency (select)', sel: '#currency', values: cycle(['eur', 'gbp', 'inr', 'usd'], N) },
  { label: '#hours-per-week (freelance)', sel: '#hours-per-week', before: '#mode-freelance', values: cycle(range(10, 60), N) },
];

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}
const ms = (x) => (x === undefined ? 'n/a' : x.toFixed(1));
const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;

// Runs in the page: change, wait for a DOM mutation, then the next frame.
async function timeChanges({ sel, radio, values }) {
  const root = document.querySelector('main#calculator') || document.body;
  const out = { times: [], dom: [], noChange: 0 };
  for (const v of values) {
    const el = document.querySelector(radio ? v : sel);
    if (!el) throw new Error(`missing ${radio ? v : sel}`);
    const changed = new Promise((resolve) => {
      const mo = new MutationObserver(() => { mo.disconnect(); clearTimeout(t); resolve(performance.now()); });
      mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      const t = setTimeout(() => { mo.disconnect(); resolve(false); }, 1000);
    });
    const t0 = performance.now();
    if (radio) el.checked = true;
    else el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    // Yew renders in microtasks; the next macrotask (a MessageChannel message,
    // which is not clamped like setTimeout) starts only when the whole view
    // has been updated.
    await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const tDone = performance.now();
    const tDom = await changed;
    if (!tDom) { out.noChange++; continue; }
    await new Promise((r) => requestAnimationFrame(() => r()));
    out.times.push(performance.now() - t0);
    out.dom.push(tDone - t0);
  }
  return out;
}

const env = await setup();
try {
  // --- first load, cold, in fresh contexts ---
  const renders = [];
  let transfer = null;
  for (let i = 0; i < LOADS; i++) {
    const { page, log } = await env.open({
      wait: true,
      // Records when #estimate first shows a digit, relative to navigation start.
      init: () => {
        new MutationObserver((_, mo) => {
          const e = document.querySelector('#estimate');
          if (e && /\d/.test(e.textContent)) { window.__firstEstimate = performance.now(); mo.disconnect(); }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      },
    });
    renders.push(await page.evaluate(() => window.__firstEstimate));
    if (!transfer) {
      // Every response of the first load, raw and as gzip -9 would send it.
      const files = log.requests.map((u) => new URL(u).pathname.replace(/^\/calc\//, '') || 'index.html');
      transfer = { count: files.length, raw: 0, gzip: 0 };
      for (const f of files) {
        const p = path.join(DIST, f);
        if (!fs.existsSync(p)) continue;
        const b = fs.readFileSync(p);
        transfer.raw += b.length;
        transfer.gzip += zlib.gzipSync(b, { level: 9 }).length;
      }
    }
    await page.context().close();
  }

  // --- input latency ---
  const { page } = await env.open({ viewport: { width: 1280, height: 900 } });
  // The survey panel is part of every update once its data is in.
  await page.waitForSelector('#survey-role', { timeout: 15000 });
  const rows = [];
  for (const kind of KINDS) {
    if (kind.before) await page.check(kind.before);
    // A short warm-up, so one-off costs (first render of a chart) are not counted.
    // It must not end on the first measured value, or that change would be a no-op.
    let warm = kind.values.slice(1, 6);
    if (warm.at(-1) === kind.values[0]) warm = warm.slice(0, -1);
    await page.evaluate(timeChanges, { ...kind, values: warm });
    const r = await page.evaluate(timeChanges, kind);
    rows.push({ label: kind.label, ...stats(r.times), dom: stats(r.dom), noChange: r.noChange });
  }

  // User Timing measures the app records around the survey computations
  // (every distribution, the roles table, the metro lookup) and the data parse.
  const measures = await page.evaluate(() => ({
    survey: performance.getEntriesByName('bdsc-survey').map((e) => e.duration),
    parse: performance.getEntriesByName('bdsc-parse').map((e) => e.duration),
  }));
  const sv = stats(measures.survey);
  const pv = stats(measures.parse);
  const rs = stats(renders.filter((x) => typeof x === 'number'));
  const lines = [
    `Benchmark of the release build (${os.cpus().length} cores, ${os.cpus()[0]?.model?.trim() ?? 'unknown CPU'}, headless Chromium, ${new Date().toISOString().slice(0, 10)}).`,
    '',
    '| interaction | changes | to next frame: median ms | p95 ms | max ms | whole view updated: median ms | p95 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.label} | ${r.n}${r.noChange ? ` (+${r.noChange} without DOM change)` : ''} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.max)} | ${ms(r.dom.median)} | ${ms(r.dom.p95)} |`),
    '',
    '| first load | value |',
    '| --- | ---: |',
    `| requests | ${transfer.count} |`,
    `| transferred, raw | ${kb(transfer.raw)} |`,
    `| transferred, gzip -9 | ${kb(transfer.gzip)} |`,
    `| navigation start → #estimate shown, median of ${rs.n} cold loads | ${ms(rs.median)} ms |`,
    `| … slowest of those loads | ${ms(rs.max)} ms |`,
    '',
    '| survey data in the browser | median ms | p95 ms | max ms | samples |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| recompute every survey figure after a change (User Timing \`bdsc-survey\`) | ${ms(sv.median)} | ${ms(sv.p95)} | ${ms(sv.max)} | ${sv.n} |`,
    `| parse and check the data file once (\`bdsc-parse\`) | ${ms(pv.median)} | ${ms(pv.p95)} | ${ms(pv.max)} | ${pv.n} |`,
    '',
    'Latency is measured inside the page from dispatching the input event. "Whole view updated" stops at the first task after the event, when Yew has finished re-rendering every component; "to next frame" waits for the next animation frame after that, so it includes up to one frame (~16.7 ms) of waiting.',
  ];
  console.log(lines.join('\n'));
} finally {
  await env.teardown();
}
