// 8. No horizontal scroll at 360px. 10. Screenshots for human review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, REPO } from './harness.mjs';

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

for (const colorScheme of ['light', 'dark']) {
  for (const [width, height] of [[360, 800], [1280, 900]]) {
    test(`screenshot ${width}x${height} ${colorScheme}`, async () => {
      const { page } = await env.open({ viewport: { width, height }, colorScheme });
      const file = path.join(SHOTS, `calc-${width}x${height}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok(fs.statSync(file).size > 1000, `${file} written`);
    });
  }
}
