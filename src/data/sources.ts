/** The sources as the pages show them (checked with the rest in src/data/site.ts): by id, and where each is cited. */
import type { CollectionEntry } from 'astro:content';
import type { Citation } from '../lib/citations';
import { t, type Locale } from '../lib/i18n';
import type { NavItem } from '../lib/navigation';
import { dataPageLink, isDataPageKey } from '../lib/pageNotices';
import { generatedPath } from '../lib/routes';
import { placesCiting, type SharedPlace } from '../lib/sourceUses';
import { loadSite } from './site';

export type SourceEntry = CollectionEntry<'sources'>;

/** Every source by its id. */
export async function loadSources(): Promise<ReadonlyMap<string, SourceEntry>> {
  return (await loadSite()).sources;
}

/** The sources behind some citations, each once, for the "Sources up to …" line of the page that shows them. */
export async function sourcesCitedBy(citations: Iterable<Citation>): Promise<SourceEntry[]> {
  const sources = await loadSources();
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
