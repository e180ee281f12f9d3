/**
 * The back-links of notes grouped by source (noteGroups.ts), added to each built page after rendering, when the
 * order of its marks is known. Runs in the build's typography step (src/integrations/typography.mjs), which Node
 * loads as it is: so this file imports nothing. It reads only the markup of FootnoteMark and CitationList.
 */

/** a, b, … z, aa, ab, …: the letters of a source's marks, as Wikipedia writes them. */
export function markLetter(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : markLetter(Math.floor(index / 26) - 1) + letter;
}

const MARK = /<sup class="cite" data-quotes="([^"]+)" data-entry="([^"]+)"/g;
/** Two marks of one source side by side ("[4] [4]"), as two quotes of a source behind one sentence give. */
const SAME_SOURCE_PAIR =
  /<sup class="cite" data-quotes="([^"]+)" data-entry="([^"]+)">(<a [^>]*>[^<]*<\/a>)<\/sup>\s*<sup class="cite" data-quotes="([^"]+)" data-entry="\2"><a [^>]*>[^<]*<\/a><\/sup>/g;

/** One mark for a source where several stand side by side; it stands for all of their quotes. */
export function mergeAdjacentMarks(html: string): string {
  let merged = html;
  for (let previous = ''; previous !== merged; ) {
    previous = merged;
    merged = merged.replace(SAME_SOURCE_PAIR, (_pair, first: string, entry: string, link: string, second: string) => {
      const quotes = [...new Set([...first.split(' '), ...second.split(' ')])].join(' ');
      return `<sup class="cite" data-quotes="${quotes}" data-entry="${entry}">${link}</sup>`;
    });
  }
  return merged;
}
const BACKLINKS = /<span class="note-backlinks" data-backlinks="([^"]+)"( data-label="([^"]*)")?><\/span>/g;

/**
 * Gives every mark in the built page an id (its entry's id and its letter: "note-2-b", in reading order per
 * source) and fills each quote's back-link placeholder with links to the marks that cite it, after its label
 * for screen readers ("Cited in the text at a b"). Pages without marks or placeholders come back unchanged.
 */
export function linkNotesToMarks(html: string): string {
  const marksPerEntry = new Map<string, number>();
  const backlinks = new Map<string, { id: string; letter: string }[]>();
  const withIds = mergeAdjacentMarks(html).replace(MARK, (tag, quotes: string, entry: string) => {
    const index = marksPerEntry.get(entry) ?? 0;
    marksPerEntry.set(entry, index + 1);
    const letter = markLetter(index);
    const id = `${entry}-${letter}`;
    for (const quote of quotes.split(' ')) backlinks.set(quote, [...(backlinks.get(quote) ?? []), { id, letter }]);
    return `${tag} id="${id}"`;
  });
  return withIds.replace(BACKLINKS, (placeholder, quote: string, _label, label: string | undefined) => {
    const links = backlinks.get(quote);
    if (!links) return placeholder;
    const anchors = links.map(({ id, letter }) => `<a href="#${id}">${letter}</a>`).join(' ');
    const context = label ? `<span class="sr-only">${label}</span>` : '';
    return `<span class="note-backlinks" data-pagefind-ignore>${context}<span aria-hidden="true">^</span> ${anchors}</span>`;
  });
}
