// Explore: progressive enhancement for the search page (the order applies when chosen) and, on
// pages with a recording, the player. Without it every form has its button and every recording a link.
(function () {
  'use strict';
  // A select marked data-autosubmit applies its form when changed; its button is then not needed.
  Array.prototype.forEach.call(document.querySelectorAll('select[data-autosubmit]'), function (select) {
    var button = select.form && select.form.querySelector('[data-autosubmit-button]');
    if (button) button.hidden = true;
    select.addEventListener('change', function () { select.form.submit(); });
  });
})();
