// First load, cold, in fresh contexts of the tests' (uncompressed) server,
// the page as a reader meets it (every section closed): bytes of every
// response (raw, and as gzip -9 would send them) and the time from
// navigation start to #estimate showing an amount.

import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { stats, ms, kb, table, lcpEntry } from './stats.mjs';

/** The first-load table over `loads` cold loads. */
export async function loadBench(env, { dist, loads = 5 } = {}) {
  const renders = [];
  const lcps = [];
  let transfer = null;
  for (let i = 0; i < loads; i++) {
    const { page, log } = await env.open({
      wait: true,
      folds: 'closed',
      // Records when #estimate first shows a digit, relative to navigation start.
      init: () => {
        new MutationObserver((_, mo) => {
          const e = document.querySelector('#estimate');
          if (e && /\d/.test(e.textContent)) { window.__firstEstimate = performance.now(); mo.disconnect(); }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      },
    });
    renders.push(await page.evaluate(() => window.__firstEstimate));
    lcps.push(await page.evaluate(lcpEntry));
    if (!transfer) {
      const files = log.requests.map((u) => new URL(u).pathname.replace(/^\/calc\//, '') || 'index.html');
      transfer = { count: files.length, raw: 0, gzip: 0 };
      for (const f of files) {
        const p = path.join(dist, f);
        if (!fs.existsSync(p)) continue;
        const b = fs.readFileSync(p);
        transfer.raw += b.length;
        transfer.gzip += zlib.gzipSync(b, { level: 9 }).length;
      }
    }
    await page.context().close();
  }
  const rs = stats(renders);
  const markdown = [
    '### First load (1280×900, unthrottled)',
    '',
    table(['first load', 'value'], [
      ['requests', transfer.count],
      ['transferred, raw', kb(transfer.raw)],
      ['transferred, gzip -9', kb(transfer.gzip)],
      [`navigation start → #estimate shown, median of ${rs.n} cold loads`, `${ms(rs.median)} ms`],
      ['… slowest of those loads', `${ms(rs.max)} ms`],
      ['largest contentful paint, median (the browser\'s own entry)', `${ms(stats(lcps.map((l) => l?.time)).median)} ms`],
      ['… its element (last load)', lcps.at(-1)?.element ?? 'none reported'],
    ]),
  ].join('\n');
  return { markdown, transfer, render: rs };
}
