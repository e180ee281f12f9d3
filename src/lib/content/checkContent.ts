/**
 * The whole site's content checked together, over plain arrays (no Astro, so Vitest runs it on fixtures): every
 * citation of the pages, the summary, the timeline, the checker, the disagreements, the corrections and the
 * glossary holds; every page key names a page; translations match; no text the site writes itself counts time
 * from the day of writing. Returns every problem found, each naming its file and field, so an editor fixes them
 * all in one round; src/data/site.ts runs it before any page renders.
 */
import { collectCitations, findBasisProblems } from '../checker/engine';
import { findCitationProblems, type CitableSource, type Citation } from '../citations';
import { findFormConflicts } from '../glossaryTerms';
import { extractCiteTags, proseOfMdx } from '../mdx';
import { DATA_PAGE_KEYS, disagreementCitations, findPageKeyProblems } from '../pageNotices';
import { relativeTimeProblems, textFields, type TextField } from '../relativeTime';
import { splitPageId } from '../routes';
import { findParityProblems } from '../sections';
import { findTimelineProblems } from '../timeline/events';
import { findUncitedBlocks } from '../uncited';
import type { CheckerTree } from '../../schemas/checker';
import type { CorrectionData } from '../../schemas/corrections';
import type { DisagreementData } from '../../schemas/disagreements';
import type { GlossaryEntryData } from '../../schemas/glossary';
import type { PageData } from '../../schemas/pages';
import type { SourceData } from '../../schemas/sources';
import type { SummaryData } from '../../schemas/summary';
import type { TimelineEventData } from '../../schemas/timeline';

/** One file of a collection, as its loader read it: the id (the file name) and the parsed data. */
interface ContentEntry<Data> {
  id: string;
  data: Data;
}

/** An MDX or Markdown file: its data and its body. */
interface ContentFile<Data> extends ContentEntry<Data> {
  body: string;
}

/** Every collection of the site, as plain arrays. */
export interface SiteContent {
  sources: readonly ContentFile<SourceData>[];
  pages: readonly ContentFile<PageData>[];
  summary: readonly ContentFile<SummaryData>[];
  timeline: readonly ContentEntry<TimelineEventData>[];
  checker: readonly ContentEntry<CheckerTree>[];
  disagreements: readonly ContentEntry<DisagreementData>[];
  corrections: readonly ContentEntry<CorrectionData>[];
  glossary: readonly ContentEntry<GlossaryEntryData>[];
}

const pageFile = (id: string) => `content/pages/${id}.mdx`;
const glossaryFile = (id: string) => `content/glossary/${id}.yaml`;
const CHECKER_FILE = 'content/checker/tree.yaml';

/** Every problem of the content, or an empty list. */
export function checkContent(content: SiteContent): string[] {
  const citable = new Map<string, CitableSource>(content.sources.map(({ id, data, body }) => [id, { id, kind: data.kind, body }]));
  const pageKeys = new Set<string>([...content.pages.map((page) => page.data.key), ...DATA_PAGE_KEYS]);
  return [
    ...sourceProblems(content.sources, citable),
    ...content.pages.flatMap(({ id, body }) => findCitationProblems(extractCiteTags(body), citable, pageFile(id))),
    ...keysUsedTwice(content.pages),
    ...parityProblems(content.pages, content.sources),
    ...content.pages.flatMap(({ id, body }) => findUncitedBlocks(body, pageFile(id))),
    ...dataProblems(content, citable, pageKeys),
    ...handWrittenRelativeTime(content),
  ];
}

/** Each source's key quotes stand in its own text, and a translation names a source that exists. */
function sourceProblems(sources: SiteContent['sources'], citable: ReadonlyMap<string, CitableSource>): string[] {
  return sources.flatMap(({ id, data }) => [
    ...findCitationProblems(
      data.keyQuotes.map((quote) => ({ source: id, quote })),
      citable,
      `content/sources/${id}.md (keyQuotes)`,
    ),
    ...(data.translationOf && !citable.has(data.translationOf)
      ? [`content/sources/${id}.md: translationOf names unknown source "${data.translationOf}"`]
      : []),
  ]);
}

/** A key names one page per language: the language switch links a page to its one translation. */
function keysUsedTwice(pages: SiteContent['pages']): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id, data } of pages) {
    const { locale } = splitPageId(id);
    const key = `${locale}/${data.key}`;
    if (seen.has(key)) problems.push(`${pageFile(id)}: key "${data.key}" is used twice in "${locale}"`);
    seen.add(key);
  }
  return problems;
}

/** Each page and its translation have the same sections, citing the same sources (lib/sections.ts). */
function parityProblems(pages: SiteContent['pages'], sources: SiteContent['sources']): string[] {
  const translated = new Map(sources.map(({ id, data }) => [id, data.translationOf ?? id]));
  const sameSource = (id: string) => translated.get(id) ?? id;
  const inLocale = (locale: string) => pages.filter(({ id }) => splitPageId(id).locale === locale);
  const body = ({ id, body: mdx }: ContentFile<PageData>) => ({ where: pageFile(id), mdx });
  return inLocale('en').flatMap((page) => {
    const twin = inLocale('de').find((candidate) => candidate.data.key === page.data.key);
    return twin ? findParityProblems(body(page), body(twin), sameSource) : [];
  });
}

/** The citations and page keys of the data beside the pages, each problem naming its file (and field). */
function dataProblems(content: SiteContent, citable: ReadonlyMap<string, CitableSource>, pageKeys: ReadonlySet<string>): string[] {
  const editorial = (folder: string, pages: readonly string[], citations: readonly Citation[], id: string) => {
    const where = `content/${folder}/${id}.yaml`;
    return [...findPageKeyProblems(pages, pageKeys, where), ...findCitationProblems(citations, citable, where)];
  };
  return [
    ...content.summary.flatMap(({ id, body }) => findCitationProblems(extractCiteTags(body), citable, `content/summary/${id}.mdx`)),
    ...findTimelineProblems(
      content.timeline.map(({ id, data }) => ({ id, ...data })),
      citable,
    ),
    ...content.checker.flatMap(({ data }) => [
      ...collectCitations(data).flatMap(({ where, citations }) => findCitationProblems(citations, citable, `${CHECKER_FILE}: ${where}`)),
      ...findBasisProblems(data, citable, CHECKER_FILE),
    ]),
    ...content.disagreements.flatMap(({ id, data }) => editorial('disagreements', data.pages, disagreementCitations(data), id)),
    ...content.corrections.flatMap(({ id, data }) => editorial('corrections', data.pages, data.citations, id)),
    ...content.glossary.flatMap(({ id, data }) => findCitationProblems(data.citations, citable, `${glossaryFile(id)} (citations)`)),
    ...findFormConflicts(
      content.glossary.map(({ id, data }) => ({ id, ...data })),
      glossaryFile,
    ),
  ];
}

/**
 * Relative time ("vor gut zwei Jahren", "last year") in every text the site writes itself: pages, summary,
 * timeline, checker, disagreements, corrections and glossary. The sources' own words (their bodies and every quote)
 * keep their wording.
 */
function handWrittenRelativeTime(content: SiteContent): string[] {
  const mdx = (folder: string) => (entry: ContentFile<PageData | SummaryData>) => ({
    file: `content/${folder}/${entry.id}.mdx`,
    fields: [...textFields(entry.data), { field: 'body', text: proseOfMdx(entry.body) }],
  });
  const yaml = (folder: string, skip: (field: TextField) => boolean = () => false) => (entry: ContentEntry<unknown>) => ({
    file: `content/${folder}/${entry.id}.yaml`,
    fields: textFields(entry.data).filter((field) => !skip(field)),
  });
  const files = [
    ...content.pages.map(mdx('pages')),
    ...content.summary.map(mdx('summary')),
    ...content.timeline.map(yaml('timeline')),
    ...content.checker.map((entry) => ({ file: CHECKER_FILE, fields: textFields(entry.data) })),
    ...content.disagreements.map(yaml('disagreements')),
    // A correction's `wrong` repeats what a page used to say, relative time included, to say that it was wrong.
    ...content.corrections.map(yaml('corrections', ({ field }) => field.startsWith('wrong.'))),
    ...content.glossary.map(yaml('glossary')),
  ];
  return files.flatMap(({ file, fields }) => relativeTimeProblems(file, fields));
}
