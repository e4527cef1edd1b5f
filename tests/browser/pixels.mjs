// What a screenshot looks like, in numbers: a small PNG decoder (node's zlib,
// 8-bit RGB/RGBA, not interlaced: what Chromium writes) and the statistics
// the layout tests assert on (background, ink, contrast).
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Decodes a PNG buffer into { width, height, rgba } (rgba: Uint8Array, 4 bytes a pixel). */
export function decodePng(buf) {
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width, height, depth, colorType, interlace;
  const idat = [];
  for (let pos = 8; pos < buf.length;) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      [depth, colorType] = [data[8], data[9]];
      interlace = data[12];
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const channels = { 2: 3, 6: 4 }[colorType];
  if (depth !== 8 || !channels || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1)) throw new Error(`PNG data is ${raw.length} bytes, expected ${height * (stride + 1)}`);
  const cur = new Uint8Array(stride);
  let prev = new Uint8Array(stride);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter} on line ${y}`);
      cur[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      rgba[o] = cur[x * channels];
      rgba[o + 1] = cur[x * channels + 1];
      rgba[o + 2] = cur[x * channels + 2];
      rgba[o + 3] = channels === 4 ? cur[x * channels + 3] : 255;
    }
    prev = Uint8Array.from(cur);
  }
  return { width, height, rgba };
}

/** WCAG relative luminance of an [r, g, b] colour (0 black … 1 white). */
export function luminance([r, g, b]) {
  const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1 … 21). */
export function contrast(c1, c2) {
  const [l1, l2] = [luminance(c1), luminance(c2)].sort((a, b) => b - a);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * Statistics of a rectangle of a decoded image (clipped to the image):
 * background: the most common colour; inkShare: the share of pixels that
 * differ from it by more than 48 (sum of channel differences); colours: how
 * many distinct colours (quantised to 4 bits a channel); extreme: the pixel
 * with the highest contrast against the background; stripes: how many rows
 * hold any ink (for the height of text).
 */
export function regionStats(img, { x = 0, y = 0, width = img.width, height = img.height } = {}) {
  const x0 = Math.max(0, Math.floor(x)), y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(img.width, Math.ceil(x + width)), y1 = Math.min(img.height, Math.ceil(y + height));
  const counts = new Map();
  const px = (i) => [img.rgba[i], img.rgba[i + 1], img.rgba[i + 2]];
  for (let yy = y0; yy < y1; yy++) {
    for (let xx = x0; xx < x1; xx++) {
      const i = (yy * img.width + xx) * 4;
      const key = (img.rgba[i] << 16) | (img.rgba[i + 1] << 8) | img.rgba[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const total = (x1 - x0) * (y1 - y0);
  if (total <= 0) throw new Error(`empty region ${JSON.stringify({ x, y, width, height })}`);
  let bgKey = 0, best = -1;
  const quantised = new Set();
  for (const [k, n] of counts) {
    if (n > best) { best = n; bgKey = k; }
    quantised.add(((k >> 20) & 0xf) << 8 | ((k >> 12) & 0xf) << 4 | ((k >> 4) & 0xf));
  }
  const background = [(bgKey >> 16) & 0xff, (bgKey >> 8) & 0xff, bgKey & 0xff];
  let ink = 0, extreme = background, extremeContrast = 1;
  const inkRows = new Set();
  for (const [k, n] of counts) {
    const c = [(k >> 16) & 0xff, (k >> 8) & 0xff, k & 0xff];
    if (Math.abs(c[0] - background[0]) + Math.abs(c[1] - background[1]) + Math.abs(c[2] - background[2]) > 48) ink += n;
    const r = contrast(c, background);
    if (r > extremeContrast) { extremeContrast = r; extreme = c; }
  }
  for (let yy = y0; yy < y1; yy++) {
    for (let xx = x0; xx < x1; xx++) {
      const c = px((yy * img.width + xx) * 4);
      if (Math.abs(c[0] - background[0]) + Math.abs(c[1] - background[1]) + Math.abs(c[2] - background[2]) > 48) { inkRows.add(yy); break; }
    }
  }
  return {
    background,
    backgroundShare: best / total,
    inkShare: ink / total,
    colours: quantised.size,
    extreme,
    extremeContrast,
    inkRows: inkRows.size,
  };
}
