/**
 * The finished HTML of a page cut into what readers see and what they don't, for the build's text passes
 * (typography.ts, glossaryTerms.ts). Read with an HTML parser (htmlparser2), so an attribute may hold anything,
 * `>` included; every piece is a slice of the page as written, so joining the pieces gives the page back byte
 * for byte and a pass changes only the text it means to.
 */
import { Parser } from 'htmlparser2';

/** Text between tags; a tag with its name and attributes; or a comment, doctype or whole raw element kept as written. */
export type HtmlPiece =
  | { kind: 'text'; text: string }
  | {
      kind: 'tag';
      raw: string;
      name: string;
      closing: boolean;
      selfClosing: boolean;
      attributes: Readonly<Record<string, string>>;
    }
  | { kind: 'verbatim'; raw: string };

/**
 * Elements kept whole, as written: code, scripts, styles, form fields, and the document title, which never
 * wraps and is matched by tabs, bookmarks and tests.
 */
const VERBATIM_ELEMENTS = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'textarea', 'title']);

/** The markup of a page in document order, each with where it stands; the text between is what readers see. */
function markupOf(html: string): { start: number; end: number; piece: HtmlPiece }[] {
  const markup: { start: number; end: number; piece: HtmlPiece }[] = [];
  /** The verbatim element being read, from its start tag on, and how deep the same name nests inside it. */
  let verbatim: { name: string; start: number; depth: number } | undefined;
  const here = () => ({ start: parser.startIndex, end: parser.endIndex + 1 });
  const keep = () => {
    if (!verbatim)
      markup.push({ ...here(), piece: { kind: 'verbatim', raw: html.slice(parser.startIndex, parser.endIndex + 1) } });
  };
  const parser = new Parser(
    {
      onopentag(name, attributes, isImplied) {
        if (isImplied) return;
        if (verbatim) {
          if (name === verbatim.name) verbatim.depth += 1;
          return;
        }
        if (VERBATIM_ELEMENTS.has(name)) {
          verbatim = { name, start: parser.startIndex, depth: 1 };
          return;
        }
        const raw = html.slice(parser.startIndex, parser.endIndex + 1);
        markup.push({
          ...here(),
          piece: { kind: 'tag', raw, name, closing: false, selfClosing: raw.endsWith('/>'), attributes },
        });
      },
      onclosetag(name, isImplied) {
        // A closing tag the parser implies (a void element's, or one that HTML leaves out) is not in the page.
        if (isImplied) return;
        if (verbatim) {
          if (name !== verbatim.name || (verbatim.depth -= 1) > 0) return;
          const raw = html.slice(verbatim.start, parser.endIndex + 1);
          markup.push({ start: verbatim.start, end: parser.endIndex + 1, piece: { kind: 'verbatim', raw } });
          verbatim = undefined;
          return;
        }
        const raw = html.slice(parser.startIndex, parser.endIndex + 1);
        markup.push({
          ...here(),
          piece: { kind: 'tag', raw, name, closing: true, selfClosing: false, attributes: {} },
        });
      },
      oncomment: keep,
      onprocessinginstruction: keep,
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return markup;
}

export function* htmlPieces(html: string): Generator<HtmlPiece> {
  let last = 0;
  for (const { start, end, piece } of markupOf(html)) {
    if (start > last) yield { kind: 'text', text: html.slice(last, start) };
    yield piece;
    last = end;
  }
  if (last < html.length) yield { kind: 'text', text: html.slice(last) };
}
