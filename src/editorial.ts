/**
 * The disagreements between the sources and the corrections log, loaded once and checked like the pages:
 * every quote must stand in its source and every page key must name a page, so bad data fails the build with
 * its file named before any page renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findCitationProblems, type Citation } from './lib/citations';
import type { Locale } from './lib/i18n';
import type { NavItem } from './lib/navigation';
import { DATA_PAGE_KEYS, dataPageLink, entriesTouching, findPageKeyProblems, isDataPageKey, newestFirst } from './lib/pageNotices';
import { loadSite, pagesIn } from './site';

export type DisagreementEntry = CollectionEntry<'disagreements'>;
export type CorrectionEntry = CollectionEntry<'corrections'>;

let loaded: Promise<{ disagreements: DisagreementEntry[]; corrections: CorrectionEntry[] }> | undefined;

export function loadEditorial() {
  loaded ??= load();
  return loaded;
}

async function load() {
  const { citable, pages } = await loadSite();
  const pageKeys = new Set<string>([...pages.map((page) => page.key), ...DATA_PAGE_KEYS]);

  const disagreements = (await getCollection('disagreements')).sort((a, b) => a.data.order - b.data.order);
  const corrections = newestFirst(await getCollection('corrections'));
  const problems = [
    ...disagreements.flatMap(({ id, data }) => {
      const where = `content/disagreements/${id}.yaml`;
      return [...findPageKeyProblems(data.pages, pageKeys, where), ...findCitationProblems(disagreementCitations(data), citable, where)];
    }),
    ...corrections.flatMap(({ id, data }) => {
      const where = `content/corrections/${id}.yaml`;
      return [...findPageKeyProblems(data.pages, pageKeys, where), ...findCitationProblems(data.citations, citable, where)];
    }),
  ];
  if (problems.length > 0) throw new Error(`Disagreement and correction check failed:\n  ${problems.join('\n  ')}`);
  return { disagreements, corrections };
}

/** Every citation of a disagreement: each source's account, then the primary text's. */
export function disagreementCitations(data: DisagreementEntry['data']): Citation[] {
  return [...data.accounts, ...(data.primary ? [data.primary] : [])].flatMap((account) => account.citations);
}

/** What the page with this key shows: the corrections that changed it (newest first) and the disagreements on its topic. */
export async function noticesFor(pageKey: string) {
  const { disagreements, corrections } = await loadEditorial();
  return { corrections: entriesTouching(corrections, pageKey), disagreements: entriesTouching(disagreements, pageKey) };
}

/** The pages with these keys as links in `locale` (keys were checked at load). */
export async function pageLinks(keys: readonly string[], locale: Locale): Promise<NavItem[]> {
  const pages = await pagesIn(locale);
  return keys.flatMap((key) => {
    if (isDataPageKey(key)) return [dataPageLink(key, locale)];
    const page = pages.find((candidate) => candidate.key === key);
    return page ? [{ path: page.path, label: page.entry.data.navLabel }] : [];
  });
}
