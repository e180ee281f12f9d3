/**
 * Typography done once at build, on the finished HTML of every page: non-breaking spaces where a line break
 * would tear apart what a reader takes in as one unit. Pure string functions, so the same rules can be tested
 * and applied to any text (front matter, quotes, data), not only to Markdown.
 */

// With its extension, as Node's own TypeScript loading needs: the integrations that import it run without Vite too.
import { htmlPieces } from './htmlPieces.ts';

const NBSP = '\u00a0';

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_DE = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const MONTHS_SHORT = 'Jan|Feb|Mar|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez';
/** A month as written in English or German text, long or abbreviated with a full stop. */
const MONTH = `(?:${MONTHS_EN}|${MONTHS_DE}|(?:${MONTHS_SHORT})\\.)`;

/** Units and currencies that follow a number ("10 %", "50 MB", "0 Uhr"). */
const UNITS = [
  '%',
  '‰',
  '€',
  '$',
  '£',
  'EUR',
  'USD',
  'Mio.',
  'Mrd.',
  'Millionen',
  'Milliarden',
  'million',
  'billion',
  'Prozent',
  'percent',
  'Uhr',
  'a.m.',
  'p.m.',
  'AM',
  'PM',
  'km',
  'kg',
  'KB',
  'MB',
  'GB',
  'TB',
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT = `(?:${UNITS.map(escape).join('|')})`;

/** Each rule joins two parts with a non-breaking space in place of one ordinary space. */
const RULES: readonly [RegExp, string][] = [
  // "20. Juli", "29 September", "1 Oct."
  [new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}\\.?) (${MONTH})(?![\\p{L}])`, 'gu'), `$1${NBSP}$2`],
  // "Juli 2024", "July 2024", "June 20" (then "June 20, 2024" keeps its year on the line)
  [new RegExp(`(?<![\\p{L}])(${MONTH}) (\\d{1,4})(?!\\d)`, 'gu'), `$1${NBSP}$2`],
  [new RegExp(`(?<![\\p{L}])(${MONTH}${NBSP}\\d{1,2},) (\\d{4})(?!\\d)`, 'gu'), `$1${NBSP}$2`],
  // A spaced dash never starts a line: "Was verboten ist – und seit wann".
  [/(\S) ([–—])(?= |$)/gu, `$1${NBSP}$2`],
  // "§ 7", "§§ 8a", "Art. 5", "Abs. 2", "Nr. 3", "Section 1634"
  [/(§§?|\bArt\.|\bAbs\.|\bNr\.|\bNo\.|\bSection) (\d)/gu, `$1${NBSP}$2`],
  // A number and its unit: "10 %", "0 Uhr", "50 MB"; a currency before its amount: "€ 5", "US$ 10".
  [new RegExp(`(\\d) (${UNIT})(?![\\p{L}\\d])`, 'gu'), `$1${NBSP}$2`],
  [/(€|\$|£|\bEUR|\bUSD) (\d)/gu, `$1${NBSP}$2`],
];

/** Text with non-breaking spaces inside dates, before spaced dashes, after § and between numbers and units. */
export function typeset(text: string): string {
  return RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** {@link typeset} applied to every text node of an HTML document, never to tags, attributes, code or scripts. */
export function typesetHtml(html: string): string {
  let result = '';
  for (const piece of htmlPieces(html)) result += piece.kind === 'text' ? typeset(piece.text) : piece.raw;
  return result;
}
