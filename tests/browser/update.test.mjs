// Updates: a page never mixes two builds. Build A is served and its worker
// takes control; the server then switches to build B (A's files with a
// changed stylesheet under a new hashed name, post-processed by the same
// post-build code). A navigation makes the browser find B; the new worker
// waits and every open tab shows the update notice, while pages keep
// getting A until the reader clicks "Reload to update"; after the reload
// everything comes from B and only B's cache is left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, launchBrowser, track, waitForApp } from './harness.mjs';
import { start } from './server.mjs';
import { postBuild, buildFiles, fileUrl } from '../../scripts/post-build.mjs';
import { waitForController, bdscCaches, swBuildId } from './sw-helpers.mjs';

// Chromium checks sw.js a few seconds after a navigation; allow for a busy machine.
const UPDATE_NOTICE_TIMEOUT = 30_000;
const NOTICE = /A new version of the calculator is available\./;
// Build B marks its result title, so the reader can tell which build runs.
const B_MARK = ' (build B)';

let tmp, live, server, browser;

function copyDir(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
}

/** Build B: DIST with one rule appended to the CSS (B_MARK after the result title), under a new hashed name. */
function makeBuildB(dir) {
  copyDir(DIST, dir);
  const css = fs.readdirSync(dir).find((f) => /^style-[0-9a-f]+\.css$/.test(f));
  assert.ok(css, 'dist/ has a hashed style-*.css');
  const body = `${fs.readFileSync(path.join(dir, css), 'utf8')}\n#result-title::after { content: ${JSON.stringify(B_MARK)}; }\n`;
  const name = `style-${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}.css`;
  fs.rmSync(path.join(dir, css));
  fs.writeFileSync(path.join(dir, name), body);
  const integrity = `sha384-${crypto.createHash('sha384').update(body).digest('base64')}`;
  const indexPath = path.join(dir, 'index.html');
  const html = fs.readFileSync(indexPath, 'utf8')
    // Quoted or not: the release build's HTML is minified.
    .replace(new RegExp(`href="?\\./${css}"?( integrity=("[^"]*"|[^\\s>]*))?`), `href="./${name}" integrity="${integrity}"`);
  assert.ok(html.includes(name), 'index.html of build B links the new stylesheet');
  fs.writeFileSync(indexPath, html);
  const { id } = postBuild(dir);
  return { dir, css: name, oldCss: css, id, files: buildFiles(dir) };
}

const stylesheet = (page) => page.evaluate(() => [...document.styleSheets].map((s) => s.href && s.href.split('/').pop()).filter(Boolean));

let A, B;
before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bdsc-update-'));
  live = path.join(tmp, 'live');
  A = { dir: DIST, id: swBuildId(fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8')), files: buildFiles(DIST) };
  A.css = A.files.find((f) => /^style-.*\.css$/.test(f));
  B = makeBuildB(path.join(tmp, 'b'));
  assert.ok(A.id && B.id && A.id !== B.id, `build ids differ (${A.id} vs ${B.id})`);
  copyDir(DIST, live);
  server = await start({ root: live, prefix: '/calc/', port: 0 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const titleMark = (page) => page.evaluate(() => getComputedStyle(document.querySelector('#result-title'), '::after').content);

/** The update notice as the reader sees it: visible, worded, with its button. */
async function seesNotice(page, timeout) {
  const notice = page.locator('#update-notice');
  await notice.waitFor({ state: 'visible', timeout });
  assert.match(await notice.textContent(), NOTICE);
  const button = notice.getByRole('button', { name: 'Reload to update' });
  assert.ok(await button.isVisible(), 'the notice has a visible "Reload to update" button');
  return button;
}

test('a new build is announced to the reader, applied on request, and never mixed', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const log = track(page);
  await page.goto(server.url, { waitUntil: 'load' });
  await waitForApp(page);
  await waitForController(page);
  assert.deepEqual(Object.keys(await bdscCaches(page)), [`bdsc-${A.id}`]);
  assert.equal(await page.locator('#update-notice').count(), 0, 'no update notice while the build is current');

  // The server now has build B. The reader opens a second tab: that
  // navigation makes the browser itself check sw.js (no call from the test),
  // B installs and waits, and both tabs say so.
  copyDir(B.dir, live);
  const other = await context.newPage();
  const otherLog = track(other);
  await other.goto(server.url + '?y=9', { waitUntil: 'load' });
  await waitForApp(other);
  const button = await seesNotice(page, UPDATE_NOTICE_TIMEOUT);
  await seesNotice(other, UPDATE_NOTICE_TIMEOUT);
  assert.equal(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), true, 'build B is installed and waiting');

  // Until the reader accepts, both tabs run build A, entirely.
  for (const p of [page, other]) {
    assert.deepEqual(await stylesheet(p), [A.css], 'a tab runs A while B waits');
    assert.equal(await titleMark(p), 'none', 'no build-B mark before the update');
  }

  // The reader accepts the update: both tabs reload into B.
  const reloaded = page.waitForEvent('load', { timeout: 20_000 });
  const otherReloaded = other.waitForEvent('load', { timeout: 20_000 });
  const mark = log.requests.length;
  await button.click();
  await reloaded;
  await waitForApp(page);
  await otherReloaded;
  await waitForApp(other);

  const bUrls = new Set(B.files.map((f) => new URL(fileUrl(f), server.url).href));
  const sameOrigin = (u) => u.startsWith(server.origin + '/');
  const strip = (u) => u.split(/[?#]/)[0];
  const after = log.requests.slice(mark).filter(sameOrigin).map(strip);
  const foreign = after.filter((u) => !bUrls.has(u) && !u.endsWith('/sw.js'));
  assert.deepEqual(foreign, [], 'after the update, every request is for a file of build B');
  assert.ok(!after.some((u) => u.endsWith(A.css)), 'build A\'s stylesheet is not requested after the update');
  for (const p of [page, other]) {
    assert.deepEqual(await stylesheet(p), [B.css], 'the reloaded page uses B\'s stylesheet');
    assert.equal(await titleMark(p), JSON.stringify(B_MARK), 'the reader sees build B');
    const resources = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.deepEqual(resources.filter(sameOrigin).map(strip).filter((u) => !bUrls.has(u) && !u.endsWith('/sw.js')), [], 'resources of the reloaded page');
    const controller = await p.evaluate(() => navigator.serviceWorker.controller?.state);
    assert.equal(controller, 'activated');
    assert.equal(await p.locator('#update-notice').count(), 0, 'no update notice after the update');
  }
  assert.deepEqual(Object.keys(await bdscCaches(page)), [`bdsc-${B.id}`], 'only build B\'s cache is left');
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-bdsc-update')), null, 'no update pending after the reload');
  assert.deepEqual([...log.pageErrors, ...otherLog.pageErrors], []);
  assert.deepEqual([...log.consoleErrors, ...otherLog.consoleErrors], []);
  await context.close();
});
