// Renders the app icons (PNG) from static/favicon.svg with Debian's Chromium
// through playwright-core. Run by hand when the favicon changes; the PNGs are
// committed, the build does not run this.
//
//   node scripts/make-icons.mjs
//
// Chromium rasterises the SVG on a canvas; this script writes the pixels as
// an indexed-colour PNG when they have at most 256 distinct RGBA values
// (lossless, and a third of the size of a truecolour PNG), else as RGBA.
//
// Writes static/icons/icon-192.png, icon-512.png (the favicon as drawn, with
// transparent rounded corners) and icon-maskable-512.png (full-bleed
// background, the glyph inside the 80% safe zone that maskable icons need).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(root, 'static/favicon.svg'), 'utf8');
const out = path.join(root, 'static/icons');
const background = svg.match(/<rect[^>]*fill="(#[0-9a-f]{3,6})"/i)?.[1] ?? '#0a58a8';

// Maskable: the background fills the square; the favicon's glyph (everything
// but its background rect) is scaled to 60% and centred, well inside the
// safe zone (a circle of 80% diameter).
const glyph = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<rect[^>]*\/>/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background}"/>` +
  `<g transform="translate(12.8 12.8) scale(.6)">${glyph}</g></svg>`;

const jobs = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

// --- a minimal PNG encoder (8-bit indexed or RGBA, filter 0 on every row) ---
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(width, height, rgba) {
  const colours = new Map();
  for (let i = 0; i < rgba.length && colours.size <= 256; i += 4) {
    const key = rgba.readUInt32BE(i);
    if (!colours.has(key)) colours.set(key, colours.size);
  }
  const indexed = colours.size <= 256;
  const bpp = indexed ? 1 : 4;
  const raw = Buffer.alloc((width * bpp + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * bpp + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (indexed) raw[row + 1 + x] = colours.get(rgba.readUInt32BE(i));
      else rgba.copy(raw, row + 1 + x * 4, i, i + 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = indexed ? 3 : 6; // palette or RGBA
  const parts = [Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr)];
  if (indexed) {
    const keys = [...colours.keys()];
    const plte = Buffer.alloc(keys.length * 3);
    const trns = Buffer.alloc(keys.length);
    keys.forEach((k, n) => {
      plte[n * 3] = k >>> 24; plte[n * 3 + 1] = (k >>> 16) & 255; plte[n * 3 + 2] = (k >>> 8) & 255;
      trns[n] = k & 255;
    });
    parts.push(chunk('PLTE', plte));
    if (keys.some((k) => (k & 255) !== 255)) parts.push(chunk('tRNS', trns));
  }
  parts.push(chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)));
  return { png: Buffer.concat(parts), indexed, colours: colours.size };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>icons</title>');
  fs.mkdirSync(out, { recursive: true });
  for (const job of jobs) {
    // Unpremultiplied RGBA straight from a canvas the SVG was drawn on.
    const pixels = await page.evaluate(async ({ svg, size }) => {
      const img = new Image(size, size);
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0, size, size);
      return Array.from(ctx.getImageData(0, 0, size, size).data);
    }, { svg: job.svg, size: job.size });
    const { png, indexed, colours } = encodePng(job.size, job.size, Buffer.from(pixels));
    fs.writeFileSync(path.join(out, job.file), png);
    console.log(`${job.file}: ${job.size}x${job.size}, ${indexed ? `indexed, ${colours} colours` : 'RGBA'}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
