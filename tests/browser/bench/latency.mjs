// Input latency: for each kind of input, N changes, each timed in the page
// from dispatching the input event to the whole view updated, at 1x and with
// the CPU slowed through the DevTools protocol (Emulation.setCPUThrottlingRate).
// Each rate gets a fresh page, so every rate starts from the same state.
// Beside each figure, its floor: the same changes made without their events
// (the app never hears of them), and once per rate a page with nothing but
// one <select>. At 4x on the build machine a frame of the browser's own falls
// inside most windows, so the floor is far from zero; the app's cost is what
// lies above it. In the default view also "same writes, no app": the floor
// plus exactly the DOM writes the app makes for each change (recorded from
// the app, then replayed by plain JavaScript while the app never hears of
// the change): what any implementation showing the same view pays, framework
// or not (tests/browser/bench_replay.test.mjs checks the replay is exact).

import { stats, ms, table } from './stats.mjs';

const cycle = (list, n) => Array.from({ length: n }, (_, i) => list[(i + 1) % list.length]);
const range = (lo, hi) => Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));

/** Each kind of input with values that differ from one change to the next. */
export function kinds(n) {
  return [
    { label: '#years (number)', sel: '#years', values: cycle(range(0, 50), n) },
    { label: '#years-range (slider)', sel: '#years-range', values: cycle(range(0, 50).reverse(), n) },
    { label: '#location (select)', sel: '#location', values: cycle(['sf', 'chicago', 'boston', 'orlando', 'north-america', 'latin-america', 'western-europe', 'eastern-europe', 'asia', 'india', 'us'], n) },
    { label: '#language (select)', sel: '#language', values: cycle(['javascript', 'python', 'java', 'php', 'nodejs', 'any'], n) },
    { label: '#industry (select)', sel: '#industry', values: cycle(['finance', 'media', 'marketing', 'healthcare', 'consulting', 'education', 'any'], n) },
    { label: 'mode (radios)', radio: true, values: cycle(['#mode-freelance', '#mode-salaried'], n) },
    { label: '#currency (select)', sel: '#currency', values: cycle(['eur', 'gbp', 'inr', 'usd'], n) },
    { label: '#hours-per-week (freelance)', sel: '#hours-per-week', before: '#mode-freelance', values: cycle(range(10, 60), n) },
  ];
}

// Runs in the page: change, wait for a DOM mutation, then the next frame.
// With `silent`, the same changes without their events, so the app never
// hears of them: what the browser itself spends on the control (restyling,
// laying out and painting it, and the frame that may fall in the window).
// That is the floor under the measured figure; the app's share is above it.
// The control is then put back to the value the app holds.
async function timeChanges({ sel, radio, values, silent = false }) {
  const root = document.querySelector('main#calculator') || document.body;
  const out = { times: [], dom: [], noChange: 0 };
  const held = radio ? document.querySelector('input[name="mode"]:checked') : document.querySelector(sel);
  const heldValue = radio ? null : held?.value;
  const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
  for (const v of values) {
    const el = document.querySelector(radio ? v : sel);
    if (!el) throw new Error(`missing ${radio ? v : sel}`);
    if (silent) {
      const t0 = performance.now();
      if (radio) el.checked = true;
      else el.value = v;
      await nextTask();
      out.dom.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r()));
      out.times.push(performance.now() - t0);
      continue;
    }
    const changed = new Promise((resolve) => {
      const mo = new MutationObserver(() => { mo.disconnect(); clearTimeout(t); resolve(performance.now()); });
      mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      const t = setTimeout(() => { mo.disconnect(); resolve(false); }, 1000);
    });
    const t0 = performance.now();
    if (radio) el.checked = true;
    else el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    // Yew renders in a microtask; the DOM change is seen right after it.
    // Only then is the end marker queued (a MessageChannel message, which is
    // not clamped like setTimeout), so every task queued during the change,
    // by the browser or by the app's render, runs inside the window: setting
    // a select's value in the render makes Chromium post its autofill task
    // again, after a marker queued straight after the events.
    const tDom = await changed;
    if (!tDom) { out.noChange++; continue; }
    await nextTask();
    const tDone = performance.now();
    await new Promise((r) => requestAnimationFrame(() => r()));
    out.times.push(performance.now() - t0);
    out.dom.push(tDone - t0);
  }
  if (silent && held) {
    if (radio) held.checked = true;
    else held.value = heldValue;
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  return out;
}

// Runs in the page: makes each change with its events, as timeChanges does,
// and records what the app wrote to the page for it, step by step: text and
// attribute changes and nodes added or removed, by their path from the root
// in the page after the change (added nodes are kept as copies in the page,
// in `window.bdscBenchNodes`), and the value or checked state of any other
// form control the render set (a property, which no MutationObserver sees).
// The list of values ends with the control's value before the first, so the
// replay can put the page back as the app last rendered it.
export async function recordWrites({ sel, radio, values }) {
  const root = document.querySelector('main#calculator') || document.body;
  const path = (n) => {
    if (!root.contains(n)) return null;
    const p = [];
    for (; n !== root; n = n.parentNode) p.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
    return p;
  };
  const controls = () => [...root.querySelectorAll('input, select')];
  const snap = () => controls().map((c) => (c.type === 'radio' || c.type === 'checkbox' ? c.checked : c.value));
  const held = radio ? `#${document.querySelector('input[name="mode"]:checked').id}` : document.querySelector(sel).value;
  const nodes = (window.bdscBenchNodes = []);
  const steps = [];
  for (const v of [...values, held]) {
    const el = document.querySelector(radio ? v : sel);
    const before = snap();
    const records = [];
    const mo = new MutationObserver((ms) => records.push(...ms));
    mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    if (radio) el.checked = true;
    else el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    records.push(...mo.takeRecords());
    mo.disconnect();
    // Structure first (removals, then additions), then the writes, whose
    // paths are into the page as it is after the change.
    const removals = [];
    const additions = [];
    const writes = [];
    const added = new Set(records.flatMap((m) => [...m.addedNodes]));
    const inAdded = (n) => { for (; n && n !== root; n = n.parentNode) if (added.has(n)) return true; return false; };
    for (const m of records) {
      const p = path(m.target);
      if (!p) continue; // inside a node since removed: never seen
      if (m.type === 'childList') {
        for (const n of m.removedNodes) removals.push({ p, remove: true, after: m.previousSibling ? path(m.previousSibling) : [] });
        // A node added inside one added in the same change is in its copy.
        if (inAdded(m.target)) continue;
        for (const n of m.addedNodes) {
          if (!root.contains(n)) continue;
          nodes.push(n.cloneNode(true));
          additions.push({ p, add: nodes.length - 1, at: Array.prototype.indexOf.call(n.parentNode.childNodes, n) });
        }
      } else if (m.type === 'characterData') writes.push({ p, text: m.target.nodeValue });
      else writes.push({ p, attr: m.attributeName, value: m.target.getAttribute(m.attributeName) });
    }
    const after = snap();
    controls().forEach((c, i) => {
      if (c !== el && after[i] !== before[i]) writes.push({ p: path(c), prop: c.type === 'radio' || c.type === 'checkbox' ? 'checked' : 'value', value: after[i] });
    });
    steps.push([...removals, ...additions, ...writes]);
  }
  return steps;
}

// Runs in the page: the recorded changes made silently (the app never hears
// of them), each followed by the app's recorded writes, timed as
// timeChanges times a change; then the last step, untimed, which returns
// the page to what the app rendered last.
export async function replayWrites({ sel, radio, values, steps }) {
  const root = document.querySelector('main#calculator') || document.body;
  const at = (p) => p.reduce((n, i) => n && n.childNodes[i], root);
  const apply = (writes) => {
    for (const w of writes) {
      const n = at(w.p);
      if (!n) continue;
      if (w.remove) {
        // The removed node followed `after` (or was the first child; null
        // when the node it followed went too: not replayed, and
        // bench_replay.test.mjs would see the pages differ).
        if (!w.after) continue;
        const prev = w.after.length ? at(w.after) : null;
        const gone = prev ? prev.nextSibling : n.firstChild;
        if (gone) n.removeChild(gone);
      } else if (w.add !== undefined) n.insertBefore(window.bdscBenchNodes[w.add].cloneNode(true), n.childNodes[w.at] || null);
      else if (w.prop) n[w.prop] = w.value;
      else if (w.attr === undefined) n.nodeValue = w.text;
      else if (w.value === null) n.removeAttribute(w.attr);
      else n.setAttribute(w.attr, w.value);
    }
  };
  const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
  const times = [];
  for (let k = 0; k < steps.length; k++) {
    const v = k < values.length ? values[k] : null;
    const t0 = performance.now();
    if (v !== null) {
      const el = document.querySelector(radio ? v : sel);
      if (radio) el.checked = true;
      else el.value = v;
    }
    apply(steps[k]);
    await nextTask();
    if (v !== null) times.push(performance.now() - t0);
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  return times;
}

/** Times every kind at one CPU slowdown rate in a fresh page. */
async function atRate(env, rate, n, log, folds) {
  const { page } = await env.open({ viewport: { width: 1280, height: 900 }, folds });
  try {
    // With the sections open the survey panel shows the data, so every
    // update includes it once it is in. The default view never loads it.
    if (folds === 'open') await page.waitForSelector('#survey-role', { timeout: 15000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const rows = [];
    for (const kind of kinds(n)) {
      if (kind.before) await page.check(kind.before);
      // A short warm-up, so one-off costs (first render of a chart) are not counted.
      // It must not end on the first measured value, or that change would be a no-op.
      let warm = kind.values.slice(1, 6);
      if (warm.at(-1) === kind.values[0]) warm = warm.slice(0, -1);
      await page.evaluate(timeChanges, { ...kind, values: warm });
      const r = await page.evaluate(timeChanges, kind);
      const floor = await page.evaluate(timeChanges, { ...kind, silent: true });
      // The same writes without the app, in the default view only (the view
      // the goals are judged on; it doubles the time a kind takes).
      let bound = stats([]);
      if (folds === 'closed') {
        const steps = await page.evaluate(recordWrites, kind);
        bound = stats(await page.evaluate(replayWrites, { ...kind, steps }));
      }
      rows.push({ label: kind.label, frame: stats(r.times), dom: stats(r.dom), noChange: r.noChange, floor: stats(floor.dom), bound });
      const last = rows.at(-1);
      log(`[bench] latency ${folds} ${rate}x ${kind.label}: median ${ms(last.dom.median)} ms, p95 ${ms(last.dom.p95)} ms (browser floor ${ms(last.floor.median)} / ${ms(last.floor.p95)} ms${bound.n ? `; same writes without the app ${ms(bound.median)} / ${ms(bound.p95)} ms` : ''})`);
    }
    return { rows, survey: folds === 'open' ? await surveyTiming(env, rate, n) : stats([]) };
  } finally {
    await page.context().close();
  }
}

/**
 * The survey recompute alone: the User Timing measures (`bdsc-survey`) the
 * app records around it when the page sets `window.bdscTiming` before it
 * starts. A page of its own, so the marks' cost stays out of the latency
 * figures (the app makes none unless asked).
 */
async function surveyTiming(env, rate, n) {
  const { page } = await env.open({ viewport: { width: 1280, height: 900 }, folds: 'open', init: () => { window.bdscTiming = true; } });
  try {
    await page.waitForSelector('#survey-role', { timeout: 15000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.evaluate(() => performance.clearMeasures('bdsc-survey'));
    await page.evaluate(timeChanges, kinds(n)[0]);
    return stats(await page.evaluate(() => performance.getEntriesByName('bdsc-survey').map((e) => e.duration)));
  } finally {
    await page.context().close();
  }
}

/** The latency tables at each rate in `rates` (e.g. [1, 4]). */
export async function latencyBench(env, { n = 200, rates = [1, 4], log = console.error } = {}) {
  // The page as a reader first meets it (every section closed), then with
  // every section open (the most the page can have to update).
  const views = [
    { folds: 'closed', title: 'the default view (sections closed)' },
    { folds: 'open', title: 'every section open' },
  ];
  const parts = [];
  const all = [];
  for (const v of views) {
    const r = await latencyView(env, { n, rates, log, ...v });
    parts.push(r.markdown);
    all.push({ ...v, byRate: r.byRate });
  }
  parts.push(await bareFloor(env, { n, rates, log }));
  return { markdown: parts.join('\n\n'), byView: all, byRate: all.at(-1).byRate };
}

/**
 * The same silent select changes on a page holding nothing but one
 * unstyled `<select>` and no script: what this browser on this machine
 * spends on a select change at all, whatever the page.
 */
async function bareFloor(env, { n, rates, log }) {
  const rows = [];
  for (const rate of rates) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const opts = ['a', 'b', 'c', 'd', 'e', 'f'];
      // Served from the app's own origin, as the app is, rather than set on
      // about:blank: Chromium's autofill runs a task after each select change,
      // about 0.8 ms at 1x on an http page here and half that on about:blank.
      const url = new URL('bare-select.html', env.server.url).href;
      await context.route(url, (r) => r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>One select</title><label for="s">Choice</label><select id="s">${opts.map((o) => `<option value="${o}">Option ${o}</option>`).join('')}</select>`,
      }));
      await page.goto(url);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const kind = { sel: '#s', values: cycle(opts, n), silent: true };
      await page.evaluate(timeChanges, { ...kind, values: opts.slice(1, 5) });
      const r = stats((await page.evaluate(timeChanges, kind)).dom);
      log(`[bench] latency bare page ${rate}x select: median ${ms(r.median)} ms, p95 ${ms(r.p95)} ms`);
      rows.push([`${rate}×`, r.n, ms(r.median), ms(r.p95)]);
    } finally {
      await context.close();
    }
  }
  return [
    '### The browser alone: a select change on a page with nothing else',
    '',
    table(['CPU', 'changes', 'median ms', 'p95 ms'], rows),
    '',
    'A page from the same origin holding one unstyled `<select>` and no script, changed the way the floor above is (no events): about the least a select change costs in this browser on this machine.',
  ].join('\n');
}

/** The latency tables of one view at each rate. */
async function latencyView(env, { n, rates, log, folds, title }) {
  const byRate = [];
  for (const rate of rates) byRate.push({ rate, ...(await atRate(env, rate, n, log, folds)) });
  const labels = byRate[0].rows.map((r) => r.label);
  const withBound = byRate.some(({ rows: rs }) => rs.some((r) => r.bound.n));
  const head = ['interaction', 'changes', ...byRate.flatMap(({ rate }) => [`${rate}×: median ms`, `${rate}× p95 ms`, `${rate}× floor median / p95 ms`, ...(withBound ? [`${rate}× same writes, no app: median / p95 ms`] : [])])];
  const rows = labels.map((label, i) => {
    const cells = byRate.map(({ rows: rs }) => rs[i]);
    const skipped = cells.reduce((s, c) => s + c.noChange, 0);
    const bound = (c) => `${ms(c.bound.median)} / ${ms(c.bound.p95)}`;
    return [label, `${cells[0].dom.n}${skipped ? ` (${skipped} without DOM change)` : ''}`, ...cells.flatMap((c) => [ms(c.dom.median), ms(c.dom.p95), `${ms(c.floor.median)} / ${ms(c.floor.p95)}`, ...(withBound ? [bound(c)] : [])])];
  });
  const frameRows = labels.map((label, i) => [label, ...byRate.flatMap(({ rows: rs }) => [ms(rs[i].frame.median), ms(rs[i].frame.p95)])]);
  const markdown = [
    `### Input latency, ${title}: input event → whole view updated (${byRate.map((b) => `${b.rate}×`).join(' and ')} CPU)`,
    '',
    table(head, rows),
    '',
    'Measured inside the page: from dispatching the input event to the first task queued after the app\'s DOM change, when Yew has finished re-rendering every component and every task queued during the change has run (the browser\'s autofill task after a select change among them). The slowdown is Chromium\'s CPU throttling (`Emulation.setCPUThrottlingRate`). "Floor": the same changes made without their events, so the app does nothing; what is left is the browser restyling, laying out and painting the control, and the frame that often falls inside the window at 4×. The app\'s own cost is the difference.',
    ...(withBound ? ['', '"Same writes, no app": the floor plus exactly the DOM writes the app made for each change (its text and attribute changes, nodes added and removed, and other form controls set, recorded from the app and replayed by plain JavaScript while the app never hears of the change). It is what any implementation showing the same view pays, framework or not: a goal below it cannot be met on this machine by changing the app.'] : []),
    '',
    '<details><summary>Up to the next animation frame (includes up to one frame of waiting), and the survey recompute</summary>',
    '',
    table(['interaction', ...byRate.flatMap(({ rate }) => [`${rate}×: median ms`, `${rate}× p95 ms`])], [
      ...frameRows,
      ['survey recompute, years changes (User Timing `bdsc-survey`, a page of its own)', ...byRate.flatMap((b) => [ms(b.survey.median), ms(b.survey.p95)])],
    ]),
    '',
    '</details>',
  ].join('\n');
  return { markdown, byRate };
}
