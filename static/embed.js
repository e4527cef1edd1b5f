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
 *     from 100 to 50000.
 * Then that iframe's height ATTRIBUTE is set (no inline style, so a strict
 * host CSP is no problem; host CSS must not fix the iframe's height).
 * This script asks each frame for its height once it runs and whenever a
 * frame (re)loads, by posting { source: 'bdsc-embed-host', version: 1,
 * type: 'request-height' } (targetOrigin '*': it carries no data, and a
 * frame still at about:blank would otherwise log an origin-mismatch error).
 * Nothing else is sent or read. Its only global is
 * window.bdscEmbed = { version: 1 }.
 *
 * Script-tag variant, for hosts that prefer one tag to an iframe:
 *   <script src="https://HOST/PATH/embed.js" data-bdsc-query="part=card&amp;y=8"
 *           data-bdsc-title="Backend developer salary estimate" data-bdsc-height="600" defer></script>
 * Each such tag is replaced in place by an iframe[data-bdsc-embed] whose src
 * is the script's own directory plus "?embed=1&" and the query (so the frame
 * is always of the calculator's origin: the query cannot point it
 * elsewhere), with loading="lazy", the given title and height, width 100%.
 * Several tags on one page each get their frame; the script runs once.
 */
(function () {
  'use strict';
  // Script-tag embeds: every tag gets its frame, however many times this
  // script is included (so this runs before the included-twice check).
  function mountScripts() {
    var tags = document.querySelectorAll('script[data-bdsc-query]');
    for (var i = 0; i < tags.length; i++) {
      var tag = tags[i];
      if (tag.getAttribute('data-bdsc-mounted') === '1' || !tag.parentNode) continue;
      tag.setAttribute('data-bdsc-mounted', '1');
      var src;
      try {
        var url = new URL('./', tag.src);
        var q = String(tag.getAttribute('data-bdsc-query') || '').replace(/^[?&]+/, '');
        url.search = '?embed=1' + (q ? '&' + q.replace(/(^|&)embed=[^&]*/g, '') : '');
        url.hash = '';
        src = url.href.replace('?embed=1&&', '?embed=1&');
      } catch (e) {
        continue;
      }
      var h = parseInt(tag.getAttribute('data-bdsc-height') || '', 10);
      var frame = document.createElement('iframe');
      frame.setAttribute('data-bdsc-embed', '');
      frame.setAttribute('src', src);
      frame.setAttribute('title', tag.getAttribute('data-bdsc-title') || 'Backend developer salary calculator');
      frame.setAttribute('width', '100%');
      frame.setAttribute('height', String(h >= MIN && h <= MAX ? h : 600));
      frame.setAttribute('loading', 'lazy');
      if (tag.id) frame.id = tag.id + '-frame';
      tag.parentNode.insertBefore(frame, tag);
      if (window.bdscEmbed) frame.addEventListener('load', ask.bind(null, frame));
    }
  }

  var MIN = 100;
  var MAX = 50000;
  if (window.bdscEmbed) { // included twice: only new script-tag embeds to add
    mountScripts();
    return;
  }
  mountScripts();
  window.bdscEmbed = { version: 1 };

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
      // A host's border-box reset (Bootstrap, Tailwind) makes the height
      // attribute include the frame's border: add it, or the content scrolls.
      var cs = window.getComputedStyle(frame);
      var edge = cs.boxSizing === 'border-box'
        ? (parseFloat(cs.borderTopWidth) || 0) + (parseFloat(cs.borderBottomWidth) || 0) + (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.paddingBottom) || 0)
        : 0;
      var value = String(Math.ceil(h + edge));
      if (frame.getAttribute('height') !== value) frame.setAttribute('height', value);
      return;
    }
  });

  function init() {
    mountScripts();
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
