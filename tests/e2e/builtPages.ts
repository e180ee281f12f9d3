import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { answersFromPath, checkerPath, howItDecidesPath } from '../../src/lib/checker/address';
import { distinctPages } from '../../src/lib/checker/engine';
import { loadCheckerTree } from '../../src/lib/checker/validateTree';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * Every page of the production build as a site path ("/en/", "/de/quellen/", "/404.html"), found on disk so no
 * page escapes the checks.
 */
export function builtPagePaths(): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('_')) walk(full);
      else if (entry.name === 'index.html') paths.push(`/${relative(DIST, dir).split(sep).join('/')}/`.replace('//', '/'));
      else if (entry.name.endsWith('.html')) paths.push(`/${relative(DIST, full).split(sep).join('/')}`);
    }
  };
  walk(DIST);
  return paths.sort();
}

export function localeOf(path: string): 'en' | 'de' | undefined {
  const first = path.split('/')[1];
  return first === 'en' || first === 'de' ? first : undefined;
}

/**
 * The pages that browser gates visit: every built page, except that of the checker's answer pages only one per
 * question and per result is kept (lib/checker/engine.ts, distinctPages).
 */
export function browserCheckedPagePaths(): string[] {
  const file = 'content/checker/tree.yaml';
  const tree = loadCheckerTree(parse(readFileSync(join(import.meta.dirname, '..', '..', file), 'utf8')), file);
  const distinct = new Set([
    ...distinctPages(tree).flatMap((answers) => [checkerPath('en', answers), checkerPath('de', answers)]),
    howItDecidesPath('en'),
    howItDecidesPath('de'),
  ]);
  return builtPagePaths().filter((path) => !answersFromPath(path) || distinct.has(path));
}
