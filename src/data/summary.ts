/**
 * The printable summary as its page needs it: one entry per language, its citations (checked against the
 * sources with the explainer pages', src/data/site.ts) numbered in order of first use, and the cited sources
 * lettered so the compact notes can point to them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationKey, numberCitations, type Citation } from '../lib/citations';
import { extractCiteTags } from '../lib/mdx';
import { isLocale, type Locale } from '../lib/i18n';
import { once } from './once';
import { loadSite } from './site';
import type { SourceEntry } from './sources';

export interface Summary {
  entry: CollectionEntry<'summary'>;
  locale: Locale;
  /** Distinct citations in order of first use: index + 1 is the note number. */
  notes: Citation[];
  /** Cited sources in order of first use: index 0 is "A". */
  sources: SourceEntry[];
}

const loadSummaries = once(async () => {
  const { sources } = await loadSite();
  const summaries = new Map<Locale, Summary>();
  for (const entry of await getCollection('summary')) {
    const file = `content/summary/${entry.id}.mdx`;
    if (!isLocale(entry.id)) throw new Error(`${file}: a summary must be named after its language (en.mdx or de.mdx)`);
    const notes = numberCitations(extractCiteTags(entry.body ?? ''));
    const cited = [...new Set(notes.map((note) => note.source))].map((id) => sources.get(id)!);
    summaries.set(entry.id, { entry, locale: entry.id, notes, sources: cited });
  }
  return summaries;
});

export async function summaryIn(locale: Locale): Promise<Summary> {
  const summary = (await loadSummaries()).get(locale);
  if (!summary) throw new Error(`content/summary/${locale}.mdx is missing: the summary needs one file per language`);
  return summary;
}

export function noteIndex(summary: Summary, citation: Citation): number {
  const index = summary.notes.findIndex((note) => citationKey(note) === citationKey(citation));
  if (index < 0)
    throw new Error(
      `<Cite source="${citation.source}"> in content/summary/${summary.locale}.mdx is not among its checked citations`,
    );
  return index;
}

/** "A", "B", … for the n-th cited source. */
export function sourceLetter(summary: Summary, sourceId: string): string {
  return String.fromCharCode(65 + summary.sources.findIndex((source) => source.id === sourceId));
}
