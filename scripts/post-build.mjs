// Trunk post_build hook (Trunk.toml [[hooks]]): runs on the staging directory
// that becomes dist/, after every asset is in place. No dependencies.
//
// 1. index.html: the wasm download starts after the first paint (see
//    startAfterPaint); this changes Trunk's inline loader, so it comes first.
// 2. index.html: inserts a Content-Security-Policy <meta> allowing scripts
//    only from the origin plus the sha256 of each inline script Trunk wrote
//    (its module loader, as changed by 1). frame-ancestors cannot be set by a
//    meta tag: a host that wants to restrict framing must send it as a header.
// 3. sw.js: writes the build id and the exact list of this build's files into
//    the line marked "@bdsc-build", so the service worker precaches this
//    build and nothing else.
//
//   node scripts/post-build.mjs [dir]    (default: $TRUNK_STAGING_DIR)
//
// The functions are exported for the tests (tests/browser/update.test.mjs
// makes a second build from a copy of dist/).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SW = 'sw.js';
const MARKER = /^.*\/\/ @bdsc-build$/m;
const CSP_META = /[ \t]*<meta http-equiv="Content-Security-Policy"[^>]*>\n?/gi;

/** Every file under dir as a sorted list of '/'-separated relative paths. */
export function walk(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return walk(full, base);
      return e.isFile() ? [path.relative(base, full).split(path.sep).join('/')] : [];
    })
    .sort();
}

/**
 * The files the service worker precaches: all but sw.js, source maps and
 * hidden paths (e.g. dist/.stage/ while another build is running).
 */
export function buildFiles(dir) {
  return walk(dir).filter((f) => f !== SW && !f.endsWith('.map') && !f.split('/').some((part) => part.startsWith('.')));
}

/** The URL a file is precached under, relative to the worker's scope. */
export function fileUrl(file) {
  return file === 'index.html' ? './' : file;
}

/** sha256 of the file names and contents, 16 hex digits. */
export function buildId(dir, files = buildFiles(dir)) {
  const h = crypto.createHash('sha256');
  for (const f of files) {
    h.update(f).update('\0');
    h.update(crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest()).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/** Inline <script> bodies in an HTML text. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
}

export function cspFor(html) {
  const hashes = inlineScripts(html).map((s) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`);
  return [
    "default-src 'self'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** index.html with exactly one CSP meta, right after <meta charset>. */
export function injectCsp(html) {
  const clean = html.replace(CSP_META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspFor(clean)}">`;
  const charset = /<meta charset=[^>]*>\n?/i;
  if (!charset.test(clean)) throw new Error('post-build: index.html has no <meta charset>');
  return clean.replace(charset, (m) => `${m.endsWith('\n') ? m : m + '\n'}  ${meta}\n`);
}

/** Rewrites sw.js's marked line with this build's id and files. */
export function writeServiceWorker(dir) {
  const swPath = path.join(dir, SW);
  if (!fs.existsSync(swPath)) throw new Error(`post-build: ${swPath} missing (index.html must copy static/sw.js)`);
  const files = buildFiles(dir);
  const id = buildId(dir, files);
  const src = fs.readFileSync(swPath, 'utf8');
  if (!MARKER.test(src)) throw new Error('post-build: sw.js has no "// @bdsc-build" line');
  const line = `const BUILD_ID = ${JSON.stringify(id)}; const FILES = ${JSON.stringify(files.map(fileUrl))}; // @bdsc-build`;
  fs.writeFileSync(swPath, src.replace(MARKER, () => line));
  return { id, files };
}

const AFTER_PAINT = '/*bdsc:after-paint*/';
const WASM_PRELOAD = /<link\b(?=[^>]*\brel=["']?preload\b)(?=[^>]*_bg\.wasm)[^>]*>\n?/gi;
const INIT_CALL = /const wasm = await init\(/;

/**
 * index.html whose wasm download starts only after the first paint (and
 * which, in an embed, starts the full app instead of the first module): no
 * preload of the wasm while the HTML is parsed, and Trunk's module loader
 * waits for a frame (or 100 ms, if frames are throttled in a hidden tab or
 * frame) before it calls `init`. The prerendered page is the content; the
 * wasm only takes it over, and a download that starts before the first paint
 * is counted by Lighthouse as part of the largest paint (measured: its
 * simulated LCP jumped from 1.0 s to 2.1 s when the preload raced the paint).
 * Idempotent, so the hook can run again on a built copy.
 */
export function startAfterPaint(html) {
  const out = html.replace(WASM_PRELOAD, '');
  if (out.includes(AFTER_PAINT)) return out;
  if (!INIT_CALL.test(out)) throw new Error("post-build: Trunk's module loader (const wasm = await init(...)) not found in index.html");
  // An embed shows parts only the full app has: it starts that instead of
  // the first module (window.bdscFull, static/boot.js).
  return out.replace(INIT_CALL, (m) => `${AFTER_PAINT}await new Promise((r) => { requestAnimationFrame(() => setTimeout(r)); setTimeout(r, 100); });\n`
    + `${m.replace('await init(', "document.documentElement.hasAttribute('data-bdsc-embed') ? await window.bdscFull() : await init(")}`);
}

/** The whole hook: index.html (loader, then CSP; it is part of the build id), then sw.js. */
export function postBuild(dir) {
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, injectCsp(startAfterPaint(fs.readFileSync(index, 'utf8'))));
  return writeServiceWorker(dir);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('post-build: no directory (TRUNK_STAGING_DIR unset and no argument)');
    process.exit(2);
  }
  try {
    const { id, files } = postBuild(dir);
    console.log(`post-build: build ${id}, ${files.length} files precached, CSP added to index.html`);
  } catch (e) {
    console.error(String(e.message || e));
    process.exit(1);
  }
}
