// Extra: the build runs under a strict Content-Security-Policy, as a careful
// static host would send: scripts only from the origin (plus the hash of
// Trunk's inline loader), wasm compile allowed, no eval, connections only to
// the origin. This also backs "no request leaves the origin" at the browser
// level.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setup, DIST } from './harness.mjs';

function policy() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1]).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    // No inline styles at all: the app styles everything through classes.
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

let env;
before(async () => { env = await setup({ csp: policy() }); });
after(() => env?.teardown());

test('boots and works under a strict Content-Security-Policy', async (t) => {
  t.diagnostic(policy());
  const { page, log } = await env.open();
  await page.selectOption('#currency', 'eur');
  await page.waitForFunction(() => /€/.test(document.querySelector('#estimate')?.textContent ?? ''), null, { timeout: 5000 });
  const violations = log.consoleErrors.filter((m) => /Content Security Policy/i.test(m));
  assert.deepEqual(violations, [], 'CSP violations');
  // Belt and braces: no element carries a style attribute.
  const styled = await page.evaluate(() => document.querySelectorAll('[style]').length);
  assert.equal(styled, 0, 'elements with inline style attributes');
  assert.deepEqual(log.pageErrors, []);
});

test('a policy that blocks the module loader shows the page and its fallback at once, not after the timeout', async () => {
  // The host forgot the loader's hash: the inline module script is refused
  // and fires no error event.
  const strict = policy().replace(/ 'sha256-[^']+'/g, '');
  const other = await setup({ csp: strict });
  try {
    const { page } = await other.open({ query: 'y=20&loc=sf', wait: false });
    const t0 = Date.now();
    await page.waitForSelector('html[data-bdsc-fail]', { timeout: 8000 });
    assert.ok(Date.now() - t0 < 8000, 'well before the 10 s timeout');
    assert.ok(await page.locator('#nowasm').isVisible(), 'the could-not-start line is shown');
    assert.ok(await page.locator('#estimate').isVisible(), 'the prerendered estimate is shown');
  } finally {
    await other.teardown();
  }
});
