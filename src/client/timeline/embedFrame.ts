/**
 * The embed's side of the host protocol (the theme is applied before the first paint, EmbedPage.astro): tell
 * the host page the content's height whenever it changes (observed, not polled: load, resize, list or chart, a
 * card opened or closed), once per animation frame, as a versioned message and as the AMP embed-size message.
 * The host's embed.js sets the frame to that height, so nothing inside the frame ever scrolls. A host that
 * loaded embed.js after the first message asks again (SIZE_REQUEST_TYPE). A height leaks nothing, so any host
 * may receive it.
 */
import { RESIZE_MESSAGE_TYPE, SIZE_REQUEST_TYPE } from '../../lib/timeline/embedOptions';

/** The content's height: the document box, which CSS never stretches to the frame. */
const contentHeight = (doc: Document = document) => Math.ceil(doc.documentElement.getBoundingClientRect().height);

/** `id`: the host's name for this frame (the `id` option), echoed in each message. */
export function reportFrameHeight(id: string | undefined): void {
  if (window.parent === window) return;
  let pending = 0;
  let lastHeight = 0;
  const post = () => {
    pending = 0;
    const height = contentHeight();
    if (height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE_TYPE, v: 1, id: id ?? null, height }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  const schedule = () => (pending ||= requestAnimationFrame(post));
  new ResizeObserver(schedule).observe(document.documentElement);
  window.addEventListener('load', schedule);
  window.addEventListener('message', (message) => {
    const data = message.data as { type?: unknown; v?: unknown } | null;
    if (message.source !== window.parent || data?.type !== SIZE_REQUEST_TYPE || data.v !== 1) return;
    lastHeight = 0;
    schedule();
  });
}
