// Shared set-up for the browser tests and the benchmark: one static server
// for dist/ under /calc/, one headless Chromium (Debian's, since Playwright's
// own browser download is unreachable), and pages that record everything a
// test may want to assert on (console errors, page errors, requests, dialogs).

import { chromium } from 'playwright-core';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { start } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '../..');
// BDSC_DIST points the tests at another build (e.g. a copy kept for comparison).
export const DIST = path.resolve(process.env.BDSC_DIST || path.join(REPO, 'dist'));
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Generous: the first wasm compile on a busy 2-core CI machine can be slow.
export const BOOT_TIMEOUT = 30_000;
export const UPDATE_TIMEOUT = 5_000;

/** Chromium's flags here: no sandbox (root), and nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser() {
  // Playwright's launch() gives every browser a fresh temporary user-data-dir.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Starts the server and the browser. Use in before()/after():
 *   let env; before(async () => { env = await setup(); }); after(() => env?.teardown());
 */
export async function setup({ prefix = '/calc/', csp = null } = {}) {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run \`trunk build --release\` first (scripts/test.sh does).`);
  }
  const server = await start({ root: DIST, prefix, port: 0, csp });
  const browser = await launchBrowser();
  const contexts = new Set();

  /**
   * Opens the app in a new, isolated context (own localStorage).
   * query: string appended to the URL (with or without '?').
   * init: a function or script source run before the page's own scripts.
   * bypassCSP: let the test inject inline scripts (e.g. axe) despite the
   * build's CSP meta; only for tests that do so.
   */
  async function open({ query = '', viewport = { width: 1280, height: 900 }, colorScheme = 'light', init = null, initArg, wait = true, bypassCSP = false, folds = 'open', route = null } = {}) {
    const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce', bypassCSP });
    contexts.add(context);
    // [pattern, handler], routed before the page loads: its service worker
    // precaches every file at once, so a route added later can come too late.
    if (route) await context.route(...route);
    const page = await context.newPage();
    const log = track(page);
    if (init) await page.addInitScript(init, initArg);
    const q = query && !query.startsWith('?') ? `?${query}` : query;
    await page.goto(server.url + q, { waitUntil: 'load' });
    if (wait) await waitForApp(page);
    // The long sections start closed (issue 12); most tests are about their
    // content, so they open them as a reader would. folds: 'closed' keeps
    // the page as it first appears.
    if (wait && folds === 'open') await openFolds(page);
    return { page, context, log };
  }

  async function teardown() {
    for (const c of contexts) await c.close().catch(() => {});
    await browser.close().catch(() => {});
    await server.close();
  }

  return { server, browser, open, teardown };
}

/** Records console errors/warnings, page errors, every request URL and dialogs. */
export function track(page) {
  const log = { consoleErrors: [], consoleWarnings: [], pageErrors: [], requests: [], badResponses: [], dialogs: [] };
  page.on('console', (m) => {
    // Include where it came from: "Failed to load resource" alone names no URL.
    const where = m.location()?.url ? ` [${m.location().url}]` : '';
    if (m.type() === 'error') log.consoleErrors.push(m.text() + where);
    else if (m.type() === 'warning') log.consoleWarnings.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) log.badResponses.push(`${r.status()} ${r.url()}`); });
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return log;
}

/**
 * Waits until the app has mounted: its live view has replaced the prerendered
 * one (<html data-bdsc-ready>, src/app/takeover.rs), #boot is gone and
 * #estimate shows an amount.
 */
export async function waitForApp(page, timeout = BOOT_TIMEOUT) {
  await page.waitForSelector('html[data-bdsc-ready]', { state: 'attached', timeout });
  await page.waitForSelector('#boot', { state: 'detached', timeout });
  await page.waitForFunction(
    () => /\d/.test(document.querySelector('#estimate')?.textContent ?? ''),
    null,
    { timeout },
  );
}

/**
 * Opens every closed section (details.fold) without scrolling, and lets
 * the app render their content (a closed fold renders none).
 */
export async function openFolds(page) {
  await page.evaluate(() => document.querySelectorAll('details.fold:not([open])').forEach((d) => { d.open = true; }));
  // The sections' content is in the full app, which an opened section loads
  // and which then takes the page over (src/app/full.rs).
  await waitForFull(page);
  // The toggle events fire asynchronously; the app renders in the task after.
  // (A fold may stay empty, e.g. the claims when the data file is broken.)
  await page.waitForFunction(() => [...document.querySelectorAll('details.fold')].every((d) => d.open), null, { timeout: 5_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/**
 * Opens every chart's "Show the numbers as a table" (and the roles table)
 * under `scope`, as a reader would, and waits for their rows: a table is
 * only rendered while it is open (src/app/components/charts/mod.rs).
 */
export async function openTables(page, scope = 'main') {
  const sel = ['details.chart-table', 'details.roles'].map((s) => `${scope} ${s}`).join(', ');
  await page.evaluate((sel) => document.querySelectorAll(sel).forEach((d) => { d.open = true; }), sel);
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((d) => d.open && d.querySelector('table tbody')), sel, { timeout: 5_000 });
}

/**
 * Waits until the full app (the page's second module, with every section's
 * content) has taken the page over: <html data-bdsc-full>.
 */
export async function waitForFull(page, timeout = BOOT_TIMEOUT) {
  await page.waitForSelector('html[data-bdsc-full]', { state: 'attached', timeout });
}

/** What the tests compare before and after an input change. */
export async function snapshot(page) {
  return page.evaluate(() => ({
    estimate: document.querySelector('#estimate')?.textContent.trim() ?? null,
    range: document.querySelector('#range')?.textContent.trim() ?? null,
    charts: Object.fromEntries(
      [...document.querySelectorAll('figure.chart')].map((f) => [f.dataset.chart, f.querySelector('svg')?.outerHTML ?? '']),
    ),
  }));
}

/**
 * Waits until #estimate or #range differs from `before` and at least one
 * chart's SVG does too. Returns { after, changedCharts } (throws on timeout
 * with a message saying what did not change).
 */
export async function waitForUpdate(page, before, timeout = UPDATE_TIMEOUT) {
  const deadline = Date.now() + timeout;
  let after;
  for (;;) {
    after = await snapshot(page);
    const textChanged = after.estimate !== before.estimate || after.range !== before.range;
    const changedCharts = Object.keys(after.charts).filter((k) => after.charts[k] !== before.charts[k]);
    if (textChanged && changedCharts.length) return { after, changedCharts };
    if (Date.now() > deadline) {
      throw new Error(
        `no update within ${timeout} ms: estimate/range ${textChanged ? 'changed' : 'UNCHANGED'} ` +
          `(${JSON.stringify(before.estimate)} -> ${JSON.stringify(after.estimate)}), ` +
          `charts changed: [${changedCharts.join(', ')}] of [${Object.keys(after.charts).join(', ')}]`,
      );
    }
    await page.waitForTimeout(50);
  }
}

/** The values of the main form controls, for comparing two views. */
export async function formValues(page) {
  return page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('main#calculator input, main#calculator select, main#calculator textarea')) {
      const key = el.id || `${el.name}:${el.value}`;
      if (!key) continue;
      out[key] = el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value;
    }
    return out;
  });
}

/** A query-string value from the page's current URL. */
export async function queryParams(page) {
  return page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
}
