import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HOW_IT_DECIDES_SLUG } from '../../src/lib/checker/address';
import type { Locale } from '../../src/lib/i18n';
import { pageTypeOf } from './builtFiles';

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
      else if (entry.name === 'index.html')
        paths.push(`/${relative(DIST, dir).split(sep).join('/')}/`.replace('//', '/'));
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

export type CheckerKind = 'start' | 'question' | 'result' | 'moved' | 'how-it-decides';

/** Which of the checker's templates a built checker page comes from, read from its HTML. */
export function checkerKindOf(path: string): CheckerKind {
  const [locale, , ...answers] = path.split('/').filter(Boolean);
  if (answers.length === 0) return 'start';
  if (answers.join('/') === HOW_IT_DECIDES_SLUG[locale as Locale]) return 'how-it-decides';
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  if (html.includes('data-moved-to')) return 'moved';
  // Class names also appear in the inlined stylesheet: match the markup.
  if (html.includes('class="verdict-panel')) return 'result';
  if (html.includes('id="answer-')) return 'question';
  throw new Error(`${path}: a checker page of no known kind (question, result, moved address)`);
}

/**
 * The pages every-page.spec checks beyond the light pass: axe in the dark scheme at 360 px, nothing scrolling
 * sideways at 360 px, and a browser visit with JavaScript off. Every page outside the checker, and of the checker
 * (hundreds of pages from four templates) the first two pages of each kind in each language and every tenth page
 * besides, so a fault in one template's dark scheme or in how it reads without JavaScript shows.
 */
export function representativePages(paths: string[]): string[] {
  const checker = paths.filter((path) => /^\/(en|de)\/check\//.test(path));
  const seen = new Map<string, number>();
  const sample = checker.filter((path, index) => {
    const key = `${localeOf(path)} ${checkerKindOf(path)}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return seen.get(key)! <= 2 || index % 10 === 0;
  });
  return paths.filter((path) => !checker.includes(path) || sample.includes(path));
}

/**
 * The first page of each template in each language (and of the two pages outside both): the page types of the
 * byte budgets, with the checker's kinds apart. every-page.spec runs Equal Access in the dark scheme on these,
 * so each template meets both engines in both schemes.
 */
export function templateSamples(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const template = path.includes('/check/') ? `checker ${checkerKindOf(path)}` : pageTypeOf(path);
    const key = `${localeOf(path) ?? 'none'} ${template}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
