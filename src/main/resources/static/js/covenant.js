// Covenant: the only hand-written script (the CSP forbids inline scripts).
// 1. Forms with data-confirm ask before they submit (destructive actions without htmx).
// 2. After htmx swaps in content, focus stays usable: a swapped region with data-focus gets focus.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail && event.detail.target;
    if (target && target.hasAttribute && target.hasAttribute('data-focus')) {
      target.focus();
    }
  });
  // A 401 with HX-Redirect (expired session) is followed by htmx itself; other error statuses
  // should not leave the user guessing.
  document.addEventListener('htmx:responseError', function (event) {
    var xhr = event.detail && event.detail.xhr;
    if (xhr && xhr.status === 409) { return; }
    if (xhr && xhr.getResponseHeader('HX-Redirect')) { return; }
    var region = document.getElementById('htmx-error');
    if (region) {
      region.hidden = false;
    }
  });
})();
