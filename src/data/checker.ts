/**
 * The checker's tree as the pages need it: loaded once from the `checker` collection (whose loader has
 * already checked its structure; src/data/site.ts checks its citations against the sources like the pages').
 */
import { getEntry } from 'astro:content';
import { collectCitations } from '../lib/checker/engine';
import { CHECKER_TREE_ID } from '../loaders/checkerTree';
import type { CheckerTree } from '../schemas/checker';
import { once } from './once';
import { loadSite } from './site';
import { sourcesCitedBy, type SourceEntry } from './sources';

const FILE = 'content/checker/tree.yaml';

export const loadCheckerTree = once(async (): Promise<CheckerTree> => {
  const entry = await getEntry('checker', CHECKER_TREE_ID);
  if (!entry) throw new Error(`${FILE}: the checker tree did not load`);
  await loadSite();
  return entry.data;
});

/** Every source the tree cites: each checker page shows the newest one's date in place of a "rules as of" date. */
export function checkerSources(tree: CheckerTree): Promise<SourceEntry[]> {
  return sourcesCitedBy(collectCitations(tree).flatMap(({ citations }) => citations));
}
