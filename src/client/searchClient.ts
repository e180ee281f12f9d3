/**
 * The search page's enhancement: reads `?q=`, asks Pagefind (built by src/integrations/search.mjs) and
 * lists the hits. Pagefind picks the index of the page's <html lang>, so results stay in the reader's language.
 */
import { fillTemplate } from '../lib/template';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 10;

/** Pagefind marks hits with <mark>; everything else in an excerpt is text and is inserted as text. */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const decode = (text: string) =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = part.startsWith('<mark>');
      return { text: decode(marked ? part.slice(6, -7) : part), marked };
    });
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
    return;
  }
  const found = await pagefind.search(query);
  const hits = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  const template = hits.length > 0 ? status.dataset.count : status.dataset.none;
  status.textContent = fillTemplate(template ?? '', { count: found.results.length, query });
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hit.url;
      link.className = 'font-medium';
      link.textContent = hit.meta.title ?? hit.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'text-muted';
      for (const part of excerptParts(hit.excerpt)) {
        excerpt.append(part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
      }
      item.append(link, excerpt);
      return item;
    }),
  );
}
