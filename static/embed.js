/*! Backend Developer Salary Calculator — embed helper (no dependencies).
 *
 * Include on the host page:  <script src="https://HOST/PATH/embed.js" defer></script>
 * and mark each calculator iframe with the data-bdsc-embed attribute:
 *   <iframe data-bdsc-embed src="https://HOST/PATH/?embed=1" title="Backend developer salary calculator"
 *           width="100%" height="900"></iframe>
 *
 * The calculator inside the frame posts its content height:
 *   { source: 'bdsc-embed', version: 1, type: 'height', height: <integer CSS px> }
 * A message is used only when ALL hold:
 *   - event.source is the contentWindow of an iframe[data-bdsc-embed],
 *   - event.origin is the origin of that iframe's src,
 *   - source 'bdsc-embed', version 1, type 'height', and a finite height
 *     from 100 to 20000.
 * Then that iframe's height ATTRIBUTE is set (no inline style, so a strict
 * host CSP is no problem; host CSS must not fix the iframe's height).
 * This script asks each frame for its height once it runs and whenever a
 * frame (re)loads, by posting { source: 'bdsc-embed-host', version: 1,
 * type: 'request-height' } (targetOrigin '*': it carries no data, and a
 * frame still at about:blank would otherwise log an origin-mismatch error).
 * Nothing else is sent or read. Its only global is
 * window.bdscEmbed = { version: 1 }.
 */
(function () {
  'use strict';
  if (window.bdscEmbed) return; // included twice
  window.bdscEmbed = { version: 1 };

  var MIN = 100;
  var MAX = 20000;
  var SELECTOR = 'iframe[data-bdsc-embed]';

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function ask(frame) {
    if (!frame.contentWindow) return;
    frame.contentWindow.postMessage({ source: 'bdsc-embed-host', version: 1, type: 'request-height' }, '*');
  }

  window.addEventListener('message', function (event) {
    var d = event.data;
    if (!d || typeof d !== 'object' || d.source !== 'bdsc-embed' || d.version !== 1 || d.type !== 'height') return;
    var h = d.height;
    if (typeof h !== 'number' || !isFinite(h) || h < MIN || h > MAX) return;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (!event.source || event.source !== frame.contentWindow) continue;
      if (event.origin !== originOf(frame)) return;
      var value = String(Math.ceil(h));
      if (frame.getAttribute('height') !== value) frame.setAttribute('height', value);
      return;
    }
  });

  function init() {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      frame.addEventListener('load', ask.bind(null, frame));
      ask(frame);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
