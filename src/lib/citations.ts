/**
 * Citations are checked, not trusted: every quote must stand in its source's cleaned text.
 * Comparison ignores differences of white space, typographic quotes, dashes and ellipses,
 * which editors and outlets write differently.
 */
export interface Citation {
  source: string;
  /** Verbatim words from the source; absent for a paraphrase of an external source. */
  quote?: string | undefined;
}

export interface CitableSource {
  id: string;
  kind: 'article' | 'external';
  body: string;
}

export function normaliseForQuoteMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2039\u203A\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Returns a message for every citation that does not hold, or an empty list. */
export function findCitationProblems(
  citations: readonly Citation[],
  sources: ReadonlyMap<string, CitableSource>,
  where: string,
): string[] {
  const problems: string[] = [];
  for (const { source, quote } of citations) {
    const entry = sources.get(source);
    if (!entry) {
      const known = [...sources.keys()].sort().join(', ');
      problems.push(`${where}: unknown source id "${source}" (known ids: ${known})`);
      continue;
    }
    if (quote === undefined || quote.trim() === '') {
      if (entry.kind === 'article') {
        problems.push(`${where}: citation of article "${source}" needs a verbatim quote`);
      }
      continue;
    }
    if (!normaliseForQuoteMatch(entry.body).includes(normaliseForQuoteMatch(quote))) {
      problems.push(`${where}: quote not found in source "${source}": "${quote}"`);
    }
  }
  return problems;
}

/** One number per distinct (source, quote) pair, in order of first use, as footnotes are numbered. */
export function numberCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const citation of citations) seen.set(citationKey(citation), seen.get(citationKey(citation)) ?? citation);
  return [...seen.values()];
}

export function citationKey({ source, quote }: Citation): string {
  return `${source}\u0000${quote === undefined ? '' : normaliseForQuoteMatch(quote)}`;
}
