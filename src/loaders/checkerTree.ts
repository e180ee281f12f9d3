/**
 * Loads the checker's tree for the `checker` collection. Astro's file() loader only logs a file it cannot
 * parse, so this loader throws instead: a broken tree stops the build with the file and node named.
 */
import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { validateCheckerTree } from '../lib/checker/validateTree';

/** The collection's one entry holds the whole tree under this id. */
export const CHECKER_TREE_ID = 'tree';

export function checkerTreeLoader(file: string): Loader {
  return {
    name: 'checker-tree',
    load: async ({ store, parseData, config, watcher }) => {
      const raw = parse(await readFile(new URL(file, config.root), 'utf8'), { prettyErrors: true }) as Record<
        string,
        unknown
      >;
      validateCheckerTree(raw, file);
      const data = await parseData({ id: CHECKER_TREE_ID, data: raw, filePath: file });
      store.clear();
      store.set({ id: CHECKER_TREE_ID, data, filePath: file });
      watcher?.add(new URL(file, config.root).pathname);
    },
  };
}
