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
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { start } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const EXAMPLES = path.resolve(here, '../../examples');

/**
 * host: the address to listen on; urlHost: the host name the page is
 * reached by (e.g. 'localhost', a different site from '127.0.0.1').
 */
export async function startBlog({ calcUrl, root = EXAMPLES, port = 0, host = '127.0.0.1', urlHost = host, prefix = '/blog/' } = {}) {
  if (!calcUrl) throw new Error('startBlog: calcUrl is required');
  return start({
    root, prefix, port, host, urlHost,
    rewrite: (rel) => (rel === 'index.html' ? 'blog.html' : rel),
    transform: (file, body) => (file.endsWith('.html') ? Buffer.from(body.toString('utf8').replaceAll('{{CALC_URL}}', calcUrl)) : body),
  });
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
