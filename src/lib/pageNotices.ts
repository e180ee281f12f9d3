/**
 * Which corrections and disagreements concern a page, and the checks on the page keys that data names. Pages
 * are named by key: an MDX page's front-matter `key`, or one of the pages built from data below.
 */
import type { DisagreementData } from '../schemas/disagreements';
import type { Citation } from './citations';
import type { Locale } from './i18n';
import { answersFromPath, checkerPath } from './checker/address';
import { CHECKER_STRINGS } from './checker/strings';
import type { NavItem } from './navigation';
import { timelinePath } from './routes';
import { summaryPath } from './summary/pdf';
import { SUMMARY_STRINGS } from './summary/strings';
import { TIMELINE_STRINGS } from './timeline/strings';

/**
 * How a page shows its notices: `open` (the disagreements box open, the corrections folded into one dated line),
 * `folded` (both folded, for the checker's results) or `none` (the checker's questions).
 */
export type NoticesMode = 'open' | 'folded' | 'none';

/** Pages built from data that a correction or a disagreement may name, besides the MDX pages' keys. */
export const DATA_PAGE_KEYS = ['timeline', 'checker', 'summary'] as const;
export type DataPageKey = (typeof DATA_PAGE_KEYS)[number];

/** The data-built page at `pathname`, or undefined (MDX pages carry their key themselves). */
export function dataPageKeyAt(pathname: string, locale: Locale): DataPageKey | undefined {
  if (pathname === timelinePath(locale)) return 'timeline';
  if (pathname === summaryPath(locale)) return 'summary';
  if (answersFromPath(pathname)) return 'checker';
  return undefined;
}

/** Where a data-built page lives in `locale`, and its short name. */
export function dataPageLink(key: DataPageKey, locale: Locale): NavItem {
  switch (key) {
    case 'timeline':
      return { path: timelinePath(locale), label: TIMELINE_STRINGS[locale].navLabel };
    case 'checker':
      return { path: checkerPath(locale, []), label: CHECKER_STRINGS[locale].navLabel };
    case 'summary':
      return { path: summaryPath(locale), label: SUMMARY_STRINGS[locale].printSummary };
  }
}

export function isDataPageKey(key: string): key is DataPageKey {
  return (DATA_PAGE_KEYS as readonly string[]).includes(key);
}

/** Every citation of a disagreement: each source's account, then the primary text's. */
export function disagreementCitations(data: DisagreementData): Citation[] {
  return [...data.accounts, ...(data.primary ? [data.primary] : [])].flatMap((account) => account.citations);
}

/** One message per page key that names no page, or an empty list. */
export function findPageKeyProblems(keys: readonly string[], known: ReadonlySet<string>, where: string): string[] {
  const listed = [...known].sort().join(', ');
  return keys
    .filter((key) => !known.has(key))
    .map((key) => `${where}: unknown page key "${key}" (known keys: ${listed})`);
}

/** Entries that name the page `key`, in the order given. */
export function entriesTouching<T extends { data: { pages: readonly string[] } }>(
  entries: readonly T[],
  key: string,
): T[] {
  return entries.filter((entry) => entry.data.pages.includes(key));
}

/**
 * The day the page with key `key` last changed, as the corrections log records it: the newest date among the
 * entries that name it, or undefined when none does.
 */
export function lastChangedOn<T extends { data: { pages: readonly string[]; date: { iso: string } } }>(
  entries: readonly T[],
  key: string,
): T['data']['date'] | undefined {
  return entriesTouching(entries, key)
    .map((entry) => entry.data.date)
    .sort((a, b) => b.iso.localeCompare(a.iso))[0];
}

/** Newest first; entries of one day keep their ids' order, so the log reads the same on every build. */
export function newestFirst<T extends { id: string; data: { date: { iso: string } } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.date.iso.localeCompare(a.data.date.iso) || a.id.localeCompare(b.id));
}
