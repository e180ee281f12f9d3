import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
