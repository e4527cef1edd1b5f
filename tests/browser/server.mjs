// A tiny static file server for dist/, with no dependencies (node:http only).
//
// It serves the release build under a sub-path (default /calc/) so that the
// tests prove the app only uses relative URLs, sends the right MIME types
// (browsers refuse to stream-compile .wasm without application/wasm), and
// answers 404 for anything outside the prefix or outside dist/.
//
//   import { start } from './server.mjs';
//   const { url, close } = await start({ root: 'dist', prefix: '/calc/', port: 0 });
//
// As a CLI (used by scripts/serve.sh):
//   node tests/browser/server.mjs [--root dist] [--prefix /calc/] [--port 8080]
//                                 [--host 127.0.0.1] [--csp "default-src 'self'"]

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A Trunk filehash name: `name-<12 to 16 hex digits>[_bg].ext`. */
export const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/;

export function mimeFor(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Starts the server. Resolves to { url, origin, port, close }.
 * `url` ends with the prefix, e.g. http://127.0.0.1:40123/calc/.
 */
export async function start({
  root = 'dist', prefix = '/calc/', port = 0, host = '127.0.0.1', csp = null, log = false,
  // Host name in the returned URL (e.g. 'localhost': another site than 127.0.0.1).
  urlHost = host,
  // Hooks for other static pages (the sample blog): map a path, edit a body.
  rewrite = (rel) => rel,
  transform = (file, body) => body,
  // Access-Control-Allow-Origin: * on every answer (what a host must send
  // for a frame sandboxed with allow-scripts alone; docs/embed.md).
  cors = false,
  // Send a body in parts, `pauseMs` apart, as a slow network would: return
  // the parts for a file, or null to send it whole.
  chunks = () => null,
  pauseMs = 250,
} = {}) {
  // Every path asked for, in order (tests count fetches of the wasm).
  const hits = [];
  const rootDir = path.resolve(root);
  if (!prefix.startsWith('/')) prefix = '/' + prefix;
  if (!prefix.endsWith('/')) prefix += '/';

  const server = http.createServer(async (req, res) => {
    hits.push(req.url);
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
      if (log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed');

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'Bad Request');
    }
    // The bare prefix without its slash: redirect, so relative URLs resolve.
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix });
      return res.end();
    }
    if (!pathname.startsWith(prefix)) return send(404, 'Not Found');

    let rel = pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    rel = rewrite(rel);
    const file = path.resolve(rootDir, rel);
    // Refuse anything that escapes dist/ (../, absolute paths, NUL bytes).
    if (rel.includes('\0') || (file !== rootDir && !file.startsWith(rootDir + path.sep))) return send(404, 'Not Found');

    let body;
    try {
      const st = await fs.stat(file);
      if (!st.isFile()) return send(404, 'Not Found');
      body = transform(file, await fs.readFile(file));
    } catch {
      return send(404, 'Not Found');
    }
    const headers = {
      'Content-Type': mimeFor(file),
      'Content-Length': body.length,
      // Trunk's filehash names (app-<hash>_bg.wasm, data/survey-<hash>.txt)
      // never change content: cache them for good, as a static host should,
      // so two embeds on a page (or a later visit) fetch them once. Stable
      // names (index.html, sw.js, embed.js) are revalidated.
      'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    if (csp && file.endsWith('.html')) headers['Content-Security-Policy'] = csp;
    const parts = req.method === 'HEAD' ? null : chunks(rel, body);
    if (parts) {
      delete headers['Content-Length'];
      res.writeHead(200, headers);
      for (const part of parts) {
        res.write(part);
        await new Promise((r) => setTimeout(r, pauseMs));
      }
      res.end();
      return;
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    if (log) console.log(`200 ${req.method} ${req.url}`);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  const origin = `http://${urlHost.includes(':') ? `[${urlHost}]` : urlHost}:${actualPort}`;
  return {
    url: origin + prefix,
    origin,
    hits,
    port: actualPort,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

// CLI mode: only when run directly, not when imported by the tests.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
  };
  const portArg = opt('port', process.env.PORT ?? '8080');
  const port = Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${portArg}`);
    process.exit(2);
  }
  const root = opt('root', 'dist');
  try {
    await fs.access(path.join(root, 'index.html'));
  } catch {
    console.error(`${root}/index.html not found: build first (trunk build --release).`);
    process.exit(1);
  }
  const s = await start({
    root,
    prefix: opt('prefix', '/calc/'),
    port,
    host: opt('host', '127.0.0.1'),
    csp: opt('csp', null),
    log: args.includes('--log'),
  }).catch((e) => {
    console.error(`Could not listen on port ${port}: ${e.message}`);
    process.exit(1);
  });
  console.log(`Serving ${path.resolve(root)} at ${s.url}  (Ctrl+C to stop)`);
  const stop = () => s.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
