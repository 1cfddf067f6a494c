// Explore: progressive enhancement for the search page (the order applies when chosen) and for
// pages with a recording (the player, loaded only when the reader presses play; a transcript that
// follows the playback; turn times that seek). Without it every form has its button and every
// recording and turn time is a plain link.
(function () {
  'use strict';

  // A select marked data-autosubmit applies its form when changed; its button is then not needed.
  Array.prototype.forEach.call(document.querySelectorAll('select[data-autosubmit]'), function (select) {
    var button = select.form && select.form.querySelector('[data-autosubmit-button]');
    if (button) button.hidden = true;
    select.addEventListener('change', function () { select.form.submit(); });
  });

  // Charts' data tables print open.
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details.chart-data'), function (d) { d.open = true; });
  });

  var box = document.querySelector('[data-player]');
  if (!box) return;
  var kind = box.getAttribute('data-kind');
  var src = box.getAttribute('data-src');
  var embed = box.getAttribute('data-embed');
  var origin = box.getAttribute('data-origin');
  var title = box.getAttribute('data-title') || '';
  var provider = box.getAttribute('data-provider') || '';
  var start = parseFloat(box.getAttribute('data-start')) || 0;
  var end = box.hasAttribute('data-end') ? parseFloat(box.getAttribute('data-end')) : null;
  var play = box.querySelector('[data-play]');
  var frame = box.querySelector('[data-frame]');
  var media = null;
  var iframe = null;

  // The turns of a transcript with their times, in order; a turn without an end runs to the next.
  var turns = Array.prototype.map.call(document.querySelectorAll('a[data-seek]'), function (link) {
    return { link: link, el: link.closest('.turn') || link, start: parseFloat(link.getAttribute('data-seek')), end: parseFloat(link.getAttribute('data-end')) };
  });
  turns.forEach(function (t, i) { if (!(t.end > t.start)) t.end = turns[i + 1] ? turns[i + 1].start : Infinity; });

  var follow = null;
  if (turns.length) {
    var label = document.createElement('label');
    label.className = 'follow';
    follow = document.createElement('input');
    follow.type = 'checkbox';
    follow.checked = true;
    label.appendChild(follow);
    label.appendChild(document.createTextNode(' Keep the current turn in view'));
    box.querySelector('.player-controls').appendChild(label);
  }

  var current = null;
  function highlight(time) {
    var found = null;
    for (var i = 0; i < turns.length; i++) if (time >= turns[i].start && time < turns[i].end) found = turns[i];
    if (found === current) return;
    if (current) {
      current.el.classList.remove('playing');
      current.el.removeAttribute('aria-current');
    }
    current = found;
    if (!current) return;
    current.el.classList.add('playing');
    current.el.setAttribute('aria-current', 'time');
    if (follow && follow.checked) {
      var r = current.el.getBoundingClientRect();
      if (r.top < box.getBoundingClientRect().bottom || r.bottom > window.innerHeight) current.el.scrollIntoView({ block: 'center' });
    }
  }

  // Hosted players talk by messages: ask them for the time, and tell them where to go.
  function post(message) {
    if (iframe && iframe.contentWindow) iframe.contentWindow.postMessage(JSON.stringify(message), origin);
  }
  function listen() {
    if (kind === 'youtube') post({ event: 'listening', id: 'verbatim', channel: 'widget' });
    if (kind === 'vimeo') post({ method: 'addEventListener', value: 'timeupdate' });
  }
  window.addEventListener('message', function (event) {
    if (!iframe || event.origin !== origin || event.source !== iframe.contentWindow) return;
    var data = event.data;
    try { if (typeof data === 'string') data = JSON.parse(data); } catch (e) { return; }
    if (!data) return;
    if (kind === 'youtube' && data.info && typeof data.info.currentTime === 'number') highlight(data.info.currentTime);
    if (kind === 'vimeo' && data.event === 'timeupdate' && data.data) highlight(data.data.seconds);
  });

  function embedAt(t) {
    var url = embed.replace('{t}', String(Math.floor(t)));
    return kind === 'youtube' ? url + '&origin=' + encodeURIComponent(location.origin) : url;
  }

  // The reader asked: load the player at `at` (a file stops at `stop`, the quote's end).
  function load(at, stop) {
    if (src) {
      media = document.createElement(kind === 'video' ? 'video' : 'audio');
      media.controls = true;
      media.preload = 'auto';
      media.setAttribute('aria-label', 'Recording: ' + title);
      media.src = src + '#t=' + at + (stop ? ',' + stop : '');
      media.addEventListener('timeupdate', function () { highlight(media.currentTime); });
      frame.appendChild(media);
      var started = media.play();
      if (started && started.catch) started.catch(function () {});
      media.focus();
    } else {
      iframe = document.createElement('iframe');
      iframe.title = provider + ' player: ' + title;
      iframe.setAttribute('allow', 'autoplay; encrypted-media; picture-in-picture; fullscreen');
      iframe.setAttribute('allowfullscreen', '');
      // Hosted players refuse to play for a page that sends no referrer (the site's default policy).
      iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      iframe.addEventListener('load', listen);
      iframe.src = embedAt(at);
      frame.appendChild(iframe);
    }
    box.classList.add('loaded', kind);
    play.hidden = true;
  }

  function seek(t) {
    if (!media && !iframe) return load(t, null);
    if (media) {
      media.currentTime = t;
      var started = media.play();
      if (started && started.catch) started.catch(function () {});
    } else if (kind === 'youtube') {
      post({ event: 'command', func: 'seekTo', args: [t, true] });
      post({ event: 'command', func: 'playVideo', args: [] });
    } else if (kind === 'vimeo') {
      post({ method: 'setCurrentTime', value: t });
      post({ method: 'play' });
    } else {
      iframe.src = embedAt(t);
    }
    highlight(t);
  }

  // Arriving at a turn (/sources/…#<quote id>), the player starts from that turn.
  var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  turns.forEach(function (t) {
    if (target && t.el === target) {
      start = t.start;
      play.lastChild.textContent = 'Play from ' + t.link.textContent.replace(/^\s*Play from\s*/, '');
    }
  });

  play.hidden = false;
  play.addEventListener('click', function () { load(start, end); });
  turns.forEach(function (t) {
    t.link.addEventListener('click', function (event) {
      event.preventDefault();
      seek(t.start);
    });
  });
})();
