/**
 * "Every statement links to its source" holds by construction: inside a page's `<Section>`, every paragraph and
 * every list item carries a `<Cite>`, unless it stands inside an `<Editorial>…</Editorial>` wrapper, which renders
 * visibly as the site's own words (components/Editorial.astro). A block with no words outside its links (a list of
 * links to other pages) says nothing and needs no citation; `###` headings are not statements either.
 */
const SECTION = /<Section\b([^>]*)>([\s\S]*?)<\/Section>/g;
const EDITORIAL = /<Editorial\b[^>]*>[\s\S]*?<\/Editorial>/g;
const CITE = /<Cite\b/;
const LIST_ITEM = /^(?:[-*+]|\d+\.)\s/;

/** The top-level paragraphs and list items of a section body, Editorial wrappers removed. */
export function statementBlocks(body: string): string[] {
  const blocks: string[] = [];
  for (const chunk of body.replace(EDITORIAL, '\n\n').split(/\n\s*\n/)) {
    const text = chunk.trim();
    if (text === '' || text.startsWith('#')) continue;
    const lines = text.split('\n');
    if (LIST_ITEM.test(lines[0] ?? '')) {
      let item: string[] = [];
      for (const line of lines) {
        if (LIST_ITEM.test(line) && item.length > 0) {
          blocks.push(item.join('\n'));
          item = [];
        }
        item.push(line);
      }
      if (item.length > 0) blocks.push(item.join('\n'));
    } else {
      blocks.push(text);
    }
  }
  return blocks;
}

/** True when the block has words outside its Markdown links (so it states something). */
function saysSomething(block: string): boolean {
  const rest = block
    .replace(LIST_ITEM, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/[\s.,;:!?()*_–—-]/g, '');
  return rest !== '';
}

/** A message per paragraph or list item in a section of `mdx` that has no citation and no Editorial wrapper. */
export function findUncitedBlocks(mdx: string, where: string): string[] {
  const problems: string[] = [];
  for (const match of mdx.matchAll(SECTION)) {
    const id = /\bid="([a-z0-9-]+)"/.exec(match[1] ?? '')?.[1] ?? '?';
    for (const block of statementBlocks(match[2] ?? '')) {
      if (CITE.test(block) || !saysSomething(block)) continue;
      const excerpt = block.replace(/\s+/g, ' ').slice(0, 70);
      problems.push(
        `${where}: section "${id}" has a paragraph or list item without a citation; cite it or wrap the site's own words in <Editorial>: "${excerpt}…"`,
      );
    }
  }
  return problems;
}
