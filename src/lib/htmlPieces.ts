/**
 * The finished HTML of a page cut into what readers see and what they don't, for the build's text passes
 * (typography.ts, glossary.ts): pure string work, no parser, because the pages are the build's own output.
 */

/** Text between tags; a tag with its name and attributes; or a comment or whole raw element kept as written. */
export type HtmlPiece =
  | { kind: 'text'; text: string }
  | { kind: 'tag'; raw: string; name: string; closing: boolean; attributes: string }
  | { kind: 'verbatim'; raw: string };

/**
 * Comments, whole elements whose text must stay as written (code, scripts, styles, form fields, and the
 * document title, which never wraps and is matched by tabs, bookmarks and tests) and single tags (attributes
 * may hold anything), in the order they occur; the text between them is what readers see.
 */
const PIECES =
  /<!--[\s\S]*?-->|<(script|style|pre|code|kbd|samp|textarea|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)?((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

export function* htmlPieces(html: string): Generator<HtmlPiece> {
  let last = 0;
  for (const match of html.matchAll(PIECES)) {
    const [raw, verbatimElement, closing, name, attributes = ''] = match;
    if (match.index > last) yield { kind: 'text', text: html.slice(last, match.index) };
    // A doctype or other markup without a tag name is kept as it is, like a comment.
    yield verbatimElement || !name ? { kind: 'verbatim', raw } : { kind: 'tag', raw, name: name.toLowerCase(), closing: closing === '/', attributes };
    last = match.index + raw.length;
  }
  if (last < html.length) yield { kind: 'text', text: html.slice(last) };
}
