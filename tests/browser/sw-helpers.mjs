// Service-worker helpers shared by offline.test.mjs and update.test.mjs.

/**
 * Waits until the page is controlled by an activated service worker.
 * (The predicate is synchronous on purpose: waitForFunction treats a
 * returned Promise as truthy.)
 */
export async function waitForController(page, timeout = 20_000) {
  await page.waitForFunction(() => {
    if (!('serviceWorker' in navigator)) throw new Error('no navigator.serviceWorker');
    return navigator.serviceWorker.controller?.state === 'activated';
  }, null, { timeout, polling: 100 });
}

/** { name: [absolute URLs] } of every bdsc-* cache the page's origin holds. */
export async function bdscCaches(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      if (!name.startsWith('bdsc-')) continue;
      const c = await caches.open(name);
      out[name] = (await c.keys()).map((r) => r.url).sort();
    }
    return out;
  });
}

/** The build id written into a served sw.js. */
export function swBuildId(swSource) {
  return /const BUILD_ID = "([0-9a-f]+)";/.exec(swSource)?.[1] ?? null;
}
