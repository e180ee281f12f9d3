/**
 * The site's content as the pages need it, loaded once from the collections and checked as a whole before any
 * page renders: every citation of the pages, the summary, the timeline, the checker, the disagreements, the
 * corrections and the glossary holds; every page key names a page; translations match; no text the site writes
 * itself counts time from the day of writing. Bad content fails the build with every problem listed at once,
 * each naming its file and field, so an editor fixes them all in one round. Every other loader awaits
 * `loadSite()`, so nothing renders from unchecked data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectCitations, findBasisProblems } from './lib/checker/engine';
import { extractCiteTags, findCitationProblems, numberCitations, type CitableSource, type Citation } from './lib/citations';
import { findFormConflicts } from './lib/glossary';
import { t, type Locale } from './lib/i18n';
import type { NavItem } from './lib/navigation';
import { DATA_PAGE_KEYS, dataPageLink, disagreementCitations, findPageKeyProblems, isDataPageKey } from './lib/pageNotices';
import { proseOfMdx, relativeTimeProblems, textFields } from './lib/relativeTime';
import { generatedPath, pagePath, splitPageId, type Translatable } from './lib/routes';
import { placesCiting, type SharedPlace, type SiteCitations } from './lib/sourceUses';
import { findParityProblems } from './lib/sections';
import { findUncitedBlocks } from './lib/uncited';
import { findTimelineProblems } from './lib/timeline/events';

export type SourceEntry = CollectionEntry<'sources'>;
export type PageEntry = CollectionEntry<'pages'>;

export interface Page extends Translatable {
  entry: PageEntry;
  slug: string;
  /** Distinct citations in order of first use; CitationList groups them by source (lib/noteGroups.ts). */
  notes: Citation[];
}

let loaded: Promise<{ sources: Map<string, SourceEntry>; pages: Page[]; citations: SiteCitations }> | undefined;

export function loadSite() {
  loaded ??= load();
  return loaded;
}

async function load() {
  const sourceEntries = await getCollection('sources');
  const sources = new Map(sourceEntries.map((entry) => [entry.id, entry]));
  /** What every citation on the site is checked against. */
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
  const pageKeys = new Set<string>([...pages.map((page) => page.key), ...DATA_PAGE_KEYS]);
  problems.push(
    ...keysUsedTwice(pages),
    ...parityProblems(pages, sources),
    ...pages.flatMap((page) => findUncitedBlocks(page.entry.body ?? '', `content/pages/${page.entry.id}.mdx`)),
    ...(await dataProblems(citable, pageKeys)),
    ...(await handWrittenRelativeTime(pageEntries)),
  );
  if (problems.length > 0) throw new Error(`Content check failed:\n  ${problems.join('\n  ')}`);
  pages.sort((a, b) => a.entry.data.order - b.entry.data.order);
  return { sources, pages, citations: await siteCitations(pages) };
}

/** Every checked citation of the site, by the place that shows it (lib/sourceUses.ts). */
async function siteCitations(pages: readonly Page[]): Promise<SiteCitations> {
  return {
    written: [
      ...pages.map((page) => ({ key: page.key, locale: page.locale, citations: page.notes })),
      ...(await getCollection('summary')).map((entry) => ({ key: 'summary', locale: entry.id as Locale, citations: extractCiteTags(entry.body ?? '') })),
    ],
    timeline: (await getCollection('timeline')).map((entry) => entry.data),
    checker: (await getCollection('checker')).map((entry) => entry.data),
    glossary: (await getCollection('glossary')).map((entry) => entry.data),
    disagreements: (await getCollection('disagreements')).map((entry) => entry.data),
    corrections: (await getCollection('corrections')).map((entry) => entry.data),
  };
}

/** The citations and page keys of the data beside the pages, each problem naming its file (and field). */
async function dataProblems(citable: ReadonlyMap<string, CitableSource>, pageKeys: ReadonlySet<string>): Promise<string[]> {
  const editorial = (folder: string, pages: readonly string[], citations: readonly Citation[], id: string) => {
    const where = `content/${folder}/${id}.yaml`;
    return [...findPageKeyProblems(pages, pageKeys, where), ...findCitationProblems(citations, citable, where)];
  };
  const glossary = await getCollection('glossary');
  return [
    ...(await getCollection('summary')).flatMap((entry) =>
      findCitationProblems(extractCiteTags(entry.body ?? ''), citable, `content/summary/${entry.id}.mdx`),
    ),
    ...findTimelineProblems(
      (await getCollection('timeline')).map((entry) => ({ id: entry.id, ...entry.data })),
      citable,
    ),
    ...(await getCollection('checker')).flatMap((entry) => [
      ...collectCitations(entry.data).flatMap(({ where, citations }) => findCitationProblems(citations, citable, `content/checker/tree.yaml: ${where}`)),
      ...findBasisProblems(entry.data, citable, 'content/checker/tree.yaml'),
    ]),
    ...(await getCollection('disagreements')).flatMap(({ id, data }) => editorial('disagreements', data.pages, disagreementCitations(data), id)),
    ...(await getCollection('corrections')).flatMap(({ id, data }) => editorial('corrections', data.pages, data.citations, id)),
    ...glossary.flatMap(({ id, data }) => findCitationProblems(data.citations, citable, `${glossaryFile(id)} (citations)`)),
    ...findFormConflicts(
      glossary.map(({ id, data }) => ({ id, ...data })),
      glossaryFile,
    ),
  ];
}

const glossaryFile = (id: string) => `content/glossary/${id}.yaml`;

/**
 * Relative time ("vor gut zwei Jahren", "last year") in every text the site writes itself: pages, summary,
 * timeline, checker, disagreements, corrections and glossary. The sources' own words (their bodies and every quote)
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
    ...(await getCollection('glossary')).map((entry) => ({ file: glossaryFile(entry.id), fields: textFields(entry.data) })),
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

/** The sources behind some citations, each once, for the "Sources up to …" line of the page that shows them. */
export async function sourcesCitedBy(citations: Iterable<Citation>): Promise<SourceEntry[]> {
  const { sources } = await loadSite();
  return [...new Set([...citations].map((citation) => citation.source))].map((id) => sources.get(id)!);
}

/** For the sources page: every page that cites the source, in `locale`, the pages built from data included. */
export async function citingPages(sourceId: string, locale: Locale): Promise<NavItem[]> {
  const { pages, citations } = await loadSite();
  const ui = t(locale);
  const shared: Record<Exclude<SharedPlace, 'timeline' | 'checker'>, NavItem> = {
    glossary: { path: generatedPath(locale, 'glossary'), label: ui.glossaryTitle },
    disagreements: { path: generatedPath(locale, 'disagreements'), label: ui.disagreementsTitle },
    corrections: { path: generatedPath(locale, 'corrections'), label: ui.correctionsTitle },
  };
  return placesCiting(sourceId, locale, citations).map((key): NavItem => {
    if (isDataPageKey(key)) return dataPageLink(key, locale);
    if (key in shared) return shared[key as keyof typeof shared];
    const page = pages.find((candidate) => candidate.locale === locale && candidate.key === key)!;
    return { path: page.path, label: page.entry.data.title };
  });
}
