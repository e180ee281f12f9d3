/** The explainer pages as routes, navigation and footnotes need them (checked with the rest in src/data/site.ts). */
import type { CollectionEntry } from 'astro:content';
import type { Citation } from '../lib/citations';
import type { Locale } from '../lib/i18n';
import type { Translatable } from '../lib/routes';
import { loadSite } from './site';

export type PageEntry = CollectionEntry<'pages'>;

export interface Page extends Translatable {
  entry: PageEntry;
  slug: string;
  /** Distinct citations in order of first use; CitationList groups them by source (lib/noteGroups.ts). */
  notes: Citation[];
}

/** Every page, in the order of their `order` field. */
export async function loadPages(): Promise<Page[]> {
  return (await loadSite()).pages;
}

export async function pagesIn(locale: Locale): Promise<Page[]> {
  return (await loadPages()).filter((page) => page.locale === locale);
}

export async function pageAt(path: string): Promise<Page | undefined> {
  return (await loadPages()).find((page) => page.path === path);
}
