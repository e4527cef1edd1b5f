// Trunk post_build step (Trunk.toml [[hooks]]), after the prerender and
// before scripts/post-build.mjs: minifies the release build's JavaScript in
// the staging directory. Trunk's own minifier minifies the CSS and HTML but
// fails on wasm-bindgen's ES module loader ("export default"), and copies
// static/*.js unminified. Debug builds are left readable.
//
//   node scripts/minify.mjs [dir]    (default: $TRUNK_STAGING_DIR)
//
// sw.js is left alone: scripts/post-build.mjs rewrites its marked line.
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const SKIP = new Set(['sw.js']);

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify: give the staging directory (or run as a Trunk hook)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

let before = 0;
let after = 0;
for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.js') && !SKIP.has(f)).sort()) {
  const file = path.join(dir, name);
  const code = fs.readFileSync(file, 'utf8');
  // The wasm-bindgen loader is an ES module; static/*.js are classic scripts.
  const module = /^\s*export\s/m.test(code);
  const out = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  fs.writeFileSync(file, out.code);
  before += code.length;
  after += out.code.length;
}
console.log(`minify: JavaScript ${before} -> ${after} bytes`);
