/**
 * The site's content, loaded once from the collections and checked as a whole before any page renders
 * (lib/content/checkContent.ts): bad content fails the build with every problem listed at once, each naming its
 * file and field. Every other loader in src/data awaits `loadSite()`, so nothing renders from unchecked data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { numberCitations } from '../lib/citations';
import { checkContent } from '../lib/content/checkContent';
import type { Locale } from '../lib/i18n';
import { extractCiteTags } from '../lib/mdx';
import { pagePath, splitPageId } from '../lib/routes';
import type { SiteCitations } from '../lib/sourceUses';
import { once } from './once';
import type { Page } from './pages';
import type { SourceEntry } from './sources';

/** An MDX or Markdown entry as the check reads it: its body as a string, empty where there is none. */
const withBody = <E extends { id: string; data: unknown; body?: string | undefined }>(entry: E) => ({
  ...entry,
  body: entry.body ?? '',
});

export const loadSite = once(async () => {
  const sourceEntries = await getCollection('sources');
  const pageEntries = await getCollection('pages');
  const content = {
    sources: sourceEntries.map(withBody),
    pages: pageEntries.map(withBody),
    summary: (await getCollection('summary')).map(withBody),
    timeline: await getCollection('timeline'),
    checker: await getCollection('checker'),
    disagreements: await getCollection('disagreements'),
    corrections: await getCollection('corrections'),
    glossary: await getCollection('glossary'),
  };
  const problems = checkContent(content);
  if (problems.length > 0) throw new Error(`Content check failed:\n  ${problems.join('\n  ')}`);

  const sources = new Map<string, SourceEntry>(sourceEntries.map((entry) => [entry.id, entry]));
  const pages = pageEntries.map(pageOf).sort((a, b) => a.entry.data.order - b.entry.data.order);
  /** Every checked citation of the site, by the place that shows it (lib/sourceUses.ts). */
  const citations: SiteCitations = {
    written: [
      ...pages.map((page) => ({ key: page.key, locale: page.locale, citations: page.notes })),
      ...content.summary.map((entry) => ({
        key: 'summary',
        locale: entry.id as Locale,
        citations: extractCiteTags(entry.body),
      })),
    ],
    timeline: content.timeline.map((entry) => entry.data),
    checker: content.checker.map((entry) => entry.data),
    glossary: content.glossary.map((entry) => entry.data),
    disagreements: content.disagreements.map((entry) => entry.data),
    corrections: content.corrections.map((entry) => entry.data),
  };
  return { sources, pages, citations };
});

function pageOf(entry: CollectionEntry<'pages'>): Page {
  const { locale, slug } = splitPageId(entry.id);
  const notes = numberCitations(extractCiteTags(entry.body ?? ''));
  return { entry, locale, slug, key: entry.data.key, path: pagePath(locale, slug), notes };
}
