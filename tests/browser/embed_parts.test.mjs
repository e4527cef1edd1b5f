// Embed parts (issue 11): each part embedded cross-origin (a host page on
// localhost, the calculator on 127.0.0.1) and measured at 360 and 700 px
// wide; two embeds on one page fetch the wasm and the data once; a lazy
// frame far below the fold loads nothing until scrolled near; an embed asks
// nothing of any origin but its own; a frame sandboxed with allow-scripts
// alone works with CORS and says so without; the script-tag variant; and
// screenshots of the sample blog page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, track, DIST, REPO } from './harness.mjs';
import { start } from './server.mjs';
import { startBlog } from './blog-server.mjs';

const SHOTS = path.join(REPO, 'screenshots');
let calc, calcCors, host, blog, browser, dir;

/** Host pages written to a temp dir, served from the other origin. */
function hostPage(name, body) {
  fs.writeFileSync(path.join(dir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px sans-serif} iframe{display:block;border:0}</style>
<script src="{{CALC_URL}}embed.js" defer></script></head><body>${body}</body></html>`);
  return host.url + name;
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bdsc-parts-'));
  fs.writeFileSync(path.join(dir, 'blog.html'), 'index');
  calc = await start({ root: DIST, prefix: '/calc/' });
  calcCors = await start({ root: DIST, prefix: '/calc/', cors: true });
  host = await startBlog({ calcUrl: calc.url, root: dir, urlHost: 'localhost', prefix: '/host/' });
  blog = await startBlog({ calcUrl: calc.url, urlHost: 'localhost' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const s of [calc, calcCors, host, blog]) await s?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function openHost(url, width, height = 900) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const log = track(page);
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, log };
}

async function frameOf(page, sel) {
  const el = page.locator(sel);
  await el.scrollIntoViewIfNeeded();
  return { el, frame: await (await el.elementHandle()).contentFrame() };
}

/** The iframe's height once its attribute matches its content (embed.js). */
async function settled({ el, frame }, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    await el.scrollIntoViewIfNeeded();
    const attr = Number(await el.getAttribute('height'));
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    last = { attr, content };
    if (Math.abs(attr - content) <= 3) {
      await new Promise((r) => setTimeout(r, 400)); // and it stays there
      if (Number(await el.getAttribute('height')) === attr) return attr;
    }
    if (Date.now() > deadline) throw new Error(`iframe height did not settle: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// What each part must show, and must not.
const PARTS = [
  { q: '', name: 'card', ready: '#estimate', has: ['#estimate', '#years', '#location', '#mode-salaried'], not: ['figure.chart', '#survey', '#article-vs-data', '#assumptions', '#embed-data-credits'] },
  { q: 'part=chart&chart=experience', name: 'chart experience', ready: 'figure.chart', has: ['figure.chart[data-chart="experience"]', '#years'], not: ['#estimate', 'figure.chart[data-chart="modes"]', '#survey', '#mode-salaried'] },
  { q: 'part=chart&chart=regions', name: 'chart regions', ready: 'figure.chart', has: ['figure.chart[data-chart="regions"]'], not: ['figure.chart[data-chart="experience"]'] },
  { q: 'part=chart&chart=cities', name: 'chart cities', data: 'government', ready: 'figure.chart', has: ['figure.chart[data-chart="cities"]', '#location'], not: ['figure.chart[data-chart="experience"]', '#mode-freelance'] },
  { q: 'part=survey', name: 'survey', data: 'all', ready: '#survey-position', has: ['#survey', '#years'], not: ['#estimate', '#article-vs-data', '#mode-salaried'] },
  { q: 'part=claims', name: 'claims', data: 'all', ready: '#article-vs-data li.claim', has: ['#article-vs-data'], not: ['#estimate', '#years', '#survey'] },
  { q: 'part=full', name: 'full', data: 'all', ready: '#estimate', has: ['#estimate', '#survey', '#article-vs-data', 'figure.chart[data-chart="cities"]', '#industry'], not: ['#share'] },
];
const heights = {};

for (const part of PARTS) {
  test(`part ${part.name}: shows its panels; height at 360 and 700 px`, async (t) => {
    for (const width of [360, 700]) {
      const q = `embed=1&y=8&loc=sf${part.q ? `&${part.q}` : ''}`;
      const url = hostPage(`p-${part.name.replace(' ', '-')}-${width}.html`,
        `<iframe data-bdsc-embed id="f" src="{{CALC_URL}}?${q.replaceAll('&', '&amp;')}" title="t" width="${width}" height="300"></iframe>`);
      const { context, page, log } = await openHost(url, width + 40);
      try {
        const f = await frameOf(page, '#f');
        await f.frame.waitForSelector('#boot', { state: 'detached', timeout: 30_000 });
        await f.frame.waitForSelector(part.ready, { timeout: 30_000 });
        for (const sel of part.has) assert.ok(await f.frame.$(sel), `${part.name} has ${sel}`);
        for (const sel of part.not) assert.equal(await f.frame.$(sel), null, `${part.name} has no ${sel}`);
        // A part that is one section shows no fold toggle: one tap on it
        // folded away the embed's only content.
        if (['chart', 'survey', 'claims'].some((n) => part.name.startsWith(n))) {
          const toggles = await f.frame.$$eval('details.fold > summary', (ss) => ss.filter((s) => s.checkVisibility()).length);
          assert.equal(toggles, 0, `${part.name}: no fold toggle`);
        }
        // Nothing wider than the frame (the compact form's radios and a
        // metro search ran past it on phones).
        assert.ok(await f.frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${part.name} at ${width}: no sideways scroll`);
        // A part that shows survey or government figures credits them in its
        // footer, with the ODbL for the Stack Overflow tables; a part that
        // shows only the article's figures credits no data it does not show.
        const credits = await f.frame.$eval('footer', (ft) => ft.querySelector('#embed-data-credits')?.textContent ?? '');
        if (part.data === 'all') {
          for (const want of [/Stack Overflow/, /ODbL/, /Bureau of Labor Statistics/, /Department of Labor/, /DOU/])
            assert.match(credits, want, `${part.name}: the footer credits ${want}`);
          assert.equal(await f.frame.getAttribute('#embed-data-credits a', 'href'), 'https://opendatacommons.org/licenses/odbl/1-0/');
        } else if (part.data === 'government') {
          assert.match(credits, /^Data: U\.S\. Bureau of Labor Statistics OEWS May 2024 and U\.S\. Department of Labor OFLC prevailing wages 2025-26 \(public domain\)\.$/, part.name);
        } else {
          assert.equal(credits, '', `${part.name}: no data credits`);
        }
        // Links to sources open a tab of their own: followed inside the
        // frame, they would take the calculator away from the host page.
        const inFrame = await f.frame.$$eval('#calculator a[href], footer a[href]', (as) => as
          .filter((a) => !a.getAttribute('href').startsWith('#') && !a.hasAttribute('download') && a.target !== '_blank')
          .map((a) => a.getAttribute('href')));
        assert.deepEqual(inFrame, [], `${part.name}: links that would navigate the frame`);
        // One click to the full calculator, same inputs, no embed.
        const full = new URL(await f.frame.getAttribute('#open-full', 'href'));
        assert.equal(full.origin, calc.origin);
        assert.equal(full.searchParams.get('y'), '8');
        assert.equal(full.searchParams.get('embed'), null);
        const h = await settled(f);
        heights[`${part.name} @${width}`] = h;
        t.diagnostic(`${part.name} at ${width}px: ${h}px`);
        if (part.name === 'card' && width === 700) assert.ok(h <= 700, `the default embed is at most 700 px tall at 700 px wide: ${h}`);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    }
  });
}

// The card at a phone's width with a US metro area chosen (its search and
// its line ran 500 px wide), and narrower than any phone (the radios were
// cut); in a host page whose reset makes every box border-box (Bootstrap,
// Tailwind), where the frame's own border was taken out of its height and
// its content scrolled.
test('the card on a phone with a metro area, at 280 px, and under a border-box reset', async () => {
  for (const [width, q, reset] of [[360, 'y=15&loc=metro&metro=42660', false], [280, 'y=8', false], [1000, 'y=8', true]]) {
    const url = hostPage(`card-${width}-${reset}.html`, `${reset ? '<style>*,*::before,*::after{box-sizing:border-box} iframe{border:2px inset #999 !important}</style>' : ''}
<iframe data-bdsc-embed id="f" src="{{CALC_URL}}?embed=1&amp;${q.replaceAll('&', '&amp;')}" title="t" width="${width}" height="300"></iframe>`);
    const { context, page, log } = await openHost(url, width + 40);
    try {
      const f = await frameOf(page, '#f');
      await f.frame.waitForSelector('#estimate', { timeout: 30_000 });
      if (q.includes('metro')) await f.frame.waitForFunction(() => /Chosen: Seattle/.test(document.querySelector('#metro-chosen')?.textContent ?? ''), null, { timeout: 15_000 });
      // Under the reset the height attribute is the content's plus the
      // frame's border (embed.js adds it): wait for the content to fit.
      if (reset) await f.frame.waitForFunction(() => document.documentElement.scrollHeight <= window.innerHeight, null, { timeout: 10_000 }).catch(() => {});
      else await settled(f);
      const r = await f.frame.evaluate(() => {
        const form = document.querySelector('.compact-form').getBoundingClientRect();
        const radios = [...document.querySelectorAll('.compact-form .radio')].map((l) => l.getBoundingClientRect().right);
        return { sw: document.documentElement.scrollWidth, w: window.innerWidth, form: form.right, radios, scrolls: document.documentElement.scrollHeight - window.innerHeight };
      });
      assert.ok(r.sw <= r.w, `${width}: ${r.sw} px of content in ${r.w}`);
      assert.ok(r.radios.every((x) => x <= r.form + 0.5), `${width}: the radios end at ${r.radios}, the form at ${r.form}`);
      assert.ok(r.scrolls <= 0, `${width}${reset ? ', border-box' : ''}: the frame's content scrolls by ${r.scrolls} px`);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  }
});

test('heights table (for docs/embed.md)', (t) => {
  if (Object.keys(heights).length === 0) return t.skip('no part was measured');
  t.diagnostic(JSON.stringify(heights));
  assert.ok(heights['card @700'] <= 700);
});

test('two embeds on one page fetch the wasm and the data once, and only from their own origin', async (t) => {
  const url = hostPage('two.html',
    '<iframe data-bdsc-embed id="a" src="{{CALC_URL}}?embed=1&amp;y=2" title="a" width="600" height="600"></iframe>' +
    '<iframe data-bdsc-embed id="b" src="{{CALC_URL}}?embed=1&amp;part=survey&amp;y=9" title="b" width="600" height="600"></iframe>');
  const start = calc.hits.length;
  const { context, page, log } = await openHost(url, 700, 1400);
  const byFrame = [];
  page.on('request', (r) => byFrame.push({ url: r.url(), frame: r.frame()?.url() ?? '' }));
  try {
    for (const id of ['#a', '#b']) {
      const f = await frameOf(page, id);
      await f.frame.waitForSelector('#boot', { state: 'detached', timeout: 30_000 });
    }
    await (await frameOf(page, '#b')).frame.waitForSelector('#survey-position', { timeout: 30_000 });
    await page.waitForTimeout(1500); // let any late fetch (service worker) happen
    const hits = calc.hits.slice(start).map((h) => h.split('?')[0]);
    const count = (re) => hits.filter((h) => re.test(h)).length;
    t.diagnostic(`calculator server hits: ${JSON.stringify(hits)}`);
    assert.equal(count(/_bg\.wasm$/), 1, 'the wasm is fetched once');
    assert.equal(count(/survey-[0-9a-f]+\.txt$/), 1, 'the data is fetched once');
    assert.equal(count(/\/calc\/(index\.html)?$/), 2, 'each frame loads its page');
    const foreign = byFrame.filter((r) => r.frame.startsWith(calc.origin) && !r.url.startsWith(calc.origin) && !r.url.startsWith('data:'));
    assert.deepEqual(foreign, [], 'an embed asks nothing of any other origin');
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a lazy frame far below the fold loads nothing until scrolled near', async () => {
  const url = hostPage('lazy.html',
    '<p>Top of the post.</p><div id="spacer" style="height:6000px"></div>' +
    '<iframe data-bdsc-embed id="late" loading="lazy" src="{{CALC_URL}}?embed=1&amp;y=37" title="late" width="600" height="600"></iframe>');
  const start = calc.hits.length;
  const { context, page } = await openHost(url, 800, 900);
  try {
    await page.waitForTimeout(2000);
    const early = calc.hits.slice(start).filter((h) => h.includes('y=37'));
    assert.deepEqual(early, [], 'nothing requested for the far frame while it is off screen');
    await page.locator('#late').scrollIntoViewIfNeeded();
    const deadline = Date.now() + 10_000;
    while (!calc.hits.slice(start).some((h) => h.includes('y=37'))) {
      if (Date.now() > deadline) throw new Error('the lazy frame never loaded after scrolling to it');
      await page.waitForTimeout(100);
    }
  } finally {
    await context.close();
  }
});

for (const withCors of [false, true]) {
  test(`sandbox="allow-scripts" frame, host ${withCors ? 'with' : 'without'} CORS headers`, async (t) => {
    const server = withCors ? calcCors : calc;
    const name = `sandbox-${withCors}.html`;
    fs.writeFileSync(path.join(dir, name), fs.readFileSync(path.join(dir, 'two.html'), 'utf8').replace(/<body>[\s\S]*<\/body>/,
      `<body><iframe data-bdsc-embed id="s" sandbox="allow-scripts" src="${server.url}?embed=1&amp;y=6" title="s" width="600" height="600"></iframe></body>`));
    const { context, page } = await openHost(host.url + name, 700);
    try {
      const f = await frameOf(page, '#s');
      const outcome = await Promise.race([
        // The prerendered page already shows a figure; "works" means the live
        // app has taken it over.
        f.frame.waitForFunction(() => document.documentElement.hasAttribute('data-bdsc-ready')
          && /\d/.test(document.querySelector('#estimate')?.textContent ?? ''), null, { timeout: 30_000 }).then(() => 'works'),
        f.frame.waitForSelector('#sandbox-fallback', { timeout: 30_000 }).then(() => 'message'),
      ]);
      t.diagnostic(`sandboxed, ${withCors ? 'with' : 'without'} CORS: ${outcome}`);
      if (outcome === 'message') {
        const text = await f.frame.textContent('#sandbox-fallback');
        assert.match(text, /sandboxed/);
        assert.match(await f.frame.getAttribute('#sandbox-fallback a', 'href'), new RegExp(`^${server.url}\\?y=6$`));
        // The prerendered view below it is styled: the stylesheet carried an
        // integrity hash, which needs CORS in an opaque origin, and the
        // fallback was bare HTML (the hidden duplicate labels showing).
        await f.frame.waitForFunction(() => document.styleSheets.length > 0 && [...document.styleSheets].some((s) => /style-/.test(s.href ?? '')));
        const hidden = await f.frame.$eval('#estimate', (e) => getComputedStyle(document.querySelector('.visually-hidden') ?? e).position);
        assert.equal(hidden, 'absolute', 'the stylesheet applies (visually hidden text is hidden)');
      }
      assert.equal(outcome, withCors ? 'works' : 'message', 'with CORS it works; without, it says why');
    } finally {
      await context.close();
    }
  });
}

test('sample blog page: several parts, the script-tag variant; screenshots', async (t) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 360]) {
    const { context, page, log } = await openHost(blog.url, width, 900);
    try {
      // The script tag became a lazy, titled frame of the calculator's origin.
      const made = page.locator('#calc-survey-frame');
      assert.equal(await made.getAttribute('loading'), 'lazy');
      assert.equal(await made.getAttribute('title'), 'Backend developer salary against survey data');
      const src = new URL(await made.getAttribute('src'));
      assert.equal(src.origin + src.pathname, calc.url);
      assert.equal(src.searchParams.get('part'), 'survey');
      for (const id of ['calc-sf', 'calc-eu', 'calc-chart', 'calc-claims', 'calc-survey-frame']) {
        const f = await frameOf(page, `#${id}`);
        await f.frame.waitForSelector('#boot', { state: 'detached', timeout: 30_000 });
        t.diagnostic(`${width}px ${id}: ${await settled(f)}px`);
      }
      for (const [id, shot] of [['calc-sf', 'card'], ['calc-chart', 'chart'], ['calc-claims', 'claims']]) {
        await page.evaluate((i) => document.getElementById(i).closest('figure').scrollIntoView(), id);
        await page.waitForTimeout(400);
        await page.screenshot({ path: path.join(SHOTS, `blog-parts-${shot}-${width}.png`) });
      }
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  }
});

test('snippet builder: parts, chart, script-tag variant and a same-origin live preview', async () => {
  const { context, page, log } = await openHost(`${calc.url}?y=8`, 1280);
  try {
    // The share section starts closed (issue 12): the reader opens it.
    await page.waitForSelector('html[data-bdsc-ready]', { timeout: 30_000 });
    await page.locator('#share-fold > summary').click();
    await page.waitForSelector('#embed-part', { timeout: 30_000 });
    await page.selectOption('#embed-part', 'chart');
    await page.selectOption('#embed-chart', 'cities');
    const snippet = await page.inputValue('#embed-snippet');
    const src = new URL(snippet.match(/<iframe src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
    assert.equal(src.origin, calc.origin);
    assert.equal(src.searchParams.get('part'), 'chart');
    assert.equal(src.searchParams.get('chart'), 'cities');
    assert.equal(src.searchParams.get('y'), '8');
    assert.match(snippet, /title="Backend developer salary chart"/);
    assert.match(snippet, /loading="lazy"/);
    // The preview is this page at the snippet's address, once the choices
    // have settled (it is not reloaded on every change).
    const preview = page.locator('#embed-preview');
    await page.waitForFunction((href) => document.querySelector('#embed-preview')?.getAttribute('src') === href, src.href, { timeout: 5_000 });
    assert.equal(await preview.getAttribute('src'), src.href);
    await preview.scrollIntoViewIfNeeded();
    const frame = await (await preview.elementHandle()).contentFrame();
    await frame.waitForSelector('figure.chart[data-chart="cities"]', { timeout: 30_000 });
    assert.equal(await frame.$$eval('figure.chart', (f) => f.length), 1);
    // It grows to its content, as the hint under the snippet says.
    const h = await settled({ el: preview, frame });
    assert.ok(h > 700, `the preview grew from its first 700 px to its content: ${h}`);
    // One script tag instead.
    await page.check('#embed-script');
    const tag = await page.inputValue('#embed-snippet');
    assert.match(tag, /^<script src="[^"]+\/calc\/embed\.js" data-bdsc-query="y=8&amp;embed=1&amp;part=chart&amp;chart=cities" data-bdsc-title="Backend developer salary chart" data-bdsc-height="700" defer><\/script>$/);
    // Another part: the chart picked for part=chart stays out of its snippet.
    await page.selectOption('#embed-part', 'survey');
    assert.doesNotMatch(await page.inputValue('#embed-snippet'), /chart=/, 'no chart= for the survey part');
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});
