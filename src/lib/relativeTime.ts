/**
 * Hand-written relative time ("more than two years ago", "vor gut zwei Jahren", "last year", "kürzlich") is
 * true only on the day it was written, and a reader cannot tell which day that was. The site writes absolute
 * dates ("on 20 June 2024"), or shows the computed "N years ago" (formatTimeSince in partialDate.ts), which
 * the build works out afresh. This check finds such phrases in the site's own words and fails the build.
 *
 * The list is kept tight so that it never fires on a date: each pattern names the words that tie a sentence
 * to the day it was written. A span tied to a named event ("almost ten years earlier", "two years after the
 * directive", "2024 … seit 20 Jahren") does not count from today and is left alone. Verbatim quotes (a
 * citation's `quote`) are the sources' words, dated by their source, and are not checked.
 */

/** Any letter or digit, so that word boundaries also hold around "ü", "ä" and "ß". */
const WORD = '[\\p{L}\\p{N}]';
const NUMBER_EN = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)`;
const NUMBER_DE = String.raw`(?:ein|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|wenigen|einigen|mehreren|\d+)`;
const UNIT_EN = String.raw`(?:years?|months?|weeks?|days?|decades?)`;
const UNIT_DE = String.raw`(?:Jahr(?:e|en|es)?|Monat(?:e|en|s)?|Wochen?|Tag(?:e|en)?|Jahrzehnt(?:e|en)?)`;
const HEDGE_EN = String.raw`(?:more than|over|well over|just over|almost|nearly|about|around|some)`;
const HEDGE_DE = String.raw`(?:gut|knapp|mehr als|über|fast|rund|etwa|ungefähr)`;
/** Words after a span that tie it to another event rather than to today. */
const ANCHORED = String.raw`(?!\s+(?:earlier|later|after|before|since|nach|vor|später|früher|zuvor|danach)(?!${WORD}))`;

/** Each pattern with the reason it ties a sentence to the day it was written. */
const RELATIVE_TIME_PATTERNS: readonly { pattern: string; why: string }[] = [
  {
    pattern: String.raw`(?:${HEDGE_EN}\s+)?${NUMBER_EN}\s+${UNIT_EN}\s+ago`,
    why: '"N years ago" counts back from the day it was written',
  },
  {
    pattern: String.raw`(?:more than|over|well over|almost|nearly)\s+${NUMBER_EN}\s+(?:years?|months?|decades?)${ANCHORED}`,
    why: 'an approximate span stands in for dates',
  },
  {
    pattern: String.raw`(?:last|this|next|past)\s+(?:year|month|week|spring|summer|autumn|fall|winter)`,
    why: 'names a period relative to the day it was written',
  },
  {
    pattern: String.raw`(?:recently|lately|currently|nowadays|today|these days|at present|to this day|as of now)`,
    why: 'refers to the day it was written',
  },
  {
    pattern: String.raw`vor\s+(?:${HEDGE_DE}\s+)?${NUMBER_DE}\s+${UNIT_DE}`,
    why: '"vor N Jahren" counts back from the day it was written',
  },
  {
    pattern: String.raw`(?:mehr als|über|gut|knapp|fast)\s+${NUMBER_DE}\s+(?:Jahr(?:e|en)?|Monat(?:e|en)?|Jahrzehnt(?:e|en)?)${ANCHORED}`,
    why: 'an approximate span stands in for dates',
  },
  {
    pattern: String.raw`(?:letzte[nsm]?|vergangene[nsm]?|vorige[nsm]?|diese[nsm]?|nächste[nsm]?|kommende[nsm]?)\s+(?:Jahr(?:es)?|Monat(?:s)?|Woche)`,
    why: 'names a period relative to the day it was written',
  },
  {
    pattern: String.raw`(?:kürzlich|neulich|unlängst|jüngst|vor kurzem|heute|heutzutage|derzeit|zurzeit|gegenwärtig|aktuell)`,
    why: 'refers to the day it was written',
  },
];

const MATCHERS = RELATIVE_TIME_PATTERNS.map(({ pattern, why }) => ({
  regex: new RegExp(`(?<!${WORD})${pattern}(?!${WORD})`, 'giu'),
  why,
}));

export interface RelativeTimeFinding {
  phrase: string;
  why: string;
}

/** Every relative-time phrase in a text, in reading order; of overlapping matches, the longest. */
export function findRelativeTime(text: string): RelativeTimeFinding[] {
  const found: { index: number; phrase: string; why: string }[] = [];
  for (const { regex, why } of MATCHERS) {
    for (const match of text.matchAll(regex)) found.push({ index: match.index, phrase: match[0], why });
  }
  found.sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  let end = 0;
  return found.flatMap(({ index, phrase, why }) => {
    if (index < end) return [];
    end = index + phrase.length;
    return [{ phrase, why }];
  });
}

export interface TextField {
  /** Where the text sits in the file, e.g. `summary.de` or `outcomes[us-household].verdict.en`. */
  field: string;
  text: string;
}

/**
 * Every string in parsed content data with its path; an array item with an `id` is named by it. Skips
 * `quote`, which holds a source's verbatim words.
 */
export function textFields(value: unknown, field = ''): TextField[] {
  if (typeof value === 'string') return [{ field, text: value }];
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index) => {
      const id =
        item !== null && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? item.id : index;
      return textFields(item, `${field}[${id}]`);
    });
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'quote' ? [] : textFields(child, field ? `${field}.${key}` : key),
  );
}

/** One message per relative-time phrase, naming the file, the field and the phrase. */
export function relativeTimeProblems(file: string, fields: readonly TextField[]): string[] {
  return fields.flatMap(({ field, text }) =>
    findRelativeTime(text).map(
      ({ phrase, why }) =>
        `${file} (${field}): hand-written relative time "${phrase}" (${why}); write an absolute date`,
    ),
  );
}
