/**
 * Which checker pages search indexes. Every path of answers is a page of its own (72 paths for 17 results), so
 * indexing them all would list the same verdict many times over. Each result is indexed once, at the first path in
 * the tree's order that reaches it, with the parts that path adds (other paths' parts are not searched).
 */
import { checkerPath } from './checker/address';
import { enumeratePaths, resolve } from './checker/engine';
import type { Locale } from './i18n';
import type { CheckerTree } from '../schemas/checker';

export function searchableCheckerPaths(tree: CheckerTree, locale: Locale): Set<string> {
  const seen = new Set<string>();
  const paths = new Set<string>();
  for (const answers of enumeratePaths(tree)) {
    const resolution = resolve(tree, answers);
    if (!resolution.ok || resolution.node.kind !== 'outcome') continue;
    const key = resolution.node.outcome.id;
    if (seen.has(key)) continue;
    seen.add(key);
    paths.add(checkerPath(locale, answers));
  }
  return paths;
}
