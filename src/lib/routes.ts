// With its extension, as Node's own TypeScript loading needs: the integrations that import it run without Vite too.
import { isLocale, type Locale } from './i18n.ts';

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

/** Pages built from data rather than written in MDX, with their slug in each language. */
const GENERATED_SLUGS = {
  sources: { en: 'sources', de: 'quellen' },
  search: { en: 'search', de: 'suche' },
  disagreements: { en: 'disagreements', de: 'widersprueche' },
  corrections: { en: 'corrections', de: 'korrekturen' },
  glossary: { en: 'glossary', de: 'glossar' },
} as const satisfies Record<string, Record<Locale, string>>;

export type GeneratedPage = keyof typeof GENERATED_SLUGS;

export function generatedPath(locale: Locale, page: GeneratedPage): string {
  return pagePath(locale, GENERATED_SLUGS[page][locale]);
}

/** The timeline page and its frameable twin, the same address scheme in both languages. */
export function timelinePath(locale: Locale): string {
  return `/${locale}/timeline/`;
}

export function embedPath(locale: Locale): string {
  return `/${locale}/embed/timeline/`;
}

/** An entry of a generated page, such as one disagreement or one correction: the page's address and the entry's id. */
export function entryPath(locale: Locale, page: GeneratedPage, id: string): string {
  return `${generatedPath(locale, page)}#${id}`;
}

/** The corrections feed of one language (RSS 2.0). */
export function feedPath(locale: Locale): string {
  return `/${locale}/corrections.xml`;
}

export function sourceEntryPath(locale: Locale, sourceId: string): string {
  return `${generatedPath(locale, 'sources')}#${sourceAnchor(sourceId)}`;
}

export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

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
