// Share panel (#share): the link and the embed snippet reproduce the current
// inputs; the snippet's iframe src opens the same estimate in embed mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitForApp } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

const valueOrText = (loc) => loc.evaluate((el) => ('value' in el && typeof el.value === 'string' && el.tagName !== 'BUTTON' ? el.value : el.textContent).trim());
const unescapeHtml = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

test('share link and embed snippet reproduce the current inputs', async (t) => {
  const { page, context, log } = await env.open();
  await page.fill('#years', '13');
  await page.selectOption('#location', 'chicago');
  await page.check('#mode-freelance');
  await page.waitForFunction(() => {
    const q = new URLSearchParams(location.search);
    return q.get('y') === '13' && q.get('loc') === 'chicago' && q.get('mode') === 'freelance';
  }, null, { timeout: 5_000 });
  const estimate = (await page.locator('#estimate').textContent()).trim();

  // The link.
  const link = new URL(await valueOrText(page.locator('#share-link')), env.server.url);
  assert.equal(link.searchParams.get('y'), '13');
  assert.equal(link.searchParams.get('loc'), 'chicago');
  assert.equal(link.searchParams.get('mode'), 'freelance');
  assert.equal(link.origin + link.pathname, env.server.url, 'the link points at this page');

  // The snippet: an iframe with embed=1 and the same inputs.
  const snippet = await valueOrText(page.locator('#embed-snippet'));
  t.diagnostic(`snippet: ${snippet}`);
  const m = /<iframe\b[^>]*\bsrc="([^"]+)"[^>]*>/.exec(snippet);
  assert.ok(m, 'the snippet contains an <iframe src="...">');
  assert.match(m[0], /\bdata-bdsc-embed\b/, 'the iframe carries data-bdsc-embed (for embed.js)');
  assert.match(m[0], /\btitle="[^"]+"/, 'the iframe has a title');
  const src = new URL(unescapeHtml(m[1]), env.server.url);
  assert.equal(src.searchParams.get('embed'), '1');
  for (const [k, v] of [['y', '13'], ['loc', 'chicago'], ['mode', 'freelance']]) assert.equal(src.searchParams.get(k), v, `src ${k}`);
  assert.match(snippet, /<script\b[^>]*\bsrc="[^"]*embed\.js"/, 'the snippet includes embed.js');

  // Copy buttons put the same texts on the clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await page.click('#copy-link');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await valueOrText(page.locator('#share-link')));
  await page.click('#copy-snippet');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  const said = () => page.locator('#share .copy-msg').allTextContents();
  await page.waitForFunction(() => [...document.querySelectorAll('#share .copy-msg')].every((m) => m.textContent === 'Copied.'));
  // Copying again is said again: the status empties, then says it.
  await page.evaluate(() => {
    window.copyMsgs = [];
    new MutationObserver(() => window.copyMsgs.push(document.querySelector('#share .copy-msg').textContent))
      .observe(document.querySelector('#share .copy-msg'), { childList: true, characterData: true, subtree: true });
  });
  await page.click('#copy-link');
  await page.waitForFunction(() => window.copyMsgs.at(-1) === 'Copied.');
  assert.ok((await page.evaluate(() => window.copyMsgs)).includes(''), 'emptied before it is said again');
  // "Copied." stays only beside the text copied: after a change the link is
  // a new one, not yet on the clipboard.
  await page.fill('#years', '9');
  await page.waitForFunction(() => /(^|[?&])y=9(&|$)/.test(document.querySelector('#share-link').value));
  assert.deepEqual(await said(), ['', ''], 'no "Copied." beside a text not copied');

  // Opening the iframe's src shows the same estimate.
  const other = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  try {
    const p2 = await other.newPage();
    await p2.goto(src.href, { waitUntil: 'load' });
    await waitForApp(p2);
    assert.equal((await p2.locator('#estimate').textContent()).trim(), estimate);
  } finally {
    await other.close();
  }
  assert.deepEqual(log.pageErrors, []);
});

// The live preview is a whole page of this app: it follows the inputs only
// once they have been still for a moment (share.rs, `use_settled`), so a
// drag of the slider loads it once, at the end, not at every step.
test('the embed preview loads once after a quick run of changes, with the last inputs', async () => {
  const { page, log } = await env.open();
  await page.locator('#embed-preview').waitFor({ state: 'attached', timeout: 5_000 });
  const srcs = await page.evaluate(async () => {
    const frame = document.querySelector('#embed-preview');
    const seen = [];
    const mo = new MutationObserver(() => seen.push(frame.getAttribute('src')));
    mo.observe(frame, { attributes: true, attributeFilter: ['src'] });
    const el = document.querySelector('#years-range');
    for (let y = 20; y <= 32; y++) {
      el.value = String(y);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 40));
    }
    await new Promise((r) => setTimeout(r, 1200));
    mo.disconnect();
    return seen;
  });
  assert.equal(srcs.length, 1, `one load for 13 changes: ${JSON.stringify(srcs)}`);
  assert.equal(new URL(srcs[0], 'http://x/').searchParams.get('y'), '32', 'the preview has the last value');
  assert.deepEqual(log.pageErrors, []);
});
