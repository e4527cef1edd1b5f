// Lighthouse 12 (mobile, the default config: simulated slow 4G and 4x CPU)
// against dist/ served compressed, N runs, each in a fresh Chromium with a
// fresh profile. Reports the median of each metric over the runs, plus what
// the run closest to the median LCP says about LCP and TBT.
//
// Offline: Chromium runs with its background services off and a host
// resolver that fails every name but the loopback, Lighthouse's error
// reporting stays off (the node API's default), and every request a run
// made is checked to be to 127.0.0.1.

import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startCompressed } from './compressed-server.mjs';
import { CHROMIUM_ARGS } from '../harness.mjs';
import { median, ms, sec, int, table } from './stats.mjs';

export const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  // Anything that still tries a name other than the loopback gets NXDOMAIN.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/;

/** Runs Lighthouse `runs` times; resolves to the markdown section and raw figures. */
export async function lighthouseBench({ dist, chromePath, runs = 5, lhrDir = null, log = console.error }) {
  if (!fs.existsSync(chromePath)) throw new Error(`${chromePath} not found: install Chromium (scripts/setup.sh) or set CHROME_PATH`);
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run \`trunk build --release\` first`);
  const server = await startCompressed({ root: dist, prefix: '/calc/' });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
      try {
        const r = await lighthouse(server.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const lhr = r.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        if (lhrDir) {
          fs.mkdirSync(lhrDir, { recursive: true });
          fs.writeFileSync(path.join(lhrDir, `lighthouse-${i + 1}.json`), r.report);
        }
        const one = figures(lhr);
        log(`[bench] lighthouse run ${i + 1}/${runs}: performance ${one.score}, LCP ${ms(one.lcp)} ms, TBT ${ms(one.tbt)} ms`);
        results.push({ lhr, ...one });
      } finally {
        await chrome.kill();
      }
    }
  } finally {
    await server.close();
  }

  const m = (k) => median(results.map((r) => r[k]));
  const external = [...new Set(results.flatMap((r) => r.urls.filter((u) => !LOCAL.test(u))))];
  const med = { score: m('score'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), dom: m('dom'), si: m('si'), bytes: m('bytes') };
  const first = results[0]?.lhr;
  const lines = [
    `### Lighthouse ${first?.lighthouseVersion} mobile, median of ${results.length} runs`,
    '',
    `dist/ served under /calc/ with brotli or gzip by Accept-Encoding; ${throttling(first?.configSettings)}.`,
    '',
    table(['metric', 'median', 'runs'], [
      ['performance score', int(med.score), results.map((r) => r.score).join(', ')],
      ['first contentful paint', sec(med.fcp), results.map((r) => sec(r.fcp)).join(', ')],
      ['largest contentful paint', sec(med.lcp), results.map((r) => sec(r.lcp)).join(', ')],
      ['total blocking time', `${int(med.tbt)} ms`, results.map((r) => int(r.tbt)).join(', ')],
      ['cumulative layout shift', med.cls?.toFixed(3), results.map((r) => r.cls.toFixed(3)).join(', ')],
      ['DOM elements', int(med.dom), results.map((r) => int(r.dom)).join(', ')],
      ['speed index', sec(med.si), results.map((r) => sec(r.si)).join(', ')],
      ['transferred (compressed)', `${(med.bytes / 1024).toFixed(1)} KiB`, results.map((r) => (r.bytes / 1024).toFixed(1)).join(', ')],
    ], ['l', 'r', 'l']),
    '',
    'Each median is taken over the runs separately, so two medians may come from different runs.',
    `Responses by encoding over all runs (the service worker's precache included): ${Object.entries(server.served).map(([k, v]) => `${k} ${v.responses}`).join(', ')}. ` +
      `Requests outside 127.0.0.1: ${external.length ? external.join(', ') : 'none'}.`,
  ];
  // The run whose LCP is the median one tells what LCP and TBT are made of.
  const pick = [...results].sort((a, b) => Math.abs(a.lcp - med.lcp) - Math.abs(b.lcp - med.lcp))[0];
  if (pick) lines.push('', ...diagnostics(pick.lhr));
  return { markdown: lines.join('\n'), median: med, external };
}

/** Lighthouse's throttling settings in words. */
function throttling(c) {
  if (!c) return 'unknown settings';
  const t = c.throttling ?? {};
  return `${c.formFactor}, ${c.throttlingMethod} throttling (RTT ${t.rttMs} ms, ${Math.round(t.throughputKbps)} kbit/s, CPU ${t.cpuSlowdownMultiplier}× slower), ` +
    `screen ${c.screenEmulation?.width}×${c.screenEmulation?.height}`;
}

/** The figures of one run. */
function figures(lhr) {
  const a = lhr.audits;
  const num = (id) => a[id]?.numericValue;
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    si: num('speed-index'),
    dom: num('dom-size'),
    bytes: num('total-byte-weight'),
    urls: (a['network-requests']?.details?.items ?? []).map((it) => it.url),
  };
}

/** What the LCP element, its phases, and the main-thread work of one run are. */
function diagnostics(lhr) {
  const a = lhr.audits;
  const out = ['What the median-LCP run says:', ''];
  // Observed = the real, unthrottled page load the simulation starts from.
  const obs = a.metrics?.details?.items?.[0];
  if (obs) {
    const after = obs.observedLargestContentfulPaint > obs.observedLoad ? 'after' : 'before';
    out.push(`- Observed before simulation (unthrottled): FCP ${int(obs.observedFirstContentfulPaint)} ms, load event ${int(obs.observedLoad)} ms, LCP ${int(obs.observedLargestContentfulPaint)} ms (${after} the load event)`);
  }
  const lcpItems = a['largest-contentful-paint-element']?.details?.items ?? [];
  const node = lcpItems[0]?.items?.[0]?.node;
  if (node) out.push(`- LCP element: \`${node.selector ?? node.nodeLabel}\` (${String(node.nodeLabel ?? '').slice(0, 80)})`);
  const phases = lcpItems[1]?.items;
  if (phases?.length) out.push(`- LCP phases: ${phases.map((p) => `${p.phase} ${int(p.timing)} ms`).join(', ')}`);
  const boot = a['bootup-time']?.details?.items ?? [];
  if (boot.length) {
    out.push(`- JavaScript/wasm execution by URL (bootup-time): ${boot.slice(0, 4).map((b) => `${short(b.url)} ${int(b.total)} ms (script ${int(b.scripting)}, compile ${int(b.scriptParseCompile)})`).join('; ')}`);
  }
  const work = a['mainthread-work-breakdown']?.details?.items ?? [];
  if (work.length) out.push(`- Main thread (${int(a['mainthread-work-breakdown'].numericValue)} ms): ${work.slice(0, 5).map((w) => `${w.groupLabel ?? w.group} ${int(w.duration)} ms`).join(', ')}`);
  const tasks = a['long-tasks']?.details?.items ?? [];
  if (tasks.length) out.push(`- Long tasks: ${tasks.slice(0, 5).map((t) => `${int(t.duration)} ms at ${int(t.startTime)} ms (${short(t.url)})`).join(', ')}`);
  const weight = a['total-byte-weight']?.details?.items ?? [];
  if (weight.length) out.push(`- Largest transfers: ${weight.slice(0, 4).map((w) => `${short(w.url)} ${(w.totalBytes / 1024).toFixed(1)} KiB`).join(', ')}`);
  return out;
}

const short = (u) => {
  if (!u) return '?';
  try {
    const p = new URL(u).pathname.split('/').pop();
    return p || u;
  } catch {
    return u;
  }
};
