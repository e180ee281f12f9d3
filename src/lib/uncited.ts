/**
 * "Every statement links to its source" holds by construction: inside a page's `<Section>`, every paragraph and
 * every list item carries a `<Cite>`, unless it stands inside an `<Editorial>…</Editorial>` wrapper, which renders
 * visibly as the site's own words (components/Editorial.astro). A block with no words outside its links (a list of
 * links to other pages) says nothing and needs no citation; `###` headings are not statements either.
 */
import { descendants, isElement, parseMdx, sourceOf, stringAttribute, type MdxNode } from './mdx';
import { topLevelSections } from './sections';

/** Nodes that state nothing: headings, comments and other expressions, raw HTML, rules, images, imports. */
const STATES_NOTHING = new Set([
  'heading',
  'mdxFlowExpression',
  'mdxjsEsm',
  'html',
  'thematicBreak',
  'image',
  'definition',
]);
/** Containers whose own children are the statements (a blockquote's paragraphs, a wrapper element's). */
const CONTAINERS = new Set(['blockquote', 'mdxJsxFlowElement']);

/** The paragraphs, list items and tables of a section's content, Editorial wrappers left out, in reading order. */
function statementNodes(nodes: readonly MdxNode[]): MdxNode[] {
  return nodes.flatMap((node): MdxNode[] => {
    if (STATES_NOTHING.has(node.type) || isElement(node, 'Editorial')) return [];
    if (node.type === 'list') return node.children ?? [];
    if (CONTAINERS.has(node.type)) return statementNodes(node.children ?? []);
    return [node];
  });
}

/** The top-level paragraphs and list items of an MDX fragment as written, Editorial wrappers removed. */
export function statementBlocks(mdx: string): string[] {
  return statementNodes(parseMdx(mdx).children ?? []).map((node) => sourceOf(node, mdx));
}

/** True when the block has words outside its links (so it states something). */
function saysSomething(block: MdxNode): boolean {
  const words = (node: MdxNode): string => {
    if (node.type === 'link' || node.type === 'linkReference') return '';
    if (node.type === 'text' || node.type === 'inlineCode') return String(node.value);
    return (node.children ?? []).map(words).join('');
  };
  return words(block).replace(/[\s.,;:!?()*_–—-]/g, '') !== '';
}

/** A message per paragraph or list item in a section of `mdx` that has no citation and no Editorial wrapper. */
export function findUncitedBlocks(mdx: string, where: string): string[] {
  const problems: string[] = [];
  for (const section of topLevelSections(mdx).sections) {
    const id = stringAttribute(section, 'id') ?? '?';
    for (const block of statementNodes(section.children ?? [])) {
      if ([...descendants(block)].some((node) => isElement(node, 'Cite')) || !saysSomething(block)) continue;
      const excerpt = sourceOf(block, mdx).replace(/\s+/g, ' ').slice(0, 70);
      problems.push(
        `${where}: section "${id}" has a paragraph or list item without a citation; cite it or wrap the site's own words in <Editorial>: "${excerpt}…"`,
      );
    }
  }
  return problems;
}
