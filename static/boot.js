// Loaded synchronously in <head>, before the prerendered page is parsed. No
// dependencies, no inline code (strict CSP). Contract with the app
// (src/app/takeover.rs), as attributes on <html>:
//   data-bdsc-js     set here at once: scripts run (see .app-only in the CSS).
//   data-bdsc-wait   set here when the address or the saved inputs (key
//                    'bdsc:last', src/app/services/storage.rs) ask for a view
//                    other than the prerendered default: the CSS keeps #app
//                    invisible (visibility, so no layout shift) until the app
//                    swaps its own view in.
//   data-bdsc-embed  set here when the address asks for the embedded layout:
//                    the CSS hides the static page header and footer.
//   data-bdsc-ready  set when the app's view has replaced the prerender.
//   data-bdsc-fail   set here when the app cannot start (no WebAssembly, a
//                    script or wasm that failed to load or run, or no ready
//                    mark after TIMEOUT_MS): the prerender is shown, with the
//                    "could not start" line (#nowasm) and a link to open the
//                    calculator in its own tab. A late start still takes over.
//   data-bdsc-full  set by the full app when its view has replaced the
//                    first module's (src/app/full.rs).
//   data-bdsc-full-fail  set here when the full app could not be loaded: the
//                    sections' "loading" lines say so instead.
// window.bdscFull() loads the full app, once: the page's first module calls
// it when a part only the full app has is needed (a section opened, the US
// metro search, an input that needs the survey data), and the module loader
// in index.html calls it instead of starting the first module for an embed.
// scripts/build-full.mjs writes the file names below.
// window.bdscTakeover(live) is called by the app with its complete view,
// rendered off-screen in a detached <div id="app">: it carries over what the
// reader typed into the prerendered form, then swaps the live view in.
// history.replaceState is wrapped to note the query of each address the app
// writes (src/app/services/url.rs): on Back or Forward within the page, that
// query is put back into the address, which follows the view (see below).
(function () {
  'use strict';
  var TIMEOUT_MS = 10000;
  var root = document.documentElement;
  // Scripts run: the CSS shows what needs the app only with this (and
  // without data-bdsc-fail), so with scripts off the page says it cannot.
  root.setAttribute('data-bdsc-js', '');
  var saved = null;
  try {
    saved = window.localStorage.getItem('bdsc:last');
  } catch (e) { /* storage blocked: nothing saved to restore */ }
  // Inputs after # get a notice from the app (src/app/hooks/use_persisted_state.rs).
  if (window.location.search.length > 1 || saved || /=/.test(window.location.hash)) root.setAttribute('data-bdsc-wait', '');
  // An embed hides the static header and footer from the first paint; the
  // app's own .embed class takes over once it runs (same parsing: 1 or true).
  if (/[?&]embed=(1|true)(&|$)/.test(window.location.search)) root.setAttribute('data-bdsc-embed', '');
  // A forced theme and accent from the first paint, as the classes the app
  // sets on <html> (src/app/hooks/use_root_classes.rs): a dark embed is not
  // a light box until the app runs, nor for good if it cannot.
  // Only letters: a class the CSS does not know does nothing.
  for (var look, re = /[?&](theme|accent)=([a-z]+)(?=&|$)/g; (look = re.exec(window.location.search));) {
    root.classList.add(look[1] + '-' + look[2]);
  }
  // Until the app runs, the years field and its slider move together, as
  // the app makes them: apart, the takeover carried both over and the one
  // later in the page won (the slider's 4 over the 12 typed after it).
  document.addEventListener('input', function (e) {
    var t = e.target;
    var twin = { years: 'years-range', 'years-range': 'years' }[t.id];
    var pre = document.getElementById('app');
    if (!twin || !e.isTrusted || root.hasAttribute('data-bdsc-ready') || !pre || !pre.contains(t) || !t.validity.valid || t.value === '') return;
    var other = pre.querySelector('[id="' + twin + '"]');
    if (other) other.value = t.value;
  }, true);

  function fail() {
    if (root.hasAttribute('data-bdsc-ready') || root.hasAttribute('data-bdsc-fail')) return;
    root.setAttribute('data-bdsc-fail', '');
    root.removeAttribute('data-bdsc-wait');
    // The link keeps the inputs of the address, but opens the full page.
    var link = document.getElementById('nowasm-open');
    if (link) {
      var q = window.location.search.replace(/([?&])embed=[^&]*&?/, '$1').replace(/[?&]$/, '');
      link.setAttribute('href', window.location.pathname + q);
      // In its own tab already, the link would only open this page again.
      if (window.self === window.top) link.hidden = true;
    }
  }
  function failSoon() {
    // The link is in the body: wait for it when failing early.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fail);
    else fail();
  }

  var FULL_JS = '@bdsc-full-js';
  var FULL_WASM = '@bdsc-full-wasm';
  // Absolute: in a frame sandboxed without allow-same-origin, this script
  // is "CORS-cross-origin" and a relative import() would resolve against
  // about:blank. The files sit next to this script.
  var here = (document.currentScript && document.currentScript.src) || document.baseURI;
  var full = null;
  window.bdscFull = function () {
    if (!full) {
      full = import(new URL(FULL_JS, here).href).then(function (m) {
        return m.default({ module_or_path: new URL(FULL_WASM, here).href });
      });
      full.catch(function () {
        root.setAttribute('data-bdsc-full-fail', '');
        failSoon();
      });
    }
    return full;
  };

  // The live form gets the reader's changes to the old view's form (same
  // ids) as the reader's own events, so the app validates them as if typed
  // there. Yew's listeners sit on the live root: the events bubble up to it.
  // From the prerender, a change is a control that differs from its markup;
  // from the first module's live view (`fromLive`), one that differs from
  // the full app's: the full app started from the first module's inputs
  // (src/app/full.rs), but the reader may have changed one since, while the
  // full app was rendering or waiting for the survey data.
  function carryOver(pre, live, fromLive) {
    var controls = pre.querySelectorAll('input[id],select[id],textarea[id]');
    for (var i = 0; i < controls.length; i++) {
      var c = controls[i];
      var target = live.querySelector('[id="' + c.id + '"]');
      if (!target) continue;
      var changed;
      if (c.type === 'radio') {
        // Only the radio now checked: the app reads a radio's change event
        // as "this one was chosen".
        changed = c.checked && !(fromLive ? target.checked : c.defaultChecked);
        if (changed) target.checked = true;
      } else if (c.type === 'checkbox') {
        changed = c.checked !== (fromLive ? target.checked : c.defaultChecked);
        if (changed) target.checked = c.checked;
      } else if (c.tagName === 'SELECT') {
        var marked = c.querySelector('option[selected]');
        changed = fromLive ? c.value !== target.value : !!marked && marked.value !== c.value;
        if (changed) target.value = c.value;
      } else {
        changed = c.value !== (fromLive ? target.value : c.defaultValue);
        if (changed) target.value = c.value;
      }
      if (changed) {
        target.dispatchEvent(new Event('input', { bubbles: true }));
        target.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
  }

  window.bdscTakeover = function (live) {
    var pre = document.getElementById('app');
    if (pre) {
      // A hidden prerender cannot have been typed into: what its controls
      // hold would only be the browser's form restoration.
      if (root.hasAttribute('data-bdsc-ready')) carryOver(pre, live, true);
      else if (!root.hasAttribute('data-bdsc-wait')) carryOver(pre, live, false);
      // Prerendered-only markup (the wasm renders an empty place for it).
      var fixed = pre.querySelectorAll('[data-static]');
      for (var j = 0; j < fixed.length; j++) {
        var place = live.querySelector('[id="' + fixed[j].id + '"]');
        if (place && !place.firstChild) place.replaceWith(fixed[j]);
      }
      // Sections the reader opened stay open (the app's own sections read
      // this from the page as they render; plain <details> are set here).
      var opened = pre.querySelectorAll('details[id][open]');
      for (var k = 0; k < opened.length; k++) {
        var same = live.querySelector('[id="' + opened[k].id + '"]');
        if (same) same.open = true;
      }
      // The focus stays where it was: on a control (by its id), or on the
      // summary of the section just opened (by the section's id).
      var focused = document.activeElement;
      var focusAt = '';
      if (focused && pre.contains(focused)) {
        if (focused.id) focusAt = '[id="' + focused.id + '"]';
        else if (focused.tagName === 'SUMMARY' && focused.parentElement.id) focusAt = '[id="' + focused.parentElement.id + '"] > summary';
      }
      pre.replaceWith(live);
      var again = focusAt && live.querySelector(focusAt);
      if (again) again.focus();
    } else {
      document.body.appendChild(live);
    }
    root.removeAttribute('data-bdsc-wait');
    root.setAttribute('data-bdsc-ready', '');
  };

  // The app writes the inputs into the address with replaceState (it adds
  // no entries, src/app/services/url.rs), so a page's entries differ by
  // their fragment only: one typed into the address bar adds one. Back to
  // an entry left before a change showed that entry's older inputs while
  // the view kept the newer: the address follows the view instead, as it
  // does after every change, and nothing the reader set is lost.
  var hist = window.history;
  var replace = hist.replaceState;
  var shown = window.location.search;
  hist.replaceState = function () {
    replace.apply(hist, arguments);
    shown = window.location.search;
  };
  window.addEventListener('popstate', function () {
    var l = window.location;
    if (l.search !== shown) replace.call(hist, hist.state, '', l.pathname + shown + l.hash);
  });

  if (typeof WebAssembly !== 'object') return failSoon();
  // Before the app is ready, a script, module or wasm preload that fails to
  // load (capture: such errors do not bubble; a missing icon does not count)
  // or an uncaught error (the module loader's rejected import or
  // instantiation) means it will not start.
  window.addEventListener('error', function (e) {
    if (root.hasAttribute('data-bdsc-ready')) return;
    var t = e.target;
    var loader = t && (t.tagName === 'SCRIPT' || (t.tagName === 'LINK' && /preload/.test(t.rel)));
    if (t === window || loader) failSoon();
  }, true);
  // A script the page's Content-Security-Policy blocks (the module loader
  // without its hash, or no 'wasm-unsafe-eval') fires no error event: the
  // reader waited the whole timeout on a page without its inputs.
  document.addEventListener('securitypolicyviolation', function (e) {
    if (!root.hasAttribute('data-bdsc-ready') && /^script-src/.test(e.effectiveDirective)) failSoon();
  });
  window.setTimeout(failSoon, TIMEOUT_MS);
})();
