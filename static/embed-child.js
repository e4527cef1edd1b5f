// Runs inside the calculator page. When the page is embedded (URL has
// embed=1 and it is in a frame), it reports its content height to the parent
// page, so the host's embed.js can size the iframe without scrollbars.
//
// Message (the only data that ever leaves the frame is this height):
//   { source: 'bdsc-embed', version: 1, type: 'height', height: <integer CSS px> }
// and the same height as AMP's { sentinel: 'amp', type: 'embed-size', height }.
// posted to window.parent with targetOrigin '*': the host's origin is not
// known in advance, and a height reveals nothing the user entered.
// At most one message per animation frame, and only when the height changed.
// The parent may ask for the current height again by posting
//   { source: 'bdsc-embed-host', version: 1, type: 'request-height' }.
(function () {
  'use strict';
  var embedded = false;
  try {
    embedded = new URLSearchParams(window.location.search).get('embed') === '1' && window.parent !== window;
  } catch (e) { /* no URL API: not embedded */ }
  if (!embedded) return;

  // A frame sandboxed with "allow-scripts" alone has an opaque origin: the
  // app's module script, wasm and data are then fetched with CORS and fail
  // unless the host serves them with Access-Control-Allow-Origin. Rather
  // than "Loading the calculator…" forever, say so and link to the
  // calculator (the address is shown too: such a sandbox may block popups).
  var sandboxed = window.origin === 'null';
  var failed = false;
  function fallback() {
    // Before the prerender (a bare boot placeholder) the line goes there;
    // with the prerendered page, at the top of the page, above it.
    var boot = document.getElementById('boot');
    var place = boot || document.body;
    if (failed || !place || document.documentElement.hasAttribute('data-bdsc-ready')) return;
    failed = true;
    var url = new URL(window.location.href);
    ['embed', 'part', 'chart'].forEach(function (k) { url.searchParams.delete(k); });
    var p = document.createElement('p');
    p.className = 'boot-fallback';
    p.id = 'sandbox-fallback';
    p.appendChild(document.createTextNode('This embed runs in a sandboxed frame that cannot load the calculator\'s files (they need CORS headers). Open the calculator: '));
    var a = document.createElement('a');
    a.href = url.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = url.href;
    p.appendChild(a);
    if (boot) boot.appendChild(p);
    else place.insertBefore(p, place.firstChild);
  }
  if (sandboxed) {
    // Ask the own origin, as the app's loader will, whether it answers a
    // cross-origin request: a CORS refusal rejects at once. Errors and a
    // timeout are the backstops. Never once the live app has taken over.
    if (typeof fetch === 'function') {
      fetch(window.location.href, { method: 'HEAD', cache: 'no-store' }).catch(fallback);
    }
    window.addEventListener('error', fallback, true);
    window.addEventListener('unhandledrejection', fallback);
    window.setTimeout(fallback, 10000);
  }
  if (typeof ResizeObserver !== 'function') return;

  var root = document.documentElement;
  var last = -1;
  var queued = false;

  // The height of the document's content. Not root.scrollHeight, which is
  // never less than the frame's own height and so could only ever grow.
  function measure() {
    return Math.ceil(root.getBoundingClientRect().height);
  }

  function send() {
    queued = false;
    var height = measure();
    if (height === last || height <= 0) return;
    last = height;
    window.parent.postMessage({ source: 'bdsc-embed', version: 1, type: 'height', height: height }, '*');
    // The same height in AMP's amp-iframe resize request (an AMP page has
    // no embed.js; see docs/embed.md). Other hosts ignore it.
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
  }

  function schedule() {
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(send);
  }

  new ResizeObserver(schedule).observe(root);
  window.addEventListener('message', function (event) {
    var d = event.data;
    if (event.source === window.parent && d && d.source === 'bdsc-embed-host' && d.version === 1 && d.type === 'request-height') {
      last = -1;
      schedule();
    }
  });
  schedule();
})();
