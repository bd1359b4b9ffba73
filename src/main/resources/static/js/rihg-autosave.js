// Autosave of the RiHG draft (issue 12): the HOvJ rates twenty signals at night, often on a phone, and may be
// called away; every change is saved as a draft a moment later, the counts per part follow, and a polite live
// region says when it was saved. Without this script the buttons save as before; nothing depends on it.
(function () {
  'use strict';
  var form = document.getElementById('rihg-form');
  var status = document.getElementById('rihg-autosave');
  if (!form || !status || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  var timer = null;
  var inflight = null;
  var resubmitting = false;

  function version() {
    return form.querySelector('input[name=version]');
  }

  function replaceFrom(doc, id) {
    var fresh = doc.getElementById(id);
    var current = document.getElementById(id);
    if (fresh && current) {
      current.replaceWith(document.importNode(fresh, true));
    }
  }

  /** hh:mm in Dutch time of an HTTP date (the server's), or of now where the answer had none. */
  function clock(httpDate) {
    var when = httpDate ? new Date(httpDate) : new Date();
    return new Intl.DateTimeFormat('nl-NL', {hour: '2-digit', minute: '2-digit', hour12: false,
                                             timeZone: 'Europe/Amsterdam'}).format(when);
  }

  function save() {
    timer = null;
    var data = new URLSearchParams(new FormData(form));
    var savedAt = null;
    data.set('action', 'save');
    // the attribute, not form.action: the buttons are named "action" and shadow the property
    inflight = fetch(form.getAttribute('action'), {method: 'POST', body: data, credentials: 'same-origin',
                                   headers: {'Accept': 'text/html'}})
      .then(function (response) {
        // signed out, or refused: the buttons still save (and keep what was typed across a new login)
        if (!response.ok || response.url.indexOf('/login') >= 0) {
          throw new Error('not saved');
        }
        // the server's clock, not the device's: a phone set wrong must not say a draft was saved when it was not
        savedAt = response.headers.get('Date');
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var saved = doc.querySelector('#rihg-form input[name=version]');
        if (doc.getElementById('error-summary') || !saved) {
          throw new Error('not saved');
        }
        version().value = saved.value;
        replaceFrom(doc, 'rihg-progress');
        replaceFrom(doc, 'rihg-nav');
        doc.querySelectorAll('[id^=part-red-]').forEach(function (badge) {
          replaceFrom(doc, badge.id);
        });
        status.textContent = status.getAttribute('data-saved').replace('{0}', clock(savedAt));
      })
      .catch(function () {
        status.textContent = status.getAttribute('data-failed');
      })
      .finally(function () {
        inflight = null;
      });
  }

  form.addEventListener('change', function () {
    if (timer) {
      window.clearTimeout(timer);
    }
    timer = window.setTimeout(save, 1200);
  });

  // a button pressed while a draft is on its way waits for it, so that it is sent with the version it produced
  form.addEventListener('submit', function (event) {
    if (timer) {
      window.clearTimeout(timer);
      timer = null;
    }
    if (!inflight || resubmitting) {
      return;
    }
    event.preventDefault();
    var submitter = event.submitter;
    inflight.then(function () {
      resubmitting = true;
      if (form.requestSubmit) {
        form.requestSubmit(submitter || undefined);
      } else {
        form.submit();
      }
    });
  });
})();
