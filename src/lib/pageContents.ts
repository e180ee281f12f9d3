/**
 * "On this page": the h2 sections of a page, read from its rendered HTML, so a heading counts whether it came
 * from Markdown (`## …`) or from a component that renders `<h2 id=…>`. Read with an HTML parser (htmlparser2), so
 * markup nested in a left-out part and entities in the text are read as a browser reads them.
 */
import { Parser } from 'htmlparser2';

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

/**
 * Every h2 in document order with its id and its visible text. A heading without an id cannot be linked and is
 * left out, as is one marked `data-not-in-contents`: the heading of a panel that stays hidden until the reader
 * opens it (the timeline's selected event), where a jump would land on nothing.
 */
export function contentsFromHtml(html: string): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  /** The h2 being read: how deep inside it the parser is, and from which depth on its text is left out. */
  let heading:
    { id: string | undefined; listed: boolean; text: string; depth: number; leftOutFrom?: number } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!heading) {
          if (name === 'h2')
            heading = { id: attributes['id'], listed: !('data-not-in-contents' in attributes), text: '', depth: 0 };
          return;
        }
        heading.depth += 1;
        // Text only: footnote marks (<sup>) and screen-reader-only additions are not part of the heading's title.
        const leftOut = name === 'sup' || (attributes['class'] ?? '').split(/\s+/).includes('sr-only');
        if (leftOut && heading.leftOutFrom === undefined) heading.leftOutFrom = heading.depth;
      },
      ontext(text) {
        if (heading && heading.leftOutFrom === undefined) heading.text += text;
      },
      // The parser closes every element it opened, implied or written, so the depth always comes back to 0.
      onclosetag() {
        if (!heading) return;
        if (heading.depth > 0) {
          if (heading.leftOutFrom === heading.depth) delete heading.leftOutFrom;
          heading.depth -= 1;
          return;
        }
        const text = heading.text.replace(/\s+/g, ' ').trim();
        if (heading.listed && heading.id && text) entries.push({ id: heading.id, text });
        heading = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
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
  let cut: number | undefined;
  const parser = new Parser({
    onclosetag(name, isImplied) {
      if (name === 'h1' && !isImplied && cut === undefined) cut = parser.endIndex + 1;
    },
  });
  parser.end(html);
  return cut === undefined ? ['', html] : [html.slice(0, cut), html.slice(cut)];
}
