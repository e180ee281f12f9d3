/**
 * The disagreements between the sources and the corrections log, loaded once (src/data/site.ts checks their quotes
 * and page keys with the rest of the content before any page renders).
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../lib/i18n';
import type { NavItem } from '../lib/navigation';
import { dataPageLink, entriesTouching, isDataPageKey, lastChangedOn, newestFirst } from '../lib/pageNotices';
import { once } from './once';
import { pagesIn } from './pages';
import { loadSite } from './site';

export const loadEditorial = once(async () => {
  await loadSite();
  const disagreements = (await getCollection('disagreements')).sort((a, b) => a.data.order - b.data.order);
  const corrections = newestFirst(await getCollection('corrections'));
  return { disagreements, corrections };
});

/**
 * What the page with this key shows: the corrections that changed it (newest first), the day of the newest, and
 * the disagreements on its topic.
 */
export async function noticesFor(pageKey: string) {
  const { disagreements, corrections } = await loadEditorial();
  return {
    corrections: entriesTouching(corrections, pageKey),
    lastChanged: lastChangedOn(corrections, pageKey),
    disagreements: entriesTouching(disagreements, pageKey),
  };
}

/** The pages with these keys as links in `locale` (keys were checked at load). */
export async function pageLinks(keys: readonly string[], locale: Locale): Promise<NavItem[]> {
  const pages = await pagesIn(locale);
  return keys.flatMap((key) => {
    if (isDataPageKey(key)) return [dataPageLink(key, locale)];
    const page = pages.find((candidate) => candidate.key === key);
    return page ? [{ path: page.path, label: page.entry.data.navLabel }] : [];
  });
}
