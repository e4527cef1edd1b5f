// Small statistics and formatting helpers shared by the parts of the benchmark.

/** Sorted-sample statistics: n, median, p95, max (nearest-rank percentiles). */
export function stats(xs) {
  const s = [...xs].filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] : undefined);
  return { n: s.length, median: median(s), p95: q(0.95), max: s.at(-1) };
}

/** The median; for an even count, the mean of the two middle values. */
export function median(xs) {
  const s = [...xs].filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds with one decimal, or n/a. */
export const ms = (x) => (x === undefined ? 'n/a' : x.toFixed(1));
/** Seconds from milliseconds, Lighthouse style (1.2 s). */
export const sec = (x) => (x === undefined ? 'n/a' : `${(x / 1000).toFixed(1)} s`);
/** Bytes as KiB with one decimal. */
export const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
/** An integer with thousands separators (1,515). */
export const int = (x) => (x === undefined ? 'n/a' : Math.round(x).toLocaleString('en-US'));

/** A markdown table from a header row and body rows; `align` is 'l' or 'r' per column. */
export function table(head, rows, align = head.map((_, i) => (i ? 'r' : 'l'))) {
  const line = (cells) => `| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(head), `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * Runs in the page: the browser's own last largest-contentful-paint entry
 * (buffered), as { time, size, element } with a short description of the
 * element, or null when the browser reported none.
 */
export function lcpEntry() {
  return new Promise((resolve) => {
    const done = (entry) => {
      if (!entry) return resolve(null);
      const el = entry.element;
      const name = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}` : '(removed from the page)';
      const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      resolve({ time: entry.startTime, size: entry.size, element: text ? `${name} "${text}"` : name });
    };
    new PerformanceObserver((list, obs) => { obs.disconnect(); done(list.getEntries().at(-1)); })
      .observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => done(null), 2000);
  });
}
