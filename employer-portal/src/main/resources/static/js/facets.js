/*
 * On a small screen the search facets fold behind their "Filters" button, so the results start
 * near the top; on a wide screen they stay open beside the results. Without JavaScript they stay
 * open everywhere (the page works as before).
 */
(function () {
  'use strict';
  var small = window.matchMedia('(max-width: 48rem)');

  function fold(root) {
    (root || document).querySelectorAll('details.facets-toggle').forEach(function (d) {
      d.open = !small.matches;
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { fold(document); });
  } else {
    fold(document);
  }
  document.addEventListener('htmx:load', function (e) { fold(e.target.parentNode || document); });
  small.addEventListener('change', function () { fold(document); });
})();
