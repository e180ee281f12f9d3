import type { Locale } from './i18n';
import { generatedPath, timelinePath } from './routes';
import { checkerPath } from './checker/address';
import { CHECKER_STRINGS } from './checker/strings';
import { TIMELINE_STRINGS } from './timeline/strings';

export interface NavItem {
  label: string;
  path: string;
}

/** Pages first in their editorial order, then the generated pages every reader looks for, the reference pages last. */
export function navigationItems(
  locale: Locale,
  pages: readonly { path: string; label: string }[],
  generated: { sources: string; glossary: string },
): NavItem[] {
  return [
    ...pages.map(({ path, label }) => ({ path, label })),
    { path: timelinePath(locale), label: TIMELINE_STRINGS[locale].navLabel },
    { path: checkerPath(locale, []), label: CHECKER_STRINGS[locale].navLabel },
    { path: generatedPath(locale, 'sources'), label: generated.sources },
    { path: generatedPath(locale, 'glossary'), label: generated.glossary },
  ];
}

/** The current item is the one whose path is the longest prefix of the address (the home only matches itself). */
export function currentItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  const normalised = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return items
    .filter((item) => normalised === item.path || (item.path.split('/').length > 3 && normalised.startsWith(item.path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** The words of the menu and the page contents, in each language. */
export const NAVIGATION_STRINGS: Record<Locale, { menu: string; currentPage: string; onThisPage: string }> = {
  en: { menu: 'Menu', currentPage: 'You are on', onThisPage: 'On this page' },
  de: { menu: 'Menü', currentPage: 'Sie sind auf', onThisPage: 'Auf dieser Seite' },
};
