/**
 * The search page's enhancement: reads `?q=`, asks Pagefind (built by src/integrations/search.ts) and
 * lists the hits. Pagefind picks the index of the page's <html lang>, so results stay in the reader's language.
 */
import { fillTemplate } from '../lib/template';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 10;
const MAX_SECTIONS = 3;

/**
 * The sections of a page worth a link of their own: those at a heading's anchor (Pagefind also lists the page's
 * top as a sub-result) other than the page's own title, with a hit, most hits first, at most three.
 */
export function bestSections(result: PagefindResultData): PagefindSubResult[] {
  return (result.sub_results ?? [])
    .filter((section) => section.url.includes('#') && section.url !== result.url && section.title !== result.meta.title)
    .filter((section) => section.locations.length > 0)
    .map((section, order) => ({ section, order }))
    .sort((a, b) => b.section.locations.length - a.section.locations.length || a.order - b.order)
    .slice(0, MAX_SECTIONS)
    .map(({ section }) => section);
}

/** Pagefind marks hits with <mark>; everything else in an excerpt is text and is inserted as text. */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = part.startsWith('<mark>');
      return { text: decode(marked ? part.slice(6, -7) : part), marked };
    });
}

/** The words of an address that was not found, as a search: "/en/ultra-av/" gives "ultra av". */
export function queryFromPath(pathname: string): string {
  const last = pathname.split('/').filter(Boolean).pop() ?? '';
  let words: string;
  try {
    words = decodeURIComponent(last);
  } catch {
    words = last;
  }
  return words
    .replace(/\.html?$/i, '')
    .replace(/[-_+.]+/g, ' ')
    .trim();
}

export async function runSearch(document: Document): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const hint = document.querySelector<HTMLElement>('[data-search-hint]');
  if (!form || !status || !list || !hint) return;
  hint.hidden = true;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const query = new URLSearchParams(document.location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (query === '') return;

  let pagefind: Pagefind;
  try {
    // Built after the site, so the bundler must leave this import alone.
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  } catch {
    status.textContent = status.dataset.unavailable ?? '';
    status.hidden = false;
    status.focus();
    return;
  }
  const found = await pagefind.search(query);
  const hits = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  const template = hits.length > 0 ? status.dataset.count : status.dataset.none;
  status.textContent = fillTemplate(template ?? '', { count: found.results.length, query });
  status.hidden = false;
  const excerptOf = (html: string) => {
    const excerpt = document.createElement('p');
    excerpt.className = 'text-muted';
    for (const part of excerptParts(html)) {
      excerpt.append(
        part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text,
      );
    }
    return excerpt;
  };
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      const link = Object.assign(document.createElement('a'), {
        href: hit.url,
        className: 'font-medium',
        textContent: hit.meta.title ?? hit.url,
      });
      item.append(link, excerptOf(hit.excerpt));
      const sections = bestSections(hit);
      if (sections.length > 0) {
        const sectionList = Object.assign(document.createElement('ul'), {
          className: 'mt-2 space-y-2 border-l-2 border-line pl-4',
        });
        for (const section of sections) {
          const sectionItem = document.createElement('li');
          sectionItem.append(
            Object.assign(document.createElement('a'), { href: section.url, textContent: section.title }),
            excerptOf(section.excerpt),
          );
          sectionList.append(sectionItem);
        }
        item.append(sectionList);
      }
      return item;
    }),
  );
  // The reader lands on the count, which a screen reader reads out, with the results right after it.
  status.focus();
}
