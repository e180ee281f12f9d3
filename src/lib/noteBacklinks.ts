/**
 * The back-links of notes grouped by source (noteGroups.ts), added to each built page after rendering, when the
 * order of its marks is known. Runs in the build's typography step (src/integrations/typography.ts), which Node
 * loads as it is: so this file imports nothing. It reads only the markup of FootnoteMark and CitationList.
 */

/** a, b, … z, aa, ab, …: the letters of a source's marks, as Wikipedia writes them. */
export function markLetter(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : markLetter(Math.floor(index / 26) - 1) + letter;
}

/** A whole mark as FootnoteMark writes it: `<sup … data-quotes="…" data-entry="…"><a …>[n]</a></sup>`. */
const MARK = /<sup\b[^>]*\sdata-quotes="[^"]*"[^>]*>\s*(<a\b[^>]*>[^<]*<\/a>)\s*<\/sup>/g;
/** A quote's empty back-link placeholder as CitationList writes it. */
const BACKLINKS = /<span\b[^>]*\sdata-backlinks="[^"]*"[^>]*><\/span>/g;

/** An attribute's value in one start tag, whatever the order of the attributes. */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

interface Mark {
  start: number;
  end: number;
  entry: string;
  quotes: string[];
  link: string;
  /** The rest of the start tag (class, other attributes), kept as it was. */
  openTag: string;
}

function marksIn(html: string): Mark[] {
  return [...html.matchAll(MARK)].map((match) => {
    const openTag = match[0].slice(0, match[0].indexOf('>') + 1);
    return {
      start: match.index,
      end: match.index + match[0].length,
      entry: attribute(openTag, 'data-entry') ?? '',
      quotes: (attribute(openTag, 'data-quotes') ?? '').split(' ').filter(Boolean),
      link: match[1]!,
      openTag,
    };
  });
}

function markHtml(mark: Mark, id?: string): string {
  const openTag = mark.openTag.replace(/\sdata-quotes="[^"]*"/, ` data-quotes="${mark.quotes.join(' ')}"`);
  return `${id ? openTag.replace(/>$/, ` id="${id}">`) : openTag}${mark.link}</sup>`;
}

/**
 * Rewrites every mark of the page in reading order: marks of one source side by side ("[4] [4]", as two quotes
 * of a source behind one sentence give) become one that stands for all their quotes, and `name` may give a
 * mark an id.
 */
function rewriteMarks(html: string, name: (mark: Mark) => string | undefined = () => undefined): string {
  const merged: Mark[] = [];
  for (const mark of marksIn(html)) {
    const previous = merged.at(-1);
    if (previous && previous.entry === mark.entry && /^\s*$/.test(html.slice(previous.end, mark.start))) {
      previous.quotes = [...new Set([...previous.quotes, ...mark.quotes])];
      previous.end = mark.end;
    } else {
      merged.push({ ...mark });
    }
  }
  let result = '';
  let at = 0;
  for (const mark of merged) {
    result += html.slice(at, mark.start) + markHtml(mark, name(mark));
    at = mark.end;
  }
  return result + html.slice(at);
}

/** One mark for a source where several stand side by side; it stands for all of their quotes. */
export function mergeAdjacentMarks(html: string): string {
  return rewriteMarks(html);
}

/**
 * Gives every mark in the built page an id (its entry's id and its letter: "note-2-b", in reading order per
 * source) and fills each quote's back-link placeholder with links to the marks that cite it, after its label
 * for screen readers ("Cited in the text at a b"). Pages without marks or placeholders come back unchanged.
 */
export function linkNotesToMarks(html: string): string {
  const marksPerEntry = new Map<string, number>();
  const backlinks = new Map<string, { id: string; letter: string }[]>();
  const withIds = rewriteMarks(html, ({ entry, quotes }) => {
    const index = marksPerEntry.get(entry) ?? 0;
    marksPerEntry.set(entry, index + 1);
    const letter = markLetter(index);
    const id = `${entry}-${letter}`;
    for (const quote of quotes) backlinks.set(quote, [...(backlinks.get(quote) ?? []), { id, letter }]);
    return id;
  });
  return withIds.replace(BACKLINKS, (placeholder) => {
    const links = backlinks.get(attribute(placeholder, 'data-backlinks')!);
    if (!links) return placeholder;
    const label = attribute(placeholder, 'data-label');
    const anchors = links.map(({ id, letter }) => `<a href="#${id}">${letter}</a>`).join(' ');
    const context = label ? `<span class="sr-only">${label}</span>` : '';
    return `<span class="note-backlinks" data-pagefind-ignore>${context}<span aria-hidden="true">^</span> ${anchors}</span>`;
  });
}
