/**
 * The embed's side of the host protocol: apply the theme option, and tell the host page the content's
 * height whenever it changes (observed, not polled), once per animation frame, as a versioned message
 * and as the AMP embed-size message. A height leaks nothing, so any host may receive it.
 */
import { parseEmbedOptions, RESIZE_MESSAGE_TYPE } from '../../lib/timeline/embedOptions';

export function enhanceEmbedFrame(): void {
  const options = parseEmbedOptions(location.search, new Set());
  if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;
  if (window.parent === window) return;
  let pending = 0;
  let lastHeight = 0;
  const post = () => {
    pending = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE_TYPE, v: 1, id: options.id ?? null, height }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  new ResizeObserver(() => {
    pending ||= requestAnimationFrame(post);
  }).observe(document.documentElement);
}
