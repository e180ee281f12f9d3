/**
 * The summary's tables stack on a phone: each row becomes a block and each cell shows its column's heading as
 * a label (CSS reads it from `data-label`). Markdown tables have no spans, so a cell's column is its position.
 * A table drawn as blocks loses its table semantics in browsers, so every part states its role explicitly.
 */
const HEADER_CELL = /<th\b[^>]*>([\s\S]*?)<\/th>/g;
const ROW = /<tr\b[^>]*>[\s\S]*?<\/tr>/g;
const DATA_CELL = /<td\b/g;

function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeAttribute(text: string): string {
  return text.replace(/&(?!#?\w+;)/g, '&amp;').replace(/"/g, '&quot;');
}

const ROLES: Record<string, string> = { thead: 'rowgroup', tbody: 'rowgroup', tr: 'row', th: 'columnheader' };

/** Adds `data-label="<column heading>"` to every body cell of a rendered table, and each part's role. */
export function labelTableCells(tableHtml: string): string {
  const headings = [...tableHtml.matchAll(HEADER_CELL)].map((match) => plainText(match[1]!));
  if (headings.length === 0) return tableHtml;
  const withRoles = tableHtml.replace(/<(thead|tbody|tr|th)\b/g, (tag, name: string) => `${tag} role="${ROLES[name]}"`);
  return withRoles.replace(ROW, (row) => {
    let column = 0;
    return row.replace(DATA_CELL, () => {
      const heading = headings[column++];
      return heading ? `<td role="cell" data-label="${escapeAttribute(heading)}"` : '<td role="cell"';
    });
  });
}
