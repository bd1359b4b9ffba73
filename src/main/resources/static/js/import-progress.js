// Live progress of the case imports on the figures administration page (issue 12): while an import runs, its
// row follows it without a click, and when none runs any more the page says so to a screen reader too.
// Without this script the link above the table reloads the page; nothing depends on it.
(function () {
  'use strict';
  var section = document.getElementById('imports');
  if (!section || !window.fetch || !window.DOMParser) {
    return;
  }
  function running() {
    return section.querySelector('[data-running]') !== null;
  }
  if (!running()) {
    return;
  }
  var live = document.getElementById('imports-live');
  function follow() {
    fetch(window.location.pathname, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) {
        // signed out or refused: stop, the link still reloads the page
        if (!response.ok || response.redirected) {
          throw new Error('stopped');
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('imports-table');
        var current = document.getElementById('imports-table');
        if (fresh && current) {
          current.replaceWith(document.importNode(fresh, true));
        }
        if (running()) {
          window.setTimeout(follow, 1500);
        } else if (live) {
          live.textContent = live.getAttribute('data-done');
        }
      })
      .catch(function (e) {
        if (e.message !== 'stopped') {
          window.setTimeout(follow, 5000); // a moment without network: try again
        }
      });
  }
  window.setTimeout(follow, 1000);
})();
