// Benchmark of the release build (NOT a test: it never asserts a time, since
// timings depend on the machine). Run after `trunk build --release`:
//
//   npm run bench
//   node tests/browser/bench.mjs [--only lighthouse,latency,script,height,load]
//        [--runs 5] [--n 200] [--loads 5] [--rates 1,4] [--out bench.md] [--lhr DIR]
//
// Prints markdown tables ready for the README (and writes them to --out):
// * lighthouse: Lighthouse mobile, median of --runs runs, dist/ served
//   compressed under /calc/ (bench/lighthouse.mjs);
// * latency: input event → whole view updated for each kind of input, --n
//   changes each, at each CPU slowdown of --rates, beside the browser's own
//   floor and (default view) the same DOM writes made without the app
//   (bench/latency.mjs);
// * script: the app's own script per change at 1×, by phase (the events,
//   Yew's render), means of --n changes: steady where the 4× figures move
//   with the machine's load (bench/script.mjs);
// * height: the page's height on a 360×800 phone (bench/height.mjs);
// * load: first-load bytes and time to the estimate (bench/load.mjs).
// Progress goes to stderr, the tables to stdout.
//
// Chromium: CHROME_PATH (Lighthouse) or CHROMIUM_PATH (Playwright), default
// /usr/bin/chromium. Lighthouse needs no network: run it under
// `unshare -n sh -c 'ip link set lo up && npm run bench'` to prove it.

import os from 'node:os';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { setup, DIST, CHROMIUM } from './harness.mjs';
import { lighthouseBench } from './bench/lighthouse.mjs';
import { latencyBench } from './bench/latency.mjs';
import { scriptBench } from './bench/script.mjs';
import { heightBench } from './bench/height.mjs';
import { loadBench } from './bench/load.mjs';

const PARTS = ['lighthouse', 'latency', 'script', 'height', 'load'];

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const count = (name, dflt) => {
  const v = Number(opt(name, dflt));
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${name} must be a positive integer`);
    process.exit(2);
  }
  return v;
};
const only = opt('only', PARTS.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only.filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`--only: unknown part(s) ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`);
  process.exit(2);
}
const RUNS = count('runs', 5);
const N = count('n', 200);
const LOADS = count('loads', 5);
const RATES = opt('rates', '1,4').split(',').map(Number);
if (RATES.some((r) => !(r >= 1))) {
  console.error('--rates: comma-separated slowdown factors, each >= 1');
  process.exit(2);
}
const OUT = opt('out', null);
const LHR = opt('lhr', null);
const log = (s) => console.error(s);

const chromeVersion = (() => {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
})();
const sections = [
  `## Benchmark of the release build`,
  '',
  `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model?.trim() ?? 'unknown CPU'}), ${chromeVersion}, headless, node ${process.version}.`,
];

// Lighthouse starts its own server and Chromium; the rest share one of each.
if (only.includes('lighthouse')) {
  log(`[bench] lighthouse: ${RUNS} runs`);
  const r = await lighthouseBench({ dist: DIST, chromePath: process.env.CHROME_PATH || CHROMIUM, runs: RUNS, lhrDir: LHR, log });
  sections.push('', r.markdown);
}
const rest = only.filter((p) => p !== 'lighthouse');
if (rest.length) {
  const env = await setup();
  try {
    for (const part of PARTS.filter((p) => rest.includes(p))) {
      log(`[bench] ${part}`);
      if (part === 'latency') sections.push('', (await latencyBench(env, { n: N, rates: RATES, log })).markdown);
      if (part === 'script') sections.push('', (await scriptBench(env, { n: N, log })).markdown);
      if (part === 'height') sections.push('', (await heightBench(env)).markdown);
      if (part === 'load') sections.push('', (await loadBench(env, { dist: DIST, loads: LOADS })).markdown);
    }
  } finally {
    await env.teardown();
  }
}

const text = sections.join('\n') + '\n';
console.log(text);
if (OUT) {
  fs.writeFileSync(OUT, text);
  log(`[bench] written to ${OUT}`);
}
