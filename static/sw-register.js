// Registers the service worker (sw.js, next to index.html) and tells the app
// when a new build is ready. No dependencies, no inline code (strict CSP).
//
// Contract with the app (window events):
//   'bdsc:update'        dispatched here when a new build has installed and is
//                        waiting while this page runs the old one. Also
//                        recorded as <html data-bdsc-update="ready"> so an app
//                        that starts listening later can still see it.
//   'bdsc:apply-update'  dispatched by the app (the user chose to reload): the
//                        waiting worker is told to take over, and the page
//                        reloads once when it has (controllerchange).
// Updates are looked for when the page becomes visible and every 30 minutes.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  var sw = navigator.serviceWorker;
  var registration = null;
  // Whether this page already runs under a worker: then a change of worker
  // means a different build, and the page must reload rather than mix them.
  var controlled = !!sw.controller;
  var applying = false;
  var reloading = false;

  function announce() {
    document.documentElement.setAttribute('data-bdsc-update', 'ready');
    window.dispatchEvent(new CustomEvent('bdsc:update'));
  }

  function reloadOnce() {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  }

  function watch(reg) {
    registration = reg;
    if (reg.waiting && sw.controller) announce();
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && sw.controller) announce();
      });
    });
    var check = function () { reg.update().catch(function () {}); };
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') check();
    });
    setInterval(check, 30 * 60 * 1000);
  }

  sw.addEventListener('controllerchange', function () {
    // The first install claims an uncontrolled page: same build, no reload.
    if (controlled || applying) reloadOnce();
    controlled = true;
  });

  window.addEventListener('bdsc:apply-update', function () {
    applying = true;
    var waiting = registration && registration.waiting;
    if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
    else reloadOnce(); // already activated (e.g. from another tab)
  });

  // The app may mount after the worker reported: say it again once it runs.
  window.addEventListener('TrunkApplicationStarted', function () {
    setTimeout(function () {
      if (document.documentElement.getAttribute('data-bdsc-update') === 'ready') announce();
    }, 0);
  });

  function register() {
    sw.register('./sw.js').then(watch).catch(function () { /* offline support is optional */ });
  }
  // After the page's own loading and once the app has taken over (or could
  // not start), when the browser is idle: the worker's install downloads and
  // stores every file, and done during the app's start-up it made
  // Lighthouse's total blocking time 70-112 ms instead of 8 ms.
  var root = document.documentElement;
  var settled = function () { return root.hasAttribute('data-bdsc-ready') || root.hasAttribute('data-bdsc-fail'); };
  var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 0); };
  function registerWhenSettled() {
    if (settled()) return idle(register, { timeout: 2000 });
    var mo = new MutationObserver(function () {
      if (settled()) { mo.disconnect(); idle(register, { timeout: 2000 }); }
    });
    mo.observe(root, { attributes: true, attributeFilter: ['data-bdsc-ready', 'data-bdsc-fail'] });
  }
  if (document.readyState === 'complete') registerWhenSettled();
  else window.addEventListener('load', registerWhenSettled);
})();
