/* Sizes embedded Kaspersky-ban timelines (<iframe data-kb-timeline>) to their content's height, so nothing
   inside them scrolls. Accepts only messages from this script's own origin, of the documented shape, from the
   frame that sent them; clamps the height to 240-8000 px. Asks each frame for its height once, in case a frame
   spoke before this script ran. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var frames = function () { return document.querySelectorAll('iframe[data-kb-timeline]'); };
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'kaspersky-ban-timeline:resize' || data.v !== 1) return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      if (all[i].contentWindow === event.source) {
        var px = String(Math.round(Math.min(8000, Math.max(240, data.height))));
        all[i].height = px;
        all[i].style.height = px + 'px';
      }
    }
  });
  var ask = function (frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'kaspersky-ban-timeline:size', v: 1 }, origin);
  };
  var all = frames();
  for (var i = 0; i < all.length; i++) {
    ask(all[i]);
    all[i].addEventListener('load', function (event) { ask(event.target); });
  }
})();
