// Trunk post_build step (Trunk.toml [[hooks]]), after the prerender and
// before the minifier: builds the full app, the page's second module.
//
// Trunk builds the page's first module (index.html: bin `lite`, feature
// `lite`; see src/app/full.rs). The full app is the same crate's bin `app`
// without that feature, built here the way Trunk builds the first one:
// cargo (release or debug, as Trunk's build), wasm-bindgen --target web,
// and in release builds wasm-opt with the level and parameters of the
// first module's <link data-trunk rel="rust"> in index.html (one place).
// Its files get content-hashed names (full-<hash>.js, full-<hash>_bg.wasm),
// which are written into the staged boot.js, whose `bdscFull()` loads them
// when the page first needs them.
//
//   node scripts/build-full.mjs    (run as a Trunk hook: needs $TRUNK_STAGING_DIR)
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('build-full: run as a Trunk hook (TRUNK_STAGING_DIR unset)');
  process.exit(2);
}
const release = process.env.TRUNK_PROFILE === 'release';
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const run = (cmd, args) => execFileSync(cmd, args, { cwd: source, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

// wasm-opt settings of the first module, from index.html.
const html = fs.readFileSync(process.env.TRUNK_HTML_FILE || path.join(source, 'index.html'), 'utf8');
const link = html.match(/<link\b[^>]*\bdata-trunk\b[^>]*\brel="rust"[^>]*>/)?.[0] ?? '';
const level = link.match(/\bdata-wasm-opt="([^"]*)"/)?.[1] ?? '0';
const params = (link.match(/\bdata-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);

run('cargo', ['build', '--target=wasm32-unknown-unknown', '--bin', 'app', ...(release ? ['--release'] : [])]);
const target = JSON.parse(run('cargo', ['metadata', '--format-version=1', '--no-deps'])).target_directory;
const built = path.join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'app.wasm');

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bdsc-full-'));
try {
  run('wasm-bindgen', ['--target=web', `--out-dir=${out}`, '--out-name=full', '--no-typescript', built]);
  const wasm = path.join(out, 'full_bg.wasm');
  if (release && level !== '0') run('wasm-opt', [`-O${level}`, wasm, `--output=${wasm}`, ...params]);
  const js = fs.readFileSync(path.join(out, 'full.js'));
  const bytes = fs.readFileSync(wasm);
  const hash = crypto.createHash('sha256').update(js).update(bytes).digest('hex').slice(0, 16);
  const names = { js: `full-${hash}.js`, wasm: `full-${hash}_bg.wasm` };
  for (const f of fs.readdirSync(staging).filter((f) => /^full-[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(f))) fs.rmSync(path.join(staging, f));
  fs.writeFileSync(path.join(staging, names.js), js);
  fs.writeFileSync(path.join(staging, names.wasm), bytes);

  const boot = path.join(staging, 'boot.js');
  const text = fs.readFileSync(boot, 'utf8');
  const marked = /'@bdsc-full-js'|'@bdsc-full-wasm'/g;
  if ((text.match(marked) || []).length !== 2) throw new Error('build-full: the markers of the full app\'s names are not in boot.js');
  fs.writeFileSync(boot, text.replace("'@bdsc-full-js'", `'${names.js}'`).replace("'@bdsc-full-wasm'", `'${names.wasm}'`));
  console.log(`build-full: ${names.js}, ${names.wasm} (${bytes.length} bytes)`);
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
