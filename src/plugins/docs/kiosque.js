// Kiosque's touches to Swagger UI at /docs, for keyboards and screen readers.
// Swagger UI renders with React as operations open, so they are applied to
// whatever it adds: selects get the name of what they choose, the path link
// nested in each operation's toggle button stops being a second control in
// it (the button updates the address itself), code samples that scroll can
// be reached with Tab.
(function () {
  function label(select) {
    var row = select.closest('tr[data-param-name]');
    if (row) return row.getAttribute('data-param-name');
    if (select.id === 'servers') return 'Server';
    var wrapper = select.closest('.content-type-wrapper, .response-control-media-type');
    return wrapper ? 'Media type' : 'Choice';
  }
  function touch(root) {
    root.querySelectorAll('select:not([aria-label])').forEach(function (select) {
      select.setAttribute('aria-label', label(select));
    });
    root.querySelectorAll('.opblock-summary-control a[href]').forEach(function (link) {
      link.removeAttribute('href');
    });
    root.querySelectorAll('pre.microlight:not([tabindex]), .highlight-code pre:not([tabindex])').forEach(function (pre) {
      pre.setAttribute('tabindex', '0');
    });
  }
  var pending = false;
  new MutationObserver(function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      touch(document);
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
