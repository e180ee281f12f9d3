import type { Locale } from './i18n';
import { generatedPath, pagePath, timelinePath } from './routes';
import { checkerPath } from './checker/address';
import { CHECKER_STRINGS } from './checker/strings';
import { TIMELINE_STRINGS } from './timeline/strings';

export interface NavItem {
  label: string;
  path: string;
}

/**
 * The header's groups: the overview, the explainers folded into one disclosure (ten items in a row wrapped the
 * header to two rows at 1024-1280 px), the reference pages, and the checker on its own as the call to action.
 * The home page is the overview; every other editorial page, in its editorial order, is an explainer.
 */
export interface NavigationGroups {
  overview: NavItem;
  explainers: NavItem[];
  reference: NavItem[];
  check: NavItem;
}

export function navigationGroups(
  locale: Locale,
  pages: readonly { path: string; label: string }[],
  generated: { sources: string; glossary: string },
): NavigationGroups {
  const home = pagePath(locale);
  const overview = pages.find((page) => page.path === home);
  if (!overview) throw new Error(`The navigation has no overview: no page at ${home}`);
  return {
    overview: { path: overview.path, label: overview.label },
    explainers: pages.filter((page) => page !== overview).map(({ path, label }) => ({ path, label })),
    reference: [
      { path: timelinePath(locale), label: TIMELINE_STRINGS[locale].navLabel },
      { path: generatedPath(locale, 'sources'), label: generated.sources },
      { path: generatedPath(locale, 'glossary'), label: generated.glossary },
    ],
    check: { path: checkerPath(locale, []), label: CHECKER_STRINGS[locale].navLabel },
  };
}

/** Every item once, for finding the page being read. */
export function navigationItems(groups: NavigationGroups): NavItem[] {
  return [groups.overview, ...groups.explainers, ...groups.reference, groups.check];
}

/** The current item is the one whose path is the longest prefix of the address (the home only matches itself). */
export function currentItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  const normalised = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return items
    .filter((item) => normalised === item.path || (item.path.split('/').length > 3 && normalised.startsWith(item.path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** The words of the menu, the page contents and the glossary's jump list, in each language. */
export const NAVIGATION_STRINGS: Record<
  Locale,
  { menu: string; currentPage: string; onThisPage: string; explainers: string; glossaryLetters: string }
> = {
  en: {
    menu: 'Menu',
    currentPage: 'You are on',
    onThisPage: 'On this page',
    explainers: 'Explainers',
    glossaryLetters: 'Terms by first letter',
  },
  de: {
    menu: 'Menü',
    currentPage: 'Sie sind auf',
    onThisPage: 'Auf dieser Seite',
    explainers: 'Erklärungen',
    glossaryLetters: 'Begriffe nach Anfangsbuchstabe',
  },
};
