import { isLocale, type Locale } from './i18n';

/** Page entry ids are `<locale>/<slug>`; the overview's slug is `index`. */
export function splitPageId(id: string): { locale: Locale; slug: string } {
  const [locale, slug, ...rest] = id.split('/');
  if (!locale || !isLocale(locale) || !slug || rest.length > 0) {
    throw new Error(`content/pages/${id}.mdx: pages must live in content/pages/<en|de>/<slug>.mdx`);
  }
  return { locale, slug };
}

/** The site's address for a page, always with a trailing slash (the site's one URL style). */
export function pagePath(locale: Locale, slug = 'index'): string {
  return slug === 'index' ? `/${locale}/` : `/${locale}/${slug}/`;
}

export function sourceEntryPath(locale: Locale, sourceId: string): string {
  return `${pagePath(locale, SOURCES_SLUG[locale])}#${sourceAnchor(sourceId)}`;
}

export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

/** The sources page is generated from the collection, not written in MDX, so its slugs live here. */
export const SOURCES_SLUG: Record<Locale, string> = { en: 'sources', de: 'quellen' };

export interface Translatable {
  locale: Locale;
  key: string;
  path: string;
}

/**
 * Where the language switch leads: the same page in the other language, or that language's home
 * where the page has no counterpart.
 */
export function counterpartPath(pages: readonly Translatable[], current: { key: string }, target: Locale): string {
  return pages.find((page) => page.locale === target && page.key === current.key)?.path ?? pagePath(target);
}

