/** Small helps in each list entry: "N years ago" from the reader's own date, and "Copy link". */
import { formatTimeSince, parsePartialDate } from '../../lib/partialDate';
import type { Locale } from '../../lib/i18n';

export function showTimeSince(root: HTMLElement, locale: Locale, today = new Date()): void {
  for (const since of root.querySelectorAll<HTMLElement>('[data-since]')) {
    since.textContent = `(${formatTimeSince(parsePartialDate(since.dataset.since!).start, today, locale)})`;
    since.hidden = false;
  }
}

/** One listener for every copy button, also those inside the detail panel's copies. */
export function enableCopyLinks(root: HTMLElement, announce: (text: string) => void): void {
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy-link]');
    if (!button) return;
    await navigator.clipboard?.writeText(new URL(button.dataset.copyLink!, location.href).href).catch(() => undefined);
    announce(root.dataset.copied ?? '');
  });
}
