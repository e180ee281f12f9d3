/**
 * The site's content as the pages need it: loaded once from the collections, with every citation
 * checked and the site's own words free of hand-written relative time, so bad content fails the build
 * before any page renders, with every problem found listed at once (an editor fixes them all in one round).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationKey, extractCiteTags, findCitationProblems, numberCitations, type CitableSource, type Citation } from './lib/citations';
import type { Locale } from './lib/i18n';
import { proseOfMdx, relativeTimeProblems, textFields } from './lib/relativeTime';
import { pagePath, splitPageId, type Translatable } from './lib/routes';
import { findParityProblems } from './lib/sections';

export type SourceEntry = CollectionEntry<'sources'>;
export type PageEntry = CollectionEntry<'pages'>;

export interface Page extends Translatable {
  entry: PageEntry;
  slug: string;
  /** Distinct citations in order of first use: index + 1 is the footnote number. */
  notes: Citation[];
}

let loaded: Promise<{ sources: Map<string, SourceEntry>; citable: Map<string, CitableSource>; pages: Page[] }> | undefined;

export function loadSite() {
  loaded ??= load();
  return loaded;
}

async function load() {
  const sourceEntries = await getCollection('sources');
  const sources = new Map(sourceEntries.map((entry) => [entry.id, entry]));
  /** What every citation on the site is checked against: pages here, and the summary and the editorial data. */
  const citable = new Map<string, CitableSource>(sourceEntries.map((entry) => [entry.id, { id: entry.id, kind: entry.data.kind, body: entry.body ?? '' }]));

  const problems: string[] = [];
  for (const entry of sourceEntries) {
    const keyQuotes = entry.data.keyQuotes.map((quote) => ({ source: entry.id, quote }));
    problems.push(...findCitationProblems(keyQuotes, citable, `content/sources/${entry.id}.md (keyQuotes)`));
    if (entry.data.translationOf && !sources.has(entry.data.translationOf)) {
      problems.push(`content/sources/${entry.id}.md: translationOf names unknown source "${entry.data.translationOf}"`);
    }
  }

  const pageEntries = await getCollection('pages');
  const pages = pageEntries.map((entry): Page => {
    const { locale, slug } = splitPageId(entry.id);
    const citations = extractCiteTags(entry.body ?? '');
    problems.push(...findCitationProblems(citations, citable, `content/pages/${entry.id}.mdx`));
    return { entry, locale, slug, key: entry.data.key, path: pagePath(locale, slug), notes: numberCitations(citations) };
  });
  problems.push(...keysUsedTwice(pages), ...parityProblems(pages, sources), ...(await handWrittenRelativeTime(pageEntries)));
  if (problems.length > 0) throw new Error(`Content check failed:\n  ${problems.join('\n  ')}`);
  pages.sort((a, b) => a.entry.data.order - b.entry.data.order);
  return { sources, citable, pages };
}

/**
 * Relative time ("vor gut zwei Jahren", "last year") in every text the site writes itself: pages, summary,
 * timeline, checker, disagreements and corrections. The sources' own words (their bodies and every quote)
 * keep their wording.
 */
async function handWrittenRelativeTime(pageEntries: readonly PageEntry[]): Promise<string[]> {
  const mdx = (folder: string) => (entry: PageEntry | CollectionEntry<'summary'>) => ({
    file: `content/${folder}/${entry.id}.mdx`,
    fields: [...textFields(entry.data), { field: 'body', text: proseOfMdx(entry.body ?? '') }],
  });
  const files = [
    ...pageEntries.map(mdx('pages')),
    ...(await getCollection('summary')).map(mdx('summary')),
    ...(await getCollection('timeline')).map((entry) => ({ file: `content/timeline/${entry.id}.yaml`, fields: textFields(entry.data) })),
    ...(await getCollection('checker')).map((entry) => ({ file: 'content/checker/tree.yaml', fields: textFields(entry.data) })),
    ...(await getCollection('disagreements')).map((entry) => ({ file: `content/disagreements/${entry.id}.yaml`, fields: textFields(entry.data) })),
    // A correction's `wrong` repeats what a page used to say, relative time included, to say that it was wrong.
    ...(await getCollection('corrections')).map((entry) => ({
      file: `content/corrections/${entry.id}.yaml`,
      fields: textFields(entry.data).filter(({ field }) => !field.startsWith('wrong.')),
    })),
  ];
  return files.flatMap(({ file, fields }) => relativeTimeProblems(file, fields));
}

/** A key names one page per language: the language switch links a page to its one translation. */
function keysUsedTwice(pages: readonly Page[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const page of pages) {
    const id = `${page.locale}/${page.key}`;
    if (seen.has(id)) problems.push(`content/pages/${page.entry.id}.mdx: key "${page.key}" is used twice in "${page.locale}"`);
    seen.add(id);
  }
  return problems;
}

/** Each page and its translation have the same sections, citing the same sources (lib/sections.ts). */
function parityProblems(pages: readonly Page[], sources: ReadonlyMap<string, SourceEntry>): string[] {
  const sameSource = (id: string) => sources.get(id)?.data.translationOf ?? id;
  const problems: string[] = [];
  for (const page of pages.filter((candidate) => candidate.locale === 'en')) {
    const twin = pages.find((candidate) => candidate.locale === 'de' && candidate.key === page.key);
    if (!twin) continue;
    const body = (entry: PageEntry) => ({ where: `content/pages/${entry.id}.mdx`, mdx: entry.body ?? '' });
    problems.push(...findParityProblems(body(page.entry), body(twin.entry), sameSource));
  }
  return problems;
}

export async function pagesIn(locale: Locale): Promise<Page[]> {
  return (await loadSite()).pages.filter((page) => page.locale === locale);
}

export async function pageAt(path: string): Promise<Page | undefined> {
  return (await loadSite()).pages.find((page) => page.path === path);
}

/** The footnote number of a citation on the page at `path`. */
export async function noteNumber(path: string, citation: Citation): Promise<number> {
  const page = await pageAt(path);
  const index = page?.notes.findIndex((note) => citationKey(note) === citationKey(citation)) ?? -1;
  if (index < 0) throw new Error(`<Cite source="${citation.source}"> on ${path} is not among that page's checked citations`);
  return index + 1;
}

/** The sources behind some citations, each once, for the "Sources up to …" line of the page that shows them. */
export async function sourcesCitedBy(citations: Iterable<Citation>): Promise<SourceEntry[]> {
  const { sources } = await loadSite();
  return [...new Set([...citations].map((citation) => citation.source))].map((id) => sources.get(id)!);
}

/** For the sources page: which pages cite each source. */
export async function citingPages(sourceId: string, locale: Locale): Promise<Page[]> {
  return (await pagesIn(locale)).filter((page) => page.notes.some((note) => note.source === sourceId));
}
