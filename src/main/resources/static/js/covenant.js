// Covenant: the only hand-written script (the CSP forbids inline scripts).
// 1. Forms with data-confirm ask before they submit (destructive actions without htmx).
// 2. After htmx swaps in content, focus stays usable: a swapped region with data-focus gets focus.
// 3. Typeahead: an input with data-typeahead (the id of a hidden field) and aria-controls (the id of
//    its listbox, fetched by htmx as the user types). Arrow keys move through the options, Enter or
//    a click picks one (its data-value goes into the hidden field, its data-label into the input,
//    and a change event lets the form filter), Escape closes the list; typing clears the picked value.
//    Without this script the input is a plain text field.
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
  function typeaheadList(input) {
    return document.getElementById(input.getAttribute('aria-controls'));
  }
  function typeaheadOptions(list) {
    return list ? Array.prototype.slice.call(list.querySelectorAll('[role=option]')) : [];
  }
  function closeTypeahead(input) {
    var list = typeaheadList(input);
    if (list) {
      list.hidden = true;
    }
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }
  function pickOption(input, option) {
    var hidden = document.getElementById(input.getAttribute('data-typeahead'));
    if (hidden) {
      hidden.value = option.getAttribute('data-value');
    }
    input.value = option.getAttribute('data-label');
    closeTypeahead(input);
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
  function moveActive(input, step) {
    var options = typeaheadOptions(typeaheadList(input));
    if (options.length === 0) { return; }
    var current = options.indexOf(document.getElementById(input.getAttribute('aria-activedescendant')));
    var next = current < 0 ? (step > 0 ? 0 : options.length - 1) : (current + step + options.length) % options.length;
    options.forEach(function (option, i) { option.setAttribute('aria-selected', i === next ? 'true' : 'false'); });
    input.setAttribute('aria-activedescendant', options[next].id);
    options[next].scrollIntoView({ block: 'nearest' });
  }
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (input.hasAttribute && input.hasAttribute('data-typeahead')) {
      var hidden = document.getElementById(input.getAttribute('data-typeahead'));
      if (hidden) {
        hidden.value = '';
      }
    }
  });
  document.addEventListener('keydown', function (event) {
    var input = event.target;
    if (!input.hasAttribute || !input.hasAttribute('data-typeahead')) { return; }
    var list = typeaheadList(input);
    var open = list && !list.hidden && typeaheadOptions(list).length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (open) {
        event.preventDefault();
        moveActive(input, event.key === 'ArrowDown' ? 1 : -1);
      }
    }
    else if (event.key === 'Enter') {
      var active = document.getElementById(input.getAttribute('aria-activedescendant'));
      if (open && active) {
        event.preventDefault();
        pickOption(input, active);
      }
    }
    else if (event.key === 'Escape' && open) {
      event.preventDefault();
      closeTypeahead(input);
    }
  });
  document.addEventListener('click', function (event) {
    var option = event.target.closest && event.target.closest('[role=option]');
    var list = option && option.closest('[role=listbox]');
    var input = list && document.querySelector('[data-typeahead][aria-controls="' + list.id + '"]');
    if (input) {
      pickOption(input, option);
      input.focus();
    }
  });
  document.addEventListener('htmx:afterSwap', function () {
    document.querySelectorAll('[data-typeahead]').forEach(function (input) {
      var list = typeaheadList(input);
      var open = list && typeaheadOptions(list).length > 0;
      if (list) {
        list.hidden = !open;
      }
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
      input.removeAttribute('aria-activedescendant');
    });
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
