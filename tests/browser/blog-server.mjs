// Serves the sample host page (examples/) on its own port, so the calculator
// embedded in it is genuinely cross-origin. Every "{{CALC_URL}}" in an
// .html file is replaced by the calculator's URL (e.g.
// http://127.0.0.1:8080/calc/), which is how examples/blog.html finds it.
//
//   import { startBlog } from './blog-server.mjs';
//   const blog = await startBlog({ calcUrl: calc.url });   // blog.url ends with /blog/
//
// CLI (scripts/serve.sh):
//   node tests/browser/blog-server.mjs --calc-url http://127.0.0.1:8080/calc/ [--port 8081] [--host 127.0.0.1]
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mimeFor } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const EXAMPLES = path.resolve(here, '../../examples');

/**
 * host: the address to listen on; urlHost: the host name the page is
 * reached by (e.g. 'localhost', a different site from '127.0.0.1').
 */
export async function startBlog({ calcUrl, root = EXAMPLES, port = 0, host = '127.0.0.1', urlHost = host, prefix = '/blog/' } = {}) {
  if (!calcUrl) throw new Error('startBlog: calcUrl is required');
  const rootDir = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'Bad Request');
    }
    if (!pathname.startsWith(prefix)) return send(404, 'Not Found');
    let rel = pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    if (rel === 'index.html') rel = 'blog.html';
    const file = path.resolve(rootDir, rel);
    if (rel.includes('\0') || !file.startsWith(rootDir + path.sep)) return send(404, 'Not Found');
    let body;
    try {
      body = await fs.readFile(file);
    } catch {
      return send(404, 'Not Found');
    }
    if (file.endsWith('.html')) body = Buffer.from(body.toString('utf8').replaceAll('{{CALC_URL}}', calcUrl));
    send(200, body, { 'Content-Type': mimeFor(file), 'Content-Length': body.length });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  const origin = `http://${urlHost}:${actualPort}`;
  return {
    url: origin + prefix,
    origin,
    port: actualPort,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
  };
  const calcUrl = opt('calc-url', 'http://127.0.0.1:8080/calc/');
  const host = opt('host', '127.0.0.1');
  const s = await startBlog({ calcUrl, port: Number(opt('port', '8081')), host, urlHost: opt('url-host', host === '127.0.0.1' ? 'localhost' : host) })
    .catch((e) => {
      console.error(`Could not start the blog server: ${e.message}`);
      process.exit(1);
    });
  console.log(`Sample blog page (embeds ${calcUrl}) at ${s.url}`);
  const stop = () => s.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
