import { htmlPieces, type HtmlPiece } from '../../src/lib/htmlPieces';

/** A <style> element, read by the build's own HTML splitter (src/lib/htmlPieces.ts). */
const isStyle = (piece: HtmlPiece): piece is Extract<HtmlPiece, { kind: 'verbatim' }> =>
  piece.kind === 'verbatim' && piece.element?.name === 'style';

/** The text of each <style> element of a page, as written, in document order. */
export function inlineStyles(html: string): string[] {
  return [...htmlPieces(html)].filter(isStyle).map((piece) => piece.element!.content);
}

/**
 * The page with its <style> elements taken out, each replaced by the line breaks it held, so that a line number
 * in the rest of the page still points at the same line of the page as built.
 */
export function withoutStyles(html: string): string {
  return [...htmlPieces(html)]
    .map((piece) => {
      if (isStyle(piece)) return '\n'.repeat(piece.raw.split('\n').length - 1);
      return piece.kind === 'text' ? piece.text : piece.raw;
    })
    .join('');
}
