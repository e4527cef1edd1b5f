// The page's height on a phone: at 360×800 with mobile emulation, in light
// mode, everything in its default state (no <details> opened), once the app
// is in (the default view loads no survey data). Reports the scroll height in px and in screens,
// and where the estimate (#estimate) sits relative to the first screen.

import { waitForApp } from '../harness.mjs';
import { int, ms, table, lcpEntry } from './stats.mjs';

export const PHONE = { width: 360, height: 800 };

/** The phone height table. */
export async function heightBench(env) {
  const context = await env.browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    // The default view needs no survey data and no full app (every section
    // that shows them is closed): say so if either was fetched anyway.
    const extra = [];
    page.on('request', (r) => { if (/\/(data\/survey-|full-)[0-9a-f]+/.test(r.url())) extra.push(r.url().split('/').pop()); });
    await page.goto(env.server.url, { waitUntil: 'load' });
    await waitForApp(page);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const m = await page.evaluate(() => {
      const de = document.documentElement;
      const box = (sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        return { top: r.top + scrollY, bottom: r.bottom + scrollY, visible: r.width > 0 && r.height > 0 && cs.visibility === 'visible' };
      };
      return {
        height: Math.max(de.scrollHeight, document.body.scrollHeight),
        width: de.scrollWidth,
        details: document.querySelectorAll('details').length,
        openDetails: document.querySelectorAll('details[open]').length,
        estimate: box('#estimate'),
        sticky: box('.sticky-estimate'),
        elements: document.getElementsByTagName('*').length,
      };
    });
    const lcp = await page.evaluate(lcpEntry);
    const screens = m.height / PHONE.height;
    const est = m.estimate;
    const inFirst = est ? (est.bottom <= PHONE.height ? 'yes' : est.top < PHONE.height ? 'partly' : 'no') : 'n/a (no #estimate)';
    const markdown = [
      `### Phone page height (${PHONE.width}×${PHONE.height}, mobile emulation, light mode, default state)`,
      '',
      table(['measure', 'value'], [
        ['document scroll height', `${int(m.height)} px`],
        ['in screens of 800 px', screens.toFixed(1)],
        ['#estimate: top / bottom', est ? `${int(est.top)} px / ${int(est.bottom)} px` : 'n/a'],
        ['#estimate in the first screen', inFirst],
        ['sticky estimate bar shown (at the top of the page)', m.sticky?.visible ? 'yes' : 'no'],
        ['`<details>` open / total', `${m.openDetails} / ${m.details}`],
        ['page wider than the screen', m.width > PHONE.width ? `yes (${m.width} px)` : 'no'],
        ['DOM elements', int(m.elements)],
        ['largest contentful paint element (the browser\'s own entry, unthrottled)', lcp ? `${lcp.element}, ${ms(lcp.time)} ms` : 'none reported'],
      ]),
      ...(extra.length ? ['', `Fetched although the default view does not need them: ${extra.join(', ')}.`] : []),
    ].join('\n');
    return { markdown, ...m, screens, lcp };
  } finally {
    await context.close();
  }
}
