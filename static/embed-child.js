// Runs inside the calculator page. When the page is embedded (URL has
// embed=1 and it is in a frame), it reports its content height to the parent
// page, so the host's embed.js can size the iframe without scrollbars.
//
// Message (the only data that ever leaves the frame is this height):
//   { source: 'bdsc-embed', version: 1, type: 'height', height: <integer CSS px> }
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
  if (!embedded || typeof ResizeObserver !== 'function') return;

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
