/* congxa: small enhancements; every page works without them. Loaded from the site itself (Content-Security-Policy). */
(function () {
  'use strict';

  /* "In": print the item (Nghị định 42/2022/NĐ-CP, Điều 7 khoản 1). Hidden until this script runs. */
  document.querySelectorAll('button[data-in]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
