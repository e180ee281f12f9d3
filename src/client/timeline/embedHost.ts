/**
 * The embed's conversation with its host page (protocol version 1) and its two views. The host learns
 * which event the reader selected and may ask for one; only the parent frame is heard, only known ids.
 */
import { GOTO_MESSAGE_TYPE, NAVIGATE_MESSAGE_TYPE } from '../../lib/timeline/embedOptions';

export function tellHostSelected(frameId: string | undefined, event: string): void {
  window.parent.postMessage({ type: NAVIGATE_MESSAGE_TYPE, v: 1, id: frameId ?? null, event }, '*');
}

export function listenToHost(isEvent: (id: string) => boolean, show: (id: string) => void): void {
  window.addEventListener('message', (message) => {
    const data = message.data as { type?: unknown; v?: unknown; event?: unknown } | null;
    if (
      message.source !== window.parent ||
      data?.type !== GOTO_MESSAGE_TYPE ||
      data.v !== 1 ||
      typeof data.event !== 'string'
    )
      return;
    if (isEvent(data.event)) show(data.event);
  });
}

/** Chart with one event card, or the full dated list: timeline.css shows one by the root's data-view. */
export function enhanceEmbedViews(root: HTMLElement): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-view]')];
  for (const button of buttons) {
    button.addEventListener('click', () => {
      root.dataset.view = button.dataset.view!;
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
    });
  }
}
