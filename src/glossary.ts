/**
 * The glossary, loaded once and checked like the pages: every quote must stand in its source, no form of a term
 * may name two entries, and no definition may count time from the day of writing, so bad data fails the build
 * with its file and field named before any page renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findCitationProblems } from './lib/citations';
import { findFormConflicts } from './lib/glossary';
import { assertNoRelativeTime, textFields } from './lib/relativeTime';
import { loadSite } from './site';

export type GlossaryEntry = CollectionEntry<'glossary'>;

let loaded: Promise<GlossaryEntry[]> | undefined;

export function loadGlossary() {
  loaded ??= load();
  return loaded;
}

const fileOf = (id: string) => `content/glossary/${id}.yaml`;

async function load() {
  const { citable } = await loadSite();
  const entries = await getCollection('glossary');
  const problems = [
    ...entries.flatMap(({ id, data }) => findCitationProblems(data.citations, citable, `${fileOf(id)} (citations)`)),
    ...findFormConflicts(
      entries.map(({ id, data }) => ({ id, ...data })),
      fileOf,
    ),
  ];
  if (problems.length > 0) throw new Error(`Glossary check failed:\n  ${problems.join('\n  ')}`);
  assertNoRelativeTime(entries.map(({ id, data }) => ({ file: fileOf(id), fields: textFields(data) })));
  return entries;
}
