/* Jambatan embed host script: sizes each Jambatan iframe on this page to its content.
   Only iframes of the installation this script was loaded from, and only messages from that
   origin, matched to their iframe by event.source; any other message is ignored. */
/* global window, document */
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me || !me.src || typeof URL !== 'function') return;
  // The installation: the folder embed.js lives in (e.g. https://intranet/apps/jambatan/).
  var home = new URL('./', me.src);
  var seen = (window.jambatanEmbed = window.jambatanEmbed || {});
  if (seen[home.href]) return;
  seen[home.href] = 1;
  // frame.src is the address resolved against the page: our frames start with our folder.
  function ours(frame) {
    return typeof frame.src === 'string' && frame.src.indexOf(home.href) === 0;
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== home.origin || !event.source) return;
    if (!data || data.type !== 'jambatan:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !(height > 0 && height < 1e6)) return;
    // Looked up on each message, so iframes added after this script ran are sized too.
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        if (ours(frames[i])) frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
