// Embedding: examples/blog.html, served from a different site (localhost vs
// the calculator's 127.0.0.1), holds two calculator iframes. embed.js sizes
// each iframe from the height its own frame reports, ignores messages from
// anything else, and the host's styles and the calculator's stay apart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, track, waitForApp, REPO } from './harness.mjs';
import { startBlog } from './blog-server.mjs';
import { decodePng, luminance, regionStats } from './pixels.mjs';

const SHOTS = path.join(REPO, 'screenshots');
let env, blog;
before(async () => {
  env = await setup();
  blog = await startBlog({ calcUrl: env.server.url, urlHost: 'localhost' });
});
after(async () => {
  await blog?.close();
  await env?.teardown();
});

async function openBlog(width) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const log = track(page);
  await page.goto(blog.url, { waitUntil: 'load' });
  const frames = {};
  for (const id of ['calc-sf', 'calc-eu']) {
    const el = page.locator(`#${id}`);
    await el.scrollIntoViewIfNeeded(); // off-screen cross-origin frames do not render
    frames[id] = { el, frame: await (await el.elementHandle()).contentFrame() };
    await waitForApp(frames[id].frame);
  }
  return { context, page, log, frames };
}

/** Waits until the iframe's height attribute matches its content's height. */
async function settled({ el, frame }, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    await el.scrollIntoViewIfNeeded();
    const attr = Number(await el.getAttribute('height'));
    const inner = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    }));
    const box = await el.boundingBox();
    last = { attr, ...inner, box: box && Math.round(box.height) };
    if (Math.abs(attr - inner.content) <= 3 && Math.abs(attr - inner.scroll) <= 3 && Math.abs(last.box - attr) <= 1) return attr;
    if (Date.now() > deadline) throw new Error(`iframe height did not settle: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const htmlClasses = (frame) => frame.evaluate(() => [...document.documentElement.classList]);

for (const width of [360, 1280]) {
  test(`blog page at ${width}px: two isolated, self-sizing embeds`, async (t) => {
    const { context, page, log, frames } = await openBlog(width);
    const sf = frames['calc-sf'];
    const eu = frames['calc-eu'];
    try {
      // Each iframe is sized to its content (not the initial 900).
      const hSf = await settled(sf);
      const hEu = await settled(eu);
      t.diagnostic(`heights: calc-sf ${hSf}px, calc-eu ${hEu}px`);
      assert.equal(await page.evaluate(() => JSON.stringify(window.bdscEmbed)), '{"version":1}');

      // The presets from the iframe URLs are applied.
      assert.equal(await sf.frame.inputValue('#years'), '8');
      assert.equal(await sf.frame.inputValue('#location'), 'sf');
      assert.ok(await eu.frame.isChecked('#mode-freelance'), 'calc-eu is in freelance mode');

      // Styles stay on their own side.
      const host = await page.evaluate(() => {
        const cs = (sel) => getComputedStyle(document.querySelector(sel));
        return { h2: cs('h2').fontFamily, h2Style: cs('h2').fontStyle, body: cs('body').fontFamily, button: cs('article button').textTransform };
      });
      assert.match(host.h2, /Palatino/, 'host h2 keeps its font');
      assert.equal(host.h2Style, 'italic');
      assert.match(host.body, /Georgia/, 'host body keeps its font');
      assert.equal(host.button, 'uppercase', 'host buttons keep their style');
      const inner = await sf.frame.evaluate(() => ({
        h2: getComputedStyle(document.querySelector('h2')).fontFamily,
        body: getComputedStyle(document.body).fontFamily,
      }));
      assert.doesNotMatch(inner.h2, /Palatino/, 'the host\'s h2 font does not reach the calculator');
      assert.doesNotMatch(inner.body, /Georgia/, 'the host\'s body font does not reach the calculator');

      fs.mkdirSync(SHOTS, { recursive: true });
      // The viewport around the first embed (full-page captures leave
      // off-screen cross-origin frames unpainted).
      await page.evaluate(() => document.querySelector('#calc-sf').closest('figure').previousElementSibling.previousElementSibling.scrollIntoView());
      await page.waitForTimeout(300);
      const shot = decodePng(await page.screenshot({ path: path.join(SHOTS, `blog-${width}.png`) }));
      // What the reader sees there: the cream blog page, and inside it the
      // calculator painted in its dark theme (an unpainted or unstyled frame
      // would be flat, or light).
      const frameBox = await sf.el.boundingBox();
      const visible = { x: frameBox.x, y: Math.max(0, frameBox.y), width: frameBox.width, height: Math.min(900, frameBox.y + frameBox.height) - Math.max(0, frameBox.y) };
      assert.ok(visible.height >= 300, `at least 300 px of the calc-sf frame on screen: ${JSON.stringify(visible)}`);
      const inFrame = regionStats(shot, visible);
      t.diagnostic(`calc-sf on screen: background rgb(${inFrame.background}), ink ${(inFrame.inkShare * 100).toFixed(1)}%, ${inFrame.colours} colours`);
      assert.ok(luminance(inFrame.background) < 0.05, `the dark-theme embed is dark: rgb(${inFrame.background})`);
      assert.ok(inFrame.inkShare > 0.05 && inFrame.colours >= 16, 'the embed is painted (text and controls, not a flat box)');
      const hostArea = regionStats(shot, { x: 0, y: 0, width, height: Math.max(1, visible.y) });
      assert.ok(luminance(hostArea.background) > 0.8, `the host page around it stays light: rgb(${hostArea.background})`);

      // An input change resizes that iframe only. (The default embed is the
      // estimate card: the US average has no location step, so the card is
      // shorter; salaried and freelance cards can be the same height.)
      const euBefore = await eu.el.getAttribute('height');
      await sf.el.scrollIntoViewIfNeeded();
      // The breakdown starts closed (issue 12); opened, it lists the city step
      // that the US average does not have.
      await sf.frame.locator('#breakdown-fold > summary').click();
      const hOpen = await settled(sf);
      assert.ok(hOpen > hSf, `opening the breakdown grows the frame (${hSf} -> ${hOpen}px)`);
      await sf.frame.selectOption('#location', 'us');
      const deadline = Date.now() + 5_000;
      while (Number(await sf.el.getAttribute('height')) === hOpen) {
        if (Date.now() > deadline) throw new Error(`calc-sf stayed at ${hOpen}px after switching to the US average`);
        await page.waitForTimeout(50);
      }
      const hSf2 = await settled(sf);
      t.diagnostic(`calc-sf at the US average: ${hSf2}px`);
      assert.notEqual(hSf2, hOpen);
      assert.equal(await eu.el.getAttribute('height'), euBefore, 'the other iframe keeps its height');
      // And back: it grows again (the measure is the content, not the frame).
      await sf.frame.selectOption('#location', 'sf');
      assert.ok(Math.abs((await settled(sf)) - hOpen) <= 3, 'back to San Francisco, back to the height before');

      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });
}

test('each frame gets its view classes: html.embed, theme-*, accent-*', async (t) => {
  const { context, frames } = await openBlog(1280);
  try {
    const [cSf, cEu] = [await htmlClasses(frames['calc-sf'].frame), await htmlClasses(frames['calc-eu'].frame)];
    t.diagnostic(`html classes: calc-sf [${cSf}], calc-eu [${cEu}]`);
    assert.ok(cSf.includes('embed') && cEu.includes('embed'), 'html.embed in both frames');
    assert.ok(cSf.includes('theme-dark') && !cSf.includes('theme-light'), 'calc-sf: theme-dark');
    assert.ok(cEu.includes('theme-light') && !cEu.includes('theme-dark'), 'calc-eu: theme-light');
    assert.ok(cSf.includes('accent-purple'), 'calc-sf: accent-purple');
    assert.ok(cEu.includes('accent-green'), 'calc-eu: accent-green');
  } finally {
    await context.close();
  }
});

test('embed.js ignores messages from the wrong source, origin or shape', async () => {
  const { context, page, log, frames } = await openBlog(1280);
  try {
    const sf = frames['calc-sf'];
    const eu = frames['calc-eu'];
    await settled(sf);
    await settled(eu);
    const heights = async () => page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('iframe[data-bdsc-embed]')].map((f) => [f.id, f.getAttribute('height')])));
    // The blog's two estimate cards (its other embeds are tested in embed_parts).
    const before = await heights().then((h) => ({ 'calc-sf': h['calc-sf'], 'calc-eu': h['calc-eu'] }));

    // 1. From the host page itself (source is not an iframe).
    await page.evaluate(() => window.postMessage({ source: 'bdsc-embed', version: 1, type: 'height', height: 555 }, '*'));
    // 2. From a real embed, but malformed or out of range.
    for (const bad of [
      { source: 'bdsc-embed', version: 1, type: 'height', height: 50 },
      { source: 'bdsc-embed', version: 1, type: 'height', height: 1e9 },
      { source: 'bdsc-embed', version: 1, type: 'height', height: Number.NaN },
      { source: 'bdsc-embed', version: 1, type: 'height', height: '555' },
      { source: 'bdsc-embed', version: 2, type: 'height', height: 555 },
      { source: 'other', version: 1, type: 'height', height: 555 },
      { source: 'bdsc-embed', version: 1, type: 'width', height: 555 },
      'bdsc-embed height 555',
    ]) {
      await sf.frame.evaluate((m) => window.parent.postMessage(m, '*'), bad);
    }
    // 3. The right iframe element, but its document is now from another
    //    origin (the blog's), so event.origin differs from its src's origin.
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.id = 'calc-moved';
      f.setAttribute('data-bdsc-embed', '');
      f.setAttribute('height', '300');
      f.src = src;
      document.querySelector('article').append(f);
    }, env.server.url + '?embed=1');
    const movedEl = page.locator('#calc-moved');
    const first = await (await movedEl.elementHandle()).contentFrame();
    await first.waitForLoadState('load');
    // The frame navigates itself (its src attribute keeps the calculator's URL).
    const elsewhere = blog.url + 'not-the-calculator.txt';
    await first.evaluate((u) => { window.location.href = u; }, elsewhere);
    await page.waitForFunction(() => {
      try { return document.querySelector('#calc-moved').contentWindow.location.href.length > 0; } catch { return false; }
    }, null, { timeout: 10_000 }); // readable: same origin as the host now
    const moved = await (await movedEl.elementHandle()).contentFrame();
    await moved.waitForLoadState('load');
    assert.equal(moved.url(), elsewhere);
    await page.evaluate(() => document.querySelector('#calc-moved').setAttribute('height', '300'));
    await moved.evaluate(() => window.parent.postMessage({ source: 'bdsc-embed', version: 1, type: 'height', height: 555 }, '*'));

    await page.waitForTimeout(500);
    const afterAll = await heights();
    assert.deepEqual({ 'calc-sf': afterAll['calc-sf'], 'calc-eu': afterAll['calc-eu'] }, before, 'the real embeds are unchanged');
    assert.equal(afterAll['calc-moved'], '300', 'a frame whose origin does not match its src is ignored');

    // Control: the same kind of message from the right frame is accepted.
    await sf.frame.evaluate(() => window.parent.postMessage({ source: 'bdsc-embed', version: 1, type: 'height', height: 555 }, '*'));
    await page.waitForFunction(() => document.querySelector('#calc-sf').getAttribute('height') === '555', null, { timeout: 2_000 });
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});
