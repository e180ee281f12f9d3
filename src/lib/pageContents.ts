/**
 * "On this page": the h2 sections of a page, read from its rendered HTML, so a heading counts whether it came
 * from Markdown (`## …`) or from a component that renders `<h2 id=…>`.
 */

export interface ContentsEntry {
  id: string;
  text: string;
}

/** A page gets contents from this many sections on; shorter pages are read at a glance. */
export const MIN_SECTIONS_FOR_CONTENTS = 4;

/**
 * Up to this many entries the contents stay in view beside the text (sticky). A longer list, such as the
 * corrections log's, would need a scroll bar of its own inside the closed <details> whose content wide screens
 * show, and axe counts such a region as unreachable by keyboard; it stays at the head of the page instead.
 */
export const MAX_STICKY_ENTRIES = 10;

const H2 = /<h2\b([^>]*)>([\s\S]*?)<\/h2>/gi;
const ID = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Every h2 in document order with its id and its visible text. A heading without an id cannot be linked and is
 * left out, as is one marked `data-not-in-contents`: the heading of a panel that stays hidden until the reader
 * opens it (the timeline's selected event), where a jump would land on nothing.
 */
export function contentsFromHtml(html: string): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const [, attributes = '', inner = ''] of html.matchAll(H2)) {
    if (/\bdata-not-in-contents\b/i.test(attributes)) continue;
    const match = ID.exec(attributes);
    const id = match?.[1] ?? match?.[2] ?? match?.[3];
    // Text only: footnote marks (<sup>) and screen-reader-only additions are not part of the heading's title.
    const visible = inner.replace(/<sup\b[\s\S]*?<\/sup>/gi, '').replace(/<(\w+)\b[^>]*class="[^"]*\bsr-only\b[^"]*"[^>]*>[\s\S]*?<\/\1>/gi, '');
    const text = decodeEntities(visible.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (id && text) entries.push({ id: decodeEntities(id), text });
  }
  return entries;
}

/** The contents to show, or none where the page has too few sections for a list to help. */
export function pageContents(html: string): ContentsEntry[] {
  const entries = contentsFromHtml(html);
  return entries.length >= MIN_SECTIONS_FOR_CONTENTS ? entries : [];
}

/**
 * The page's HTML cut right after its first </h1>, where contents go on a page whose components write their own
 * title; all of it comes first where there is no title, so contents then lead the text.
 */
export function splitAfterTitle(html: string): [string, string] {
  const end = /<\/h1\s*>/i.exec(html);
  if (!end) return ['', html];
  const cut = end.index + end[0].length;
  return [html.slice(0, cut), html.slice(cut)];
}
