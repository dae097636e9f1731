// The pages' one script, loaded by fragments/layout.html (the Content-Security-Policy allows no inline script).
// After a page is shown, or swapped in by htmx:
// - a form that came back with errors puts the cursor in its first wrong field, so a keyboard or screen-reader user
//   starts where the first error is (each field is aria-invalid and described by its error: fragments/fields.html);
// - on a phone the menu is one row that scrolls sideways: the current page's entry is scrolled into view.
(function () {
  function settle() {
    var invalid = document.querySelector('main [aria-invalid="true"]');
    if (invalid && !invalid.contains(document.activeElement)) {
      invalid.focus();
    }
    var current = document.querySelector('.site-header nav [aria-current="page"]');
    var menu = current && current.closest('.menu');
    if (menu && menu.scrollWidth > menu.clientWidth) {
      menu.scrollLeft = current.offsetLeft - menu.offsetLeft - 16;
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', settle);
  } else {
    settle();
  }
  document.addEventListener('htmx:afterSettle', settle);
})();
