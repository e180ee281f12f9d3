/**
 * The glossary, loaded once (src/data/site.ts checks its quotes, that no form of a term names two entries and that no
 * definition counts time from the day of writing, with the rest of the content before any page renders).
 */
import { getCollection } from 'astro:content';
import { once } from './once';
import { loadSite } from './site';

export const loadGlossary = once(async () => {
  await loadSite();
  return getCollection('glossary');
});
