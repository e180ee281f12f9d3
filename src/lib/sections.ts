/**
 * EN/DE parity is structural: every h2 section of an explainer page is a `<Section id="…">` whose id its
 * translation shares, and both languages cite the same sources in it (a source and its translation count
 * as one, so German text may cite heise-de where the English cites heise-en).
 */
import {
  citeTagsIn,
  descendants,
  isComment,
  isElement,
  parseMdx,
  sourceOf,
  stringAttribute,
  type MdxNode,
} from './mdx';

export interface PageSection {
  id: string;
  /** Distinct source ids cited inside the section, in order of first use. */
  sources: string[];
}

const SECTION_ID = /^[a-z0-9-]+$/;

/** A comment or an import between sections renders no text, so it needs no counterpart. */
const rendersNoText = (node: MdxNode) => isComment(node) || node.type === 'mdxjsEsm';

/** The `<Section>` elements of an MDX body with its other top-level nodes (text outside any section). */
export function topLevelSections(mdx: string): { sections: MdxNode[]; outside: MdxNode[] } {
  const nodes = (parseMdx(mdx).children ?? []).filter((node) => !rendersNoText(node));
  return {
    sections: nodes.filter((node) => isElement(node, 'Section')),
    outside: nodes.filter((node) => !isElement(node, 'Section')),
  };
}

/** The sections of an MDX body, or a message per problem (text outside sections, a missing id, a Markdown h2). */
export function splitSections(mdx: string, where: string): { sections: PageSection[]; problems: string[] } {
  const problems: string[] = [];
  const sections: PageSection[] = [];
  const { sections: elements, outside } = topLevelSections(mdx);
  for (const element of elements) {
    const id = stringAttribute(element, 'id');
    if (id === undefined || !SECTION_ID.test(id)) {
      problems.push(`${where}: <Section> needs id="lower-case-key": ${sourceOf(element, mdx).split('\n')[0]}`);
      continue;
    }
    if (sections.some((section) => section.id === id)) problems.push(`${where}: section id "${id}" is used twice`);
    if (!stringAttribute(element, 'title')) problems.push(`${where}: section "${id}" needs a title`);
    const inner = [...descendants(element)].slice(1);
    if (inner.some((node) => (node.type === 'heading' && node.depth === 2) || isElement(node, 'Section'))) {
      problems.push(`${where}: section "${id}" contains another h2 section`);
    }
    sections.push({ id, sources: [...new Set(citeTagsIn(element, mdx).map((cite) => cite.source))] });
  }
  const text = outside
    .map((node) => sourceOf(node, mdx))
    .join('\n\n')
    .trim();
  if (text !== '') {
    problems.push(`${where}: text outside a <Section> has no counterpart key: "${text.slice(0, 60)}…"`);
  }
  return { sections, problems };
}

export interface TranslatedBody {
  where: string;
  mdx: string;
}

/**
 * Problems between a page and its translation: a section in one language only, or a section whose two
 * languages cite different sources. `sameSource` maps a source id to the id of the text it translates.
 */
export function findParityProblems(a: TranslatedBody, b: TranslatedBody, sameSource: (id: string) => string): string[] {
  const left = splitSections(a.mdx, a.where);
  const right = splitSections(b.mdx, b.where);
  const problems = [...left.problems, ...right.problems];
  const rightById = new Map(right.sections.map((section) => [section.id, section]));
  for (const section of left.sections) {
    const twin = rightById.get(section.id);
    if (!twin) {
      problems.push(`${a.where}: section "${section.id}" has no counterpart in ${b.where}`);
      continue;
    }
    const mine = new Set(section.sources.map(sameSource));
    const theirs = new Set(twin.sources.map(sameSource));
    const onlyLeft = [...mine].filter((id) => !theirs.has(id));
    const onlyRight = [...theirs].filter((id) => !mine.has(id));
    if (onlyLeft.length > 0 || onlyRight.length > 0) {
      problems.push(
        `section "${section.id}" cites different sources: only ${a.where} cites [${onlyLeft.join(', ')}], only ${b.where} cites [${onlyRight.join(', ')}]`,
      );
    }
  }
  const leftIds = new Set(left.sections.map((section) => section.id));
  for (const section of right.sections) {
    if (!leftIds.has(section.id)) problems.push(`${b.where}: section "${section.id}" has no counterpart in ${a.where}`);
  }
  const order = (sections: PageSection[], other: Set<string>) =>
    sections
      .map((s) => s.id)
      .filter((id) => other.has(id))
      .join(', ');
  const rightIds = new Set(rightById.keys());
  if (problems.length === 0 && order(left.sections, rightIds) !== order(right.sections, leftIds)) {
    problems.push(`${a.where} and ${b.where} order their sections differently`);
  }
  return problems;
}
