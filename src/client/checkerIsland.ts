/**
 * The checker without page loads: answer, back, change and start-again links fetch the next step's
 * pre-rendered page and swap its content in, at the very same address (history.pushState), so reload,
 * bookmarks and back/forward behave as without JavaScript. Focus moves to the new heading, which a live
 * region also announces. Any failure falls back to an ordinary page load.
 */
import { answersFromPath } from '../lib/checker/address';
import { formatDay, formatTimeSince, parsePartialDate } from '../lib/partialDate';

const ROOT = '[data-checker-root]';
const pages = new Map<string, Promise<Document>>();

function fetchPage(url: string): Promise<Document> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    });
    page.catch(() => pages.delete(url));
    pages.set(url, page);
  }
  return page;
}

/**
 * Recounts every "time since" from the reader's own date, dates a printout by the reader's day, marks the
 * answer a "Change" link came back for, and offers printing.
 */
function enhance(root: ParentNode, hash: string) {
  const locale = document.documentElement.lang;
  for (const since of root.querySelectorAll<HTMLElement>('[data-since]')) {
    since.textContent = formatTimeSince(parsePartialDate(since.dataset.since!).start, new Date(), locale);
  }
  for (const readOn of root.querySelectorAll<HTMLElement>('[data-read-on]')) {
    readOn.textContent = readOn.dataset.readOn!.replace('{day}', formatDay(new Date(), locale));
  }
  const previous = hash.startsWith('#answer-')
    ? root.querySelector<HTMLElement>(`[id="${CSS.escape(hash.slice(1))}"]`)
    : null;
  previous?.setAttribute('data-previous', '');
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print], [data-copy-link]')) {
    button.hidden = button.hasAttribute('data-copy-link') && !navigator.clipboard;
  }
}

/** Parts outside the step that differ between steps: canonical and alternate links, robots, the page notices, the language switch. */
function copyPageFrame(next: Document) {
  document.title = next.title;
  for (const selector of ['link[rel="canonical"]', 'link[rel="alternate"]', 'meta[name="robots"]']) {
    document.head.querySelectorAll(selector).forEach((element) => element.remove());
    next.head.querySelectorAll(selector).forEach((element) => document.head.append(document.importNode(element, true)));
  }
  // A result shows its corrections and disagreements, a question none (BaseLayout's `notices`).
  const notices = next.querySelector('[data-page-notices]');
  document
    .querySelector('[data-page-notices]')
    ?.replaceChildren(...[...(notices?.childNodes ?? [])].map((node) => document.importNode(node, true)));
  const languageSwitch = next.querySelector('header a[hreflang]')?.getAttribute('href');
  if (languageSwitch) document.querySelector('header a[hreflang]')?.setAttribute('href', languageSwitch);
}

/** The address whose step is on screen; a footnote jump changes only the fragment and must not reload the step. */
let shownPath = location.pathname;

async function show(href: string, push: boolean) {
  const url = new URL(href);
  const { hash } = url;
  url.hash = '';
  if (!push && url.pathname === shownPath) return;
  const current = document.querySelector(ROOT);
  try {
    const next = await fetchPage(url.href);
    const root = next.querySelector(ROOT);
    if (!current || !root) throw new Error(`${url} has no checker step`);
    const imported = document.importNode(root, true);
    current.replaceWith(imported);
    copyPageFrame(next);
    if (push) history.pushState(null, '', url);
    shownPath = url.pathname;
    enhance(imported, hash);
    window.scrollTo(0, 0);
    const heading = imported.querySelector<HTMLElement>('h1');
    heading?.focus();
    const status = document.querySelector('[data-checker-status]');
    if (status && heading) status.textContent = heading.textContent?.trim() ?? '';
  } catch {
    location.assign(url);
  }
}

/** The button itself says that the link was copied, and the live region says it to screen readers. */
async function copyLink(button: HTMLElement) {
  await navigator.clipboard.writeText(location.href);
  button.textContent = button.dataset.copyLink!;
  const status = document.querySelector('[data-checker-status]');
  if (status) status.textContent = button.dataset.copyLink!;
}

export function enhanceChecker() {
  enhance(document, location.hash);
  document.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target as Element | null;
    if (target?.closest('[data-print]')) return window.print();
    const copy = target?.closest<HTMLElement>('[data-copy-link]');
    if (copy) return void copyLink(copy);
    const link = target?.closest<HTMLAnchorElement>('a[data-checker-link]');
    // Only steps of the checker on this site are swapped in; anything else loads as a page.
    if (!link || link.origin !== location.origin || !answersFromPath(link.pathname)) return;
    event.preventDefault();
    void show(link.href, true);
  });
  window.addEventListener('popstate', () => void show(location.href, false));
}
