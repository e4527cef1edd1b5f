// 8. No horizontal scroll at 360px. 10. What the first screen looks like,
// light and dark, narrow and wide (screenshots kept for human review).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, REPO } from './harness.mjs';
import { decodePng, luminance, regionStats } from './pixels.mjs';

const SHOTS = path.join(REPO, 'screenshots'); // git-ignored

let env;
before(async () => { env = await setup(); fs.mkdirSync(SHOTS, { recursive: true }); });
after(() => env?.teardown());

// The default view and the widest content (freelance, rupees, long labels).
for (const query of ['', 'mode=freelance&cur=inr&loc=north-america&lang=javascript&ind=healthcare&y=50']) {
  test(`no horizontal scroll at 360px${query ? ` (${query})` : ''}`, async () => {
    const { page } = await env.open({ query, viewport: { width: 360, height: 800 } });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const { scrollWidth, culprits } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      // Name the widest elements, so a failure says where to look.
      culprits: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > 360.5)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''}`),
    }));
    assert.ok(scrollWidth <= 360, `scrollWidth ${scrollWidth} > 360; elements past the edge: ${culprits.join(', ')}`);
  });
}

// A select shows only its chosen option, cut off at its edge. Every option
// of the form's selects, of the embed card's compact form and of the survey
// panel must fit whole, so the inputs read in full on a phone. Each option's
// text is measured with the select's own font against the room the select
// leaves for text: its width less its padding, border and arrow, measured on
// a copy of it sized to its widest option.
for (const [query, scope, folds] of [['', '#inputs', 'closed'], ['embed=1', '.compact-form', 'closed'], ['', '#survey-fold', 'open']]) {
  for (const width of [360, 1280]) {
    test(`every option fits its select at ${width}px (${scope})`, async () => {
      const { page } = await env.open({ query, viewport: { width, height: 800 }, folds });
      if (scope === '#survey-fold') await page.waitForSelector('#survey-country', { timeout: 15_000 });
      const found = await page.evaluate((scope) => {
        const ctx = document.createElement('canvas').getContext('2d');
        const cut = [];
        const selects = [...document.querySelectorAll(`${scope} select`)];
        for (const s of selects) {
          const cs = getComputedStyle(s);
          ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
          const text = (o) => ctx.measureText(o.text).width;
          const widest = Math.max(...[...s.options].map(text));
          // The chrome around the text, from a copy sized to its content
          // (set through the CSSOM, which the page's CSP allows).
          const copy = s.cloneNode(true);
          copy.removeAttribute('id');
          Object.assign(copy.style, { width: 'max-content', maxWidth: 'none', minWidth: '0', position: 'absolute', visibility: 'hidden' });
          s.parentElement.append(copy);
          const chrome = copy.getBoundingClientRect().width - widest;
          copy.remove();
          const room = s.getBoundingClientRect().width - chrome;
          for (const o of s.options) {
            const w = text(o);
            if (w > room + 0.5) cut.push(`#${s.id}: "${o.text}" needs ${Math.ceil(w)} px, has ${Math.floor(room)}`);
          }
        }
        return { count: selects.length, cut };
      }, scope);
      assert.ok(found.count >= ({ '#inputs': 5, '#survey-fold': 2 }[scope] ?? 1), `only ${found.count} selects in ${scope}`);
      assert.deepEqual(found.cut, [], 'options cut off');
    });
  }
}

// What a reader sees on the first screen, judged from the pixels of a
// screenshot: not blank, the theme asked for, the estimate large, legible
// and on screen without scrolling, and every chart drawn. The full-page
// captures stay in screenshots/ for a human look.
for (const colorScheme of ['light', 'dark']) {
  for (const [width, height] of [[360, 800], [1280, 900]]) {
    test(`what a reader sees at ${width}x${height}, ${colorScheme}`, async (t) => {
      const { page, log } = await env.open({ viewport: { width, height }, colorScheme });
      // The survey and claims panels arrive after the first paint.
      await page.waitForSelector('#claims li.claim', { timeout: 15_000 });
      const file = path.join(SHOTS, `calc-${width}x${height}-${colorScheme}.png`);
      // Off-screen sections and charts are not rendered until they near the
      // screen (content-visibility: auto), and a full-page capture does not
      // scroll: for the capture kept for review only, they are rendered
      // (through the CSSOM, which the page's CSP allows), then put back.
      const offscreen = (v) => page.evaluate((v) => document.querySelectorAll('details.fold[open] > section, figure.chart').forEach((el) => { el.style.contentVisibility = v; }), v);
      await offscreen('visible');
      const full = decodePng(await page.screenshot({ path: file, fullPage: true }));
      await offscreen('');
      const screen = decodePng(await page.screenshot({ path: file.replace(/\.png$/, '-first-screen.png') }));
      assert.deepEqual([screen.width, screen.height], [width, height], 'the first-screen capture is the viewport');

      // 1. The estimate is on the first screen, whole, in the result card's
      //    headline at every width (issue 12: on a phone the card leads),
      //    and the sticky bar is hidden while the card is in view.
      const box = async (sel) => {
        const b = await page.locator(sel).boundingBox();
        assert.ok(b, `${sel} is rendered`);
        return b;
      };
      const where = { holder: '#result', figure: '#result .headline', amount: '#estimate', digits: 20 };
      const barShown = await page.evaluate(() => {
        const cs = getComputedStyle(document.querySelector('.sticky-estimate'));
        return cs.display !== 'none' && cs.visibility === 'visible';
      });
      assert.equal(barShown, false, 'no sticky bar while the result card is on screen');
      const figure = await box(where.figure);
      const amountBox = await box(where.amount);
      t.diagnostic(`${where.figure} at x ${Math.round(figure.x)}, y ${Math.round(figure.y)}, ${Math.round(figure.width)}x${Math.round(figure.height)}`);
      assert.ok(figure.x >= 0 && figure.y >= 0 && figure.x + figure.width <= width && figure.y + figure.height <= height,
        `${where.figure} lies inside the first ${width}x${height} screen: ${JSON.stringify(figure)}`);
      const amount = (await page.locator(where.amount).textContent()).trim();
      assert.match(amount, /^\$\d{1,3}(,\d{3})+$/, `${where.amount} shows a dollar amount`);
      assert.equal(amount, (await page.locator('#estimate').textContent()).trim(), 'the amount on the first screen is the estimate');

      // 2. Not blank: ink, more than a handful of colours.
      const all = regionStats(screen);
      t.diagnostic(`first screen: background rgb(${all.background}), ink ${(all.inkShare * 100).toFixed(1)}%, ${all.colours} colours`);
      assert.ok(all.inkShare > 0.03, `the first screen has content (ink on ${(all.inkShare * 100).toFixed(1)}% of it)`);
      assert.ok(all.colours >= 16, `the first screen is more than flat colour (${all.colours} colours)`);

      // 3. The theme: the page's main colour and what holds the estimate.
      const dark = colorScheme === 'dark';
      const themed = (c, what) => {
        const l = luminance(c);
        if (dark) assert.ok(l < 0.05, `${what} is dark in the dark theme: rgb(${c}), luminance ${l.toFixed(3)}`);
        else assert.ok(l > 0.8, `${what} is light in the light theme: rgb(${c}), luminance ${l.toFixed(3)}`);
      };
      themed(all.background, 'the first screen');
      const holder = regionStats(screen, await box(where.holder));
      themed(holder.background, where.holder);

      // 4. The amount: large enough, legible on its background, and its
      //    text on the theme's side (light text on dark, or the reverse).
      const est = regionStats(screen, amountBox);
      t.diagnostic(`${where.amount}: ${est.inkRows} px of ink rows, contrast ${est.extremeContrast.toFixed(1)}:1 (rgb(${est.extreme}) on rgb(${est.background}))`);
      assert.ok(est.inkRows >= where.digits, `the amount is large: its digits are ${est.inkRows} px tall (want >= ${where.digits})`);
      assert.ok(est.extremeContrast >= 7, `the amount contrasts with its background: ${est.extremeContrast.toFixed(1)}:1`);
      assert.ok(dark ? luminance(est.extreme) > 0.5 : luminance(est.extreme) < 0.1, `the amount's text suits the ${colorScheme} theme: rgb(${est.extreme})`);

      // 5. Every chart is drawn where a reader sees it: scrolled to, with no
      //    rendering forced. (Content that comes into view is rendered in the
      //    frame after, so the capture waits two frames.)
      const charts = page.locator('figure.chart svg');
      const names = await charts.evaluateAll((els) => els.map((el) => el.closest('figure').dataset.chart));
      assert.ok(names.length >= 2, `charts on the page: ${names}`);
      assert.ok(full.height > height, 'the full-page capture is kept for review');
      for (let k = 0; k < names.length; k++) {
        await charts.nth(k).scrollIntoViewIfNeeded();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const st = regionStats(decodePng(await charts.nth(k).screenshot()));
        assert.ok(st.inkShare > 0.02 && st.colours >= 4, `chart ${names[k]} is drawn: ink ${(st.inkShare * 100).toFixed(1)}%, ${st.colours} colours`);
      }
      assert.deepEqual(log.pageErrors, []);
    });
  }
}

// Phones with larger text (the browser's text size, here the root font
// size): the amount in crores spilled out of the card and the page scrolled
// sideways; at 200 % the assumptions' fields ran past their panel.
for (const [width, scale, query] of [[320, 125, 'cur=inr&y=30&loc=sf&ind=finance'], [360, 200, 'cur=inr&y=30&loc=sf&ind=finance'], [360, 200, 'y=3']]) {
  test(`text at ${scale} % on a ${width} px phone: nothing wider than the screen (${query})`, async () => {
    const { page } = await env.open({ query, viewport: { width, height: 800 }, bypassCSP: true });
    await page.addStyleTag({ content: `:root { font-size: ${scale}% !important; }` });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await page.locator('#anchor-0').waitFor();
    const r = await page.evaluate((w) => {
      const card = document.querySelector('#result').getBoundingClientRect();
      const amount = document.querySelector('#estimate').getBoundingClientRect();
      const fields = [...document.querySelectorAll('#assumptions input[type=number]')].map((el) => [el.id, el.getBoundingClientRect().right]);
      const panel = document.querySelector('#assumptions').getBoundingClientRect();
      return { scrollWidth: document.documentElement.scrollWidth, card: card.right, amount: amount.right, panel: panel.right, over: fields.filter(([, right]) => right > panel.right + 0.5).map(([id]) => id), w };
    }, width);
    assert.ok(r.amount <= r.card + 0.5, `the amount ends at ${r.amount}, its card at ${r.card}`);
    assert.deepEqual(r.over, [], `fields past the assumptions panel (${r.panel})`);
    assert.ok(r.scrollWidth <= width, `page ${r.scrollWidth} px wide at ${width} px`);
  });
}

test('a notice quoting a long value wraps on a phone: the page never scrolls sideways', async () => {
  for (const [query, width] of [['country=aGVsbG8gd29ybGQgdGhpcyBpcyBhIHRlc3Q', 360], [`y=${'M'.repeat(300)}`, 320]]) {
    const { page } = await env.open({ query, viewport: { width, height: 640 }, folds: 'closed' });
    await page.waitForSelector('.notice');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `${query.slice(0, 20)}…: page ${wide} px wide at ${width}`);
  }
});
