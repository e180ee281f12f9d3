/* Resizes embedded Kaspersky-ban timelines (<iframe data-kb-timeline>) to their content. Accepts only
   messages from this script's own origin, of the documented shape, from the frame that sent them. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'kaspersky-ban-timeline:resize' || data.v !== 1) return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-kb-timeline]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].height = String(Math.round(Math.min(20000, Math.max(200, data.height))));
      }
    }
  });
})();
