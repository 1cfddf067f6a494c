// Cite and verify, as progressive enhancement (everything here also works without it: the quote
// page has a form for first and last words, and citations are plain selectable text).
// 1. Copy buttons for citations put both HTML (italics kept) and plain text on the clipboard.
// 2. Selecting words in a quote (quote page) or a turn (source page) offers a link to exactly those
//    words (?w=first-last, plus a text fragment) and their citations.
(function () {
  'use strict';
  var WORD = /[\p{L}\p{N}]+/gu;

  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.appendChild(status);

  function copyBoth(html, text) {
    if (navigator.clipboard && window.ClipboardItem && window.isSecureContext) {
      var item = new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) });
      return navigator.clipboard.write([item]).catch(function () { return legacyCopy(html, text); });
    }
    return legacyCopy(html, text);
  }

  // Without the async Clipboard API: the copy event lets a page set both types itself.
  function legacyCopy(html, text) {
    var done = false;
    function onCopy(event) {
      event.clipboardData.setData('text/html', html);
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      done = true;
    }
    document.addEventListener('copy', onCopy);
    try { document.execCommand('copy'); } catch (e) { done = false; }
    document.removeEventListener('copy', onCopy);
    return done ? Promise.resolve() : Promise.reject(new Error('copy failed'));
  }

  function flash(button, ok) {
    var label = button.innerHTML;
    button.textContent = ok ? 'Copied' : 'Select and copy';
    status.textContent = ok ? 'Copied to the clipboard, with its formatting.' : 'Could not copy: select the text and press Ctrl+C or ⌘C.';
    setTimeout(function () { button.innerHTML = label; }, 2000);
  }

  Array.prototype.forEach.call(document.querySelectorAll('button[data-copy-rich]'), function (button) {
    var target = document.getElementById(button.getAttribute('data-copy-rich'));
    if (!target) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = target.getAttribute('data-plain') || (target.textContent || '').replace(/\s+/g, ' ').trim();
      copyBoth(target.innerHTML.trim(), text).then(function () { flash(button, true); }, function () { flash(button, false); });
    });
  });

  // --- Select to cite ---
  var containers = document.querySelectorAll('[data-quote]');
  if (!containers.length || !window.getSelection) return;

  // The quote's words as the server counts them: the container's paragraphs, a line break between each.
  function textNodes(container) {
    var paragraphs = Array.prototype.filter.call(container.querySelectorAll('p'), function (p) { return !p.classList.contains('turn-head'); });
    var nodes = [];
    var full = '';
    paragraphs.forEach(function (p, i) {
      if (i > 0) full += '\n';
      var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (var n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: full.length });
        full += n.nodeValue;
      }
    });
    return { nodes: nodes, full: full };
  }

  function offsetOf(nodes, total, node, offset) {
    for (var i = 0; i < nodes.length; i++) if (nodes[i].node === node) return nodes[i].start + offset;
    var point = document.createRange();
    point.setStart(node, offset);
    point.collapse(true);
    for (var j = 0; j < nodes.length; j++) if (point.comparePoint(nodes[j].node, 0) >= 0) return nodes[j].start;
    return total;
  }

  function encodeFragment(text) {
    return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  }

  // The same text directive the server writes (links.ts): four words from each end.
  function textDirective(text) {
    var words = text.replace(/\s+/g, ' ').trim().split(' ');
    if (words.length <= 8) return ':~:text=' + encodeFragment(words.join(' '));
    return ':~:text=' + encodeFragment(words.slice(0, 4).join(' ')) + ',' + encodeFragment(words.slice(-4).join(' '));
  }

  var pop = document.createElement('div');
  pop.className = 'cite-pop';
  pop.hidden = true;
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-label', 'Cite the selected words');
  pop.innerHTML = '<span class="cite-pop-words"></span><a class="cite-pop-link" href="#">Link to these words</a> <button type="button" class="copy cite-pop-copy">Copy link</button> <a class="cite-pop-cite button-link" href="#">Cite these words</a>';
  document.body.appendChild(pop);
  // Clicking in the pop-up must not clear the selection it is about.
  pop.addEventListener('mousedown', function (e) { if (e.target.tagName !== 'A') e.preventDefault(); });
  pop.querySelector('.cite-pop-copy').addEventListener('click', function () {
    var link = pop.querySelector('.cite-pop-link').href;
    copyBoth('<a href="' + link.replace(/"/g, '&quot;') + '">' + link.replace(/&/g, '&amp;').replace(/</g, '&lt;') + '</a>', link).then(function () { flash(pop.querySelector('.cite-pop-copy'), true); }, function () { flash(pop.querySelector('.cite-pop-copy'), false); });
  });

  function update() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) { pop.hidden = true; return; }
    var range = selection.getRangeAt(0);
    var container = null;
    Array.prototype.forEach.call(containers, function (c) { if (c.contains(range.startContainer) && c.contains(range.endContainer)) container = c; });
    if (!container) { pop.hidden = true; return; }
    var t = textNodes(container);
    var start = offsetOf(t.nodes, t.full.length, range.startContainer, range.startOffset);
    var end = offsetOf(t.nodes, t.full.length, range.endContainer, range.endOffset);
    var from = -1;
    var to = -1;
    var k = 0;
    var first = 0;
    var last = 0;
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(t.full)) !== null) {
      k++;
      if (from < 0 && m.index + m[0].length > start) { from = k; first = m.index; }
      if (m.index < end) { to = k; last = m.index + m[0].length; }
    }
    if (from < 0 || to < from) { pop.hidden = true; return; }
    var words = t.full.slice(first, last).replace(/\s+/g, ' ');
    var path = '/q/' + encodeURIComponent(container.getAttribute('data-quote')) + '?w=' + from + '-' + to;
    pop.querySelector('.cite-pop-words').textContent = 'Words ' + from + '–' + to + ' selected';
    pop.querySelector('.cite-pop-link').href = path + '#' + textDirective(words);
    pop.querySelector('.cite-pop-cite').href = path + '#cite';
    var rect = range.getBoundingClientRect();
    pop.hidden = false;
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8));
    pop.style.left = left + 'px';
    pop.style.top = rect.bottom + window.scrollY + 8 + 'px';
  }

  document.addEventListener('mouseup', function () { setTimeout(update, 0); });
  document.addEventListener('keyup', function (e) { if (e.shiftKey || e.key === 'Shift') update(); });
  document.addEventListener('selectionchange', function () {
    var s = window.getSelection();
    if (!s || s.isCollapsed) pop.hidden = true;
  });
})();
