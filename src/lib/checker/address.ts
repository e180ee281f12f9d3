/**
 * The checker's addresses: the answers so far are the path (`/en/check/us/household/`), so every step is a
 * pre-rendered page that reloads, bookmarks and shares, and the JS version pushes the very same addresses.
 */
import { isLocale, type Locale } from '../i18n';

/** The checker's folder; the same word in both languages, so an address differs only in its locale. */
const CHECKER_SEGMENT = 'check';

/** The page that draws the whole tree; no start option may use these words as its id. */
export const HOW_IT_DECIDES_SLUG: Record<Locale, string> = { en: 'how-it-decides', de: 'so-entscheidet-er' };

/** `checkerPath('en', ['us', 'household'])` → `/en/check/us/household/` (the site's trailing-slash style). */
export function checkerPath(locale: Locale, answers: readonly string[]): string {
  return `/${[locale, CHECKER_SEGMENT, ...answers].join('/')}/`;
}

export function howItDecidesPath(locale: Locale): string {
  return checkerPath(locale, [HOW_IT_DECIDES_SLUG[locale]]);
}

/** The reverse of checkerPath; undefined for an address outside the checker. Answers are not validated here. */
export function answersFromPath(pathname: string): { locale: Locale; answers: string[] } | undefined {
  const [locale, segment, ...answers] = pathname.split('/').filter(Boolean);
  if (!locale || !isLocale(locale) || segment !== CHECKER_SEGMENT) return undefined;
  return { locale, answers };
}

/** The "Change" link of answer number `stepIndex` (0-based): the question it answered, with earlier answers kept. */
export function changeAnswerPath(locale: Locale, answers: readonly string[], stepIndex: number): string {
  if (stepIndex < 0 || stepIndex >= answers.length) {
    throw new Error(`no answer number ${stepIndex} among ${answers.length} answers`);
  }
  return checkerPath(locale, answers.slice(0, stepIndex));
}

/** `"us/household"` → `["us", "household"]`, as the tree's `retired` list writes addresses; `""` is the start. */
export function splitPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}
