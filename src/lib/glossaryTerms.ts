/**
 * The glossary's terms on the site's pages: which words name which entry, and the first use of each entry on a
 * page marked as a link to its definition. Pure functions over strings, run on every built page
 * (src/integrations/typography.ts) and tested without a browser.
 */
import type { Locale } from './i18n';
// With its extension, as Node's own TypeScript loading needs: the integrations that import it run without Vite too.
import { htmlPieces } from './htmlPieces.ts';
import { embedPath, generatedPath, timelinePath } from './routes.ts';

/** What marking needs of an entry: its id and, per language, its wording (src/schemas/glossary.ts). */
export interface GlossaryTerms {
  id: string;
  en: TermWording;
  de: TermWording;
}

interface TermWording {
  term: string;
  abbreviation?: string | undefined;
  variants?: readonly string[] | undefined;
}

/** One way a page may write an entry's term; an abbreviation is marked as <abbr title="term written out">. */
export interface TermForm {
  text: string;
  id: string;
  expansion?: string | undefined;
}

/** Every form of every entry in one language: the term, its abbreviation and its variants. */
export function termForms(entries: readonly GlossaryTerms[], locale: Locale): TermForm[] {
  return entries.flatMap(({ id, [locale]: wording }) => [
    { text: wording.term, id },
    ...(wording.abbreviation ? [{ text: wording.abbreviation, id, expansion: wording.term }] : []),
    ...(wording.variants ?? []).map((text) => ({ text, id })),
  ]);
}

/** A form named by two entries, or twice by one: a page could not tell which entry a use of it means. */
export function findFormConflicts(entries: readonly GlossaryTerms[], where: (id: string) => string): string[] {
  const problems: string[] = [];
  for (const locale of ['en', 'de'] as const) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const { term, abbreviation, variants = [] } = entry[locale];
      const fields: [string, string][] = [
        [`${locale}.term`, term],
        ...(abbreviation ? [[`${locale}.abbreviation`, abbreviation] as [string, string]] : []),
        ...variants.map((variant, index): [string, string] => [`${locale}.variants[${index}]`, variant]),
      ];
      for (const [field, text] of fields) {
        const key = normaliseSpace(text);
        const owner = seen.get(key);
        if (owner === entry.id) problems.push(`${where(entry.id)}: ${field} "${text}" is already a form of this entry`);
        else if (owner) problems.push(`${where(entry.id)}: ${field} "${text}" is already a form of ${where(owner)}`);
        else seen.set(key, entry.id);
      }
    }
  }
  return problems;
}

/** Entries in the order of their terms in `locale`, as a reader looks them up. */
export function alphabetical<T extends GlossaryTerms>(entries: readonly T[], locale: Locale): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...entries].sort((a, b) => collator.compare(a[locale].term, b[locale].term));
}

/**
 * The glossary's A-Z jump list: every letter A to Z, each linking to the first entry filed under it (by its term's
 * first letter without accents, so "Ü" files under "U"), or to nothing where no term starts with it.
 */
export function letterIndex(
  entries: readonly GlossaryTerms[],
  locale: Locale,
): { letter: string; id: string | undefined }[] {
  const firstIds = new Map<string, string>();
  for (const entry of alphabetical(entries, locale)) {
    const letter = entry[locale].term.normalize('NFD').charAt(0).toUpperCase();
    if (!firstIds.has(letter)) firstIds.set(letter, entry.id);
  }
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const others = [...firstIds.keys()].filter((letter) => !letters.includes(letter));
  if (others.length > 0)
    throw new Error(`glossary: terms starting with ${others.join(', ')} have no place in the A-Z list`);
  return letters.map((letter) => ({ letter, id: firstIds.get(letter) }));
}

const normaliseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A space in a form matches any run of spaces in the HTML, the non-breaking ones typography sets included. */
const SPACE = '(?:[\\s\\u00a0]|&nbsp;|&#160;|&#xa0;)+';

/**
 * A form stands alone: no letter, digit or hyphen directly before or after it, so "BSI" is not marked inside
 * "BSI-Gesetz" or "BSIG" and half a compound is never a link. Matching keeps case, so German "bis" is not BIS.
 */
function formsPattern(forms: readonly TermForm[]): RegExp | undefined {
  if (forms.length === 0) return undefined;
  // Longest first, so "US persons" wins over "US person" and "MSPs" over "MSP".
  const alternatives = [...forms]
    .sort((a, b) => b.text.length - a.text.length)
    .map((form) => normaliseSpace(form.text).split(' ').map(escapeRegExp).join(SPACE));
  return new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'gu');
}

/**
 * Elements whose text is never marked: headings, links and other interactive elements, quotations, the page's
 * header, footer and navigation, footnote marks, and anything hidden from some readers (a link there would be
 * focusable yet unseen, or seen yet unannounced). Code, scripts, styles, form fields and the title never reach
 * here: htmlPieces keeps them whole.
 */
const SKIPPED_ELEMENTS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'abbr',
  'dfn',
  'template',
  'select',
  'option',
  'button',
  'label',
  'summary',
  'nav',
  'header',
  'footer',
  'sup',
  'blockquote',
  'q',
  'svg',
  'noscript',
]);
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/**
 * Opt-outs by class: citation lists, text for screen readers only, and Tailwind's `hidden` (text shown only on
 * paper, such as a result's printed address); a class that merely contains the word does not count.
 */
const SKIPPED_CLASSES = ['sr-only', 'citation-list', 'hidden'];

/** Opt-outs by attribute: `data-no-terms`, the `hidden` attribute, aria-hidden content and the classes above. */
function skippedByAttributes(attributes: Readonly<Record<string, string>>): boolean {
  const classes = (attributes['class'] ?? '').split(/\s+/);
  return (
    'data-no-terms' in attributes ||
    'hidden' in attributes ||
    attributes['aria-hidden'] === 'true' ||
    SKIPPED_CLASSES.some((name) => classes.includes(name))
  );
}

export interface MarkedPage {
  html: string;
  /** Entry ids marked on the page, in order of first use. */
  marked: string[];
}

/**
 * Marks the first use of each entry inside the page's <main> as a link to its entry on the glossary page
 * (`glossaryPath#id`); an abbreviation also gets its written-out term as <abbr title>. Text outside <main>
 * and in skipped elements is left as it is, and no text changes: only tags are added around words.
 */
export function markTerms(html: string, forms: readonly TermForm[], glossaryPath: string): MarkedPage {
  const pattern = formsPattern(forms);
  if (!pattern) return { html, marked: [] };
  const byText = new Map(forms.map((form) => [normaliseSpace(form.text), form]));
  const marked: string[] = [];
  const open: { name: string; skipped: boolean }[] = [];
  let skippedDepth = 0;
  let inMain = false;

  const markText = (text: string) =>
    text.replace(pattern, (match) => {
      const form = byText.get(normaliseSpace(match.replace(/&nbsp;|&#160;|&#xa0;|\u00a0/g, ' ')));
      if (!form || marked.includes(form.id)) return match;
      marked.push(form.id);
      const inner = form.expansion ? `<abbr title="${escapeAttribute(form.expansion)}">${match}</abbr>` : match;
      return `<a href="${glossaryPath}#${form.id}" class="term">${inner}</a>`;
    });

  let result = '';
  for (const piece of htmlPieces(html)) {
    if (piece.kind === 'text') {
      result += inMain && skippedDepth === 0 ? markText(piece.text) : piece.text;
      continue;
    }
    if (piece.kind === 'verbatim') {
      result += piece.raw;
      continue;
    }
    result += piece.raw;
    const { name, closing, selfClosing, attributes } = piece;
    if (closing) {
      const index = open.findLastIndex((element) => element.name === name);
      if (index < 0) continue;
      for (const element of open.splice(index)) if (element.skipped) skippedDepth -= 1;
      if (name === 'main') inMain = false;
    } else if (!VOID_ELEMENTS.has(name) && !selfClosing) {
      const skipped = SKIPPED_ELEMENTS.has(name) || skippedByAttributes(attributes);
      open.push({ name, skipped });
      if (skipped) skippedDepth += 1;
      if (name === 'main') inMain = true;
    }
  }
  return { html: result, marked };
}

/**
 * Pages whose text is not marked: the glossary itself (its terms are the definitions), search (its list is
 * the results' frame), and the timeline and its embed (their event texts are drawn and re-drawn by the
 * timeline's own components, and the embed is read inside other sites).
 */
export function marksTermsOn(pathname: string, locale: Locale): boolean {
  const unmarked = [
    generatedPath(locale, 'glossary'),
    generatedPath(locale, 'search'),
    timelinePath(locale),
    embedPath(locale),
  ];
  return !unmarked.includes(pathname);
}
