/**
 * The summary's tables stack on a phone: each row becomes a block and each cell shows its column's heading as
 * a label (CSS reads it from `data-label`). Markdown tables have no spans, so a cell's column is its position.
 * No explicit table roles: html-validate rejects them as redundant, and axe and IBM Equal Access pass the
 * stacked table without them in Chromium (every-page.spec), as long as its header row stays visible.
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

/** Adds `data-label="<column heading>"` to every body cell of a rendered table. */
export function labelTableCells(tableHtml: string): string {
  const headings = [...tableHtml.matchAll(HEADER_CELL)].map((match) => plainText(match[1]!));
  if (headings.length === 0) return tableHtml;
  return tableHtml.replace(ROW, (row) => {
    let column = 0;
    return row.replace(DATA_CELL, () => {
      const heading = headings[column++];
      return heading ? `<td data-label="${escapeAttribute(heading)}"` : '<td';
    });
  });
}
