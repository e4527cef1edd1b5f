// dist/ served compressed, as a static host serves it: brotli or gzip chosen
// by the request's Accept-Encoding. A thin proxy in front of the tests'
// server (../server.mjs), so paths, MIME types and 404s stay exactly theirs
// and the tests keep their uncompressed server.
//
// Compressed bodies are cached by content hash and every file in dist/ is
// compressed at start-up, so no request pays for brotli level 11 (a static
// host serves pre-compressed files; compressing on the fly would inflate the
// server response time Lighthouse observes).

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { start } from '../server.mjs';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|wasm|manifest\+json|xml)|image\/svg\+xml)/;
// Hosts leave tiny bodies alone: the encoding overhead would outweigh the saving.
const MIN_BYTES = 256;

const ENCODERS = {
  br: (b) => zlib.brotliCompressSync(b, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length },
  }),
  gzip: (b) => zlib.gzipSync(b, { level: 9 }),
};

/** The encoding to answer with: br if accepted, else gzip, else none (q=0 refuses). */
export function pickEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of String(acceptEncoding).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (e) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  return ['br', 'gzip'].find(ok) ?? null;
}

/**
 * Starts the compressing server for `root` under `prefix`.
 * Resolves to { url, origin, close, served } where `served` counts the
 * responses by encoding (br / gzip / identity) and their bytes on the wire.
 */
export async function startCompressed({ root, prefix = '/calc/', host = '127.0.0.1' } = {}) {
  const inner = await start({ root, prefix, port: 0, host });
  const cache = new Map();
  const compress = (enc, body) => {
    const key = `${enc}:${crypto.createHash('sha256').update(body).digest('hex')}`;
    if (!cache.has(key)) cache.set(key, ENCODERS[enc](body));
    return cache.get(key);
  };
  for (const f of fs.readdirSync(root, { recursive: true })) {
    const p = path.join(root, f);
    if (!fs.statSync(p).isFile()) continue;
    const body = fs.readFileSync(p);
    for (const enc of Object.keys(ENCODERS)) compress(enc, body);
  }

  const served = { br: { responses: 0, bytes: 0 }, gzip: { responses: 0, bytes: 0 }, identity: { responses: 0, bytes: 0 } };
  const server = http.createServer((req, res) => {
    const headers = { ...req.headers, 'accept-encoding': 'identity' };
    const up = http.request(inner.origin + req.url, { method: req.method, headers }, (ur) => {
      const chunks = [];
      ur.on('data', (c) => chunks.push(c));
      ur.on('end', () => {
        let body = Buffer.concat(chunks);
        const out = { ...ur.headers, vary: 'Accept-Encoding' };
        // Hop-by-hop headers of the inner connection do not apply to this one.
        for (const h of ['transfer-encoding', 'connection', 'keep-alive']) delete out[h];
        const enc = ur.statusCode === 200 && body.length >= MIN_BYTES && COMPRESSIBLE.test(out['content-type'] ?? '')
          ? pickEncoding(req.headers['accept-encoding'])
          : null;
        if (enc) {
          body = compress(enc, body);
          out['content-encoding'] = enc;
        }
        out['content-length'] = body.length;
        served[enc ?? 'identity'].responses++;
        served[enc ?? 'identity'].bytes += body.length;
        res.writeHead(ur.statusCode, out);
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    });
    up.on('error', (e) => { res.writeHead(502); res.end(String(e)); });
    up.end();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const origin = `http://${host}:${server.address().port}`;
  return {
    url: origin + (prefix.startsWith('/') ? prefix : `/${prefix}`),
    origin,
    served,
    close: async () => {
      server.closeAllConnections?.();
      await new Promise((r) => server.close(() => r()));
      await inner.close();
    },
  };
}
