// Verbatim's only script: copy buttons, as progressive enhancement. Without it the buttons stay
// hidden and every link and citation remains plain, selectable text.
(function () {
  'use strict';
  var buttons = document.querySelectorAll('button[data-copy-target]');
  if (!buttons.length) return;

  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  // Inside the main landmark, like all the page's content.
  (document.querySelector('main') || document.body).appendChild(status);

  function textOf(el) {
    return (el.textContent || '').replace(/\s+/g, ' ').trim();
  }

  // Older or insecure contexts have no Clipboard API: select the text and use the legacy command.
  function legacyCopy(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    return ok ? Promise.resolve() : Promise.reject(new Error('copy failed'));
  }

  function copy(el) {
    var text = textOf(el);
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(el); });
    return legacyCopy(el);
  }

  // A live region announces a change of its text: empty it first, so that the same message is
  // announced again on every use of a copy button.
  var clearing;
  function announce(message) {
    status.textContent = '';
    clearTimeout(clearing);
    clearing = setTimeout(function () { status.textContent = message; }, 100);
  }

  Array.prototype.forEach.call(buttons, function (button) {
    var target = document.getElementById(button.getAttribute('data-copy-target'));
    if (!target) return;
    var label = button.innerHTML;
    button.hidden = false;
    button.addEventListener('click', function () {
      copy(target).then(function () {
        button.textContent = 'Copied';
        button.classList.add('copied');
        announce('Copied ' + (button.getAttribute('data-copy-what') || 'it') + ' to the clipboard.');
      }, function () {
        announce('Could not copy: the text is selected, press Ctrl+C or ⌘C.');
      }).then(function () {
        setTimeout(function () {
          button.innerHTML = label;
          button.classList.remove('copied');
        }, 2000);
      });
    });
  });
})();
