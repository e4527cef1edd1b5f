// On a phone the estimate stays in a bar fixed to the bottom of the screen
// once its card has scrolled away. A control reached with Tab must not sit
// under that bar (WCAG 2.2, 2.4.11 Focus Not Obscured): the page keeps a
// scroll padding as tall as the bar, so the browser scrolls focus clear of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(() => env?.teardown());

test('at 360 px, no control reached with Tab is hidden under the estimate bar', async (t) => {
  const { page } = await env.open({ viewport: { width: 360, height: 740 }, folds: 'closed' });
  await page.focus('#years');
  let barSeen = 0;
  const seen = [];
  for (let k = 0; k < 20; k++) {
    const r = await page.evaluate(() => {
      const el = document.activeElement;
      const bar = document.querySelector('.sticky-estimate');
      const s = getComputedStyle(bar);
      const shown = s.display !== 'none' && s.visibility === 'visible' && Number(s.opacity) > 0.5;
      return { id: el.id || el.textContent.trim().slice(0, 30), bottom: el.getBoundingClientRect().bottom, top: el.getBoundingClientRect().top, barTop: bar.getBoundingClientRect().top, shown, inForm: !!el.closest('#inputs') };
    });
    if (!r.inForm) break;
    seen.push(r.id);
    if (r.shown) {
      barSeen++;
      assert.ok(r.bottom <= r.barTop + 0.5, `${r.id}: its bottom ${r.bottom} is under the bar's top ${r.barTop}`);
    }
    await page.keyboard.press('Tab');
  }
  t.diagnostic(`tabbed through ${seen.join(', ')}; the bar was shown for ${barSeen}`);
  assert.ok(seen.length >= 8, `most of the form reached: ${seen.length}`);
  assert.ok(barSeen >= 3, `the bar was shown for some of them (${barSeen}), so the check ran`);
});
