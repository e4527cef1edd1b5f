// Raw and gzip (zlib level 9) size of every file in dist/: used by the size
// budget test and by the benchmark's report.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const BUDGET = 150 * 1024; // 153,600 bytes

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

export function sizeTable(dist) {
  const rows = files(dist).map((f) => {
    const raw = fs.readFileSync(f);
    return { file: path.relative(dist, f), raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
  }).sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { rows, total };
}

export function formatTable({ rows, total }) {
  const n = (x) => x.toLocaleString('en-US');
  const lines = ['| file | raw bytes | gzip -9 bytes |', '| --- | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.file} | ${n(r.raw)} | ${n(r.gzip)} |`);
  lines.push(`| **total** | **${n(total.raw)}** | **${n(total.gzip)}** |`);
  return lines.join('\n');
}
