import { Parser } from 'htmlparser2';

/** A <style> element of a page: its text as written, and where the element starts and ends (end exclusive). */
interface InlineStyle {
  text: string;
  start: number;
  end: number;
}

/** The <style> elements of a page in document order, read with an HTML parser (a `>` in an attribute is no end). */
export function inlineStyles(html: string): InlineStyle[] {
  const styles: InlineStyle[] = [];
  let open: { start: number; textStart: number } | undefined;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'style') open = { start: parser.startIndex, textStart: parser.endIndex + 1 };
      },
      onclosetag(name) {
        if (name !== 'style' || !open) return;
        styles.push({
          text: html.slice(open.textStart, parser.startIndex),
          start: open.start,
          end: parser.endIndex + 1,
        });
        open = undefined;
      },
    },
    { lowerCaseTags: true },
  );
  parser.end(html);
  return styles;
}

/**
 * The page with its <style> elements taken out, each replaced by the line breaks it held, so that a line number
 * in the rest of the page still points at the same line of the page as built.
 */
export function withoutStyles(html: string): string {
  let result = '';
  let from = 0;
  for (const { start, end } of inlineStyles(html)) {
    result += html.slice(from, start) + '\n'.repeat(html.slice(start, end).split('\n').length - 1);
    from = end;
  }
  return result + html.slice(from);
}
