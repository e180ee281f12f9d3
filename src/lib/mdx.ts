/**
 * The explainer pages and the summary read as MDX syntax trees, parsed by the same parser as Astro's MDX
 * (satteri), so the build's checks see what renders: a `>` inside a quoted attribute is part of the quote, and
 * a `<Cite>` inside a `{/* comment *\/}` is no citation.
 */
import { mdxToMdast } from 'satteri';
import type { Citation } from './citations';

/** The parts of an mdast/MDX node these checks read; the parser's own types are wider. */
export interface MdxNode {
  type: string;
  /** A JSX element's name (`Cite`, `Section`). */
  name?: string | null;
  /** A text's, a code block's or an expression's source text. */
  value?: unknown;
  attributes?: MdxAttribute[];
  depth?: number;
  children?: MdxNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

interface MdxAttribute {
  type: string;
  name?: string;
  /** A string for `name="…"`, an expression node for `name={…}`, null for a bare `name`. */
  value?: unknown;
}

const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

export function parseMdx(mdx: string): MdxNode {
  return mdxToMdast(mdx) as MdxNode;
}

export function isElement(node: MdxNode, name: string): boolean {
  return JSX_ELEMENTS.has(node.type) && node.name === name;
}

/** A `{/* comment *\/}`: an expression that holds nothing but a comment, so renders nothing. */
export function isComment(node: MdxNode): boolean {
  const isExpression = node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
  return isExpression && typeof node.value === 'string' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

/** Every node under `node` (itself included) in document order. */
export function* descendants(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* descendants(child);
}

/** The source text of a node, as the editor wrote it. */
export function sourceOf(node: MdxNode, mdx: string): string {
  return mdx.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/**
 * A string attribute of a JSX element: undefined where it is absent; an error naming the element where it is an
 * expression (`quote={"…"}`), whose value the build cannot read without running the page.
 */
export function stringAttribute(element: MdxNode, name: string): string | undefined {
  const attribute = element.attributes?.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  if (!attribute) return undefined;
  if (typeof attribute.value !== 'string') {
    throw new Error(
      `<${element.name}> attribute "${name}" must be a plain string (${name}="…"), not an expression or a bare name`,
    );
  }
  return attribute.value;
}

/** Source and quote of every `<Cite />` under `node`, in reading order. */
export function citeTagsIn(node: MdxNode, mdx: string): Citation[] {
  return [...descendants(node)]
    .filter((candidate) => isElement(candidate, 'Cite'))
    .map((cite) => {
      const source = stringAttribute(cite, 'source');
      if (source === undefined) throw new Error(`<Cite> without a source attribute: ${sourceOf(cite, mdx)}`);
      return { source, quote: stringAttribute(cite, 'quote') };
    });
}

/** Source and quote of every `<Cite />` in an MDX body, in reading order. */
export function extractCiteTags(mdx: string): Citation[] {
  return citeTagsIn(parseMdx(mdx), mdx);
}

/**
 * The prose of an MDX body: without its `<Cite />` tags, whose quotes are the sources' words, and without its
 * comments; each is replaced by a space, the rest kept as written.
 */
export function proseOfMdx(mdx: string): string {
  const left = [...descendants(parseMdx(mdx))].filter((node) => isElement(node, 'Cite') || isComment(node));
  let prose = '';
  let last = 0;
  for (const node of left) {
    const start = node.position?.start.offset ?? last;
    if (start < last) continue;
    prose += `${mdx.slice(last, start)} `;
    last = node.position?.end.offset ?? start;
  }
  return prose + mdx.slice(last);
}
