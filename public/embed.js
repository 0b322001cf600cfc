/* Jambatan embed host script: sizes each Jambatan iframe on this page to its content.
   It matches a message to an iframe by event.source and ignores any other message. */
/* global window, document */
(function () {
  'use strict';
  if (window.jambatanEmbed) return;
  window.jambatanEmbed = 1;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'jambatan:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !(height > 0 && height < 1e6)) return;
    // Looked up on each message, so iframes added after this script ran are sized too.
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (event.source && frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
