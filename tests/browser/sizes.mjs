// Raw and gzip (zlib level 9) size of every file in dist/, split into what the
// browser fetches for the first paint and what comes later. Used by the size
// test and by the benchmark's report. Sizes are deterministic for a build.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// The project's goal for the first load (README, "Size").
export const GOAL = 150 * 1024;
// Regression budget actually asserted: the measured first load plus about
// 1 KB. Until 6 Dec 2026 the first load was the whole app (227,219 B, the
// goal missed by 73 KB); since then it is the page's first module (the form
// and the estimate, src/app/full.rs), 147,262 B, and the full app is loaded
// when a section opens. Lower this as the page shrinks; never raise it
// silently, and never above the goal. Raised on 6 Dec (night) from 145 to
// 146 KiB, for 148,623 B: a select now follows the state after a loaded
// scenario or a reset (+117 B, a bug fix), each form select has a form of
// its own (+76 B, 0.2 ms less autofill per change) and the address write
// keeps one timer instead of one per change (+194 B, 0.1 ms per change).
// Raised on 7 Dec from 146 KiB (149,504 B) to 149,900 B, for 149,813 B after
// that day's bug fixes: the number fields keep what the reader types
// (+0.5 KB: clearing a field and typing gave a number the reader never
// typed), leaving India takes back the rupees it suggested, printing, the
// no-app lines, a dark embed from the first paint (together +0.5 KB of CSS,
// HTML, boot script and wasm), less the checks only the full app needs
// (-1.2 KB moved out of the first module). Kept under 150,000 B, so the goal
// holds whether "150 KB" is read as KiB (153,600 B) or as kB.
// Lowered on 7 Dec (second session) to 147,600 B, for about 146.6 KB: the
// breakdown's sentences left the first module (-4.9 KB; opening the
// breakdown loads the full app) and wasm-opt --converge (-170 B), against
// that session's fixes (+1.5 KB).
// Raised on 7 Dec (third session) to 148,300 B, for 147,823 B: that
// session's honesty and wording fixes (the ladder credited to the unnamed
// reports, which end of the range the estimate is, assumptions named in
// the line of why, saved inputs and scenarios kept with one bad value,
// notices capped) added 691 B to the first module, 177 B to the
// prerendered page and 85 B of CSS. Then to 149,400 B, for 148,847 B: the
// estimate announced once the inputs are still (+479 B; eight slider steps
// queued eight announcements), a refused number told once the typing
// pauses (+589 B; "1" on the way to "1800" interrupted with an alert), a
// metro link's note in the first module (+147 B). Both built on hooks the
// module already had: a state and an effect hook of their own cost
// 1.9 KB. Then to 149,600 B, for 149,437 B: the hostile-input round of
// the fourth session (invisible characters shown in notices, a nameless
// parameter named, a saved copy's notices not called "the address", each
// name once in a scenario's notice, inputs after # named; +534 B), and
// boot.js giving up at once when a CSP blocks the loader (+60 B).
export const BUDGET = 149_600;
// Issue #3: the survey data file, fetched after the first paint.
export const DATA_BUDGET = 60 * 1024;

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

/// Files the page itself asks for before its first paint: index.html and
/// everything it references (scripts, styles, icons, manifest, preloads).
export function firstLoadFiles(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  // Only what the browser fetches by itself (not <a href> links, nor code
  // shown as text); quoted or not, since the release build's HTML is minified.
  const refs = [...html.matchAll(/<(?:script|link|img)\b[^>]*>/gi)]
    .map((tag) => tag[0].match(/\s(?:href|src)=(?:"([^"#?]*)"|'([^'#?]*)'|([^\s>"'#?]+))/i))
    .filter(Boolean)
    .map((m) => (m[1] ?? m[2] ?? m[3]).replace(/^\.\//, ''))
    .filter((r) => r && !/^[a-z]+:/i.test(r) && fs.existsSync(path.join(dist, r)) && fs.statSync(path.join(dist, r)).isFile());
  // The wasm that the inline module loader fetches (its URL is in the
  // script's text: no tag preloads it, see scripts/post-build.mjs).
  const loaded = [...html.matchAll(/['"](?:\.?\/)?(?:[^'"\s]*\/)?([^'"\s/]+_bg\.wasm)['"]/g)].map((m) => m[1])
    .filter((r) => fs.existsSync(path.join(dist, r)));
  return new Set(['index.html', ...refs, ...loaded]);
}

export function sizeTable(dist) {
  const first = firstLoadFiles(dist);
  const rows = files(dist).map((f) => {
    const raw = fs.readFileSync(f);
    const file = path.relative(dist, f);
    return { file, raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length, first: first.has(file) };
  }).sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip || a.file.localeCompare(b.file));
  const sum = (rs) => rs.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { rows, firstLoad: sum(rows.filter((r) => r.first)), later: sum(rows.filter((r) => !r.first)), total: sum(rows) };
}

export function formatTable({ rows, firstLoad, later, total }) {
  const n = (x) => x.toLocaleString('en-US');
  const lines = ['| file | when | raw bytes | gzip -9 bytes |', '| --- | --- | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.file} | ${r.first ? 'first load' : 'later / on demand'} | ${n(r.raw)} | ${n(r.gzip)} |`);
  lines.push(`| **first load** | | **${n(firstLoad.raw)}** | **${n(firstLoad.gzip)}** |`);
  lines.push(`| later / on demand | | ${n(later.raw)} | ${n(later.gzip)} |`);
  lines.push(`| all of dist/ | | ${n(total.raw)} | ${n(total.gzip)} |`);
  return lines.join('\n');
}
