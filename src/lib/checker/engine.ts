/**
 * Walking the checker's tree, without any page or browser: the answers so far are a list of option ids,
 * which is also the address (`/en/check/us/household/`), so every step is a pre-rendered page that
 * reloads, bookmarks and shares without storing anything.
 */
import { numberCitations, type Citation, type CitableSource } from '../citations';
import { splitPath } from './address';
import type { CheckerOption, CheckerOutcome, CheckerPart, CheckerQuestion, CheckerTree } from '../../schemas/checker';

export type CheckerNode =
  { kind: 'question'; question: CheckerQuestion } | { kind: 'outcome'; outcome: CheckerOutcome };

export interface AnsweredStep {
  question: CheckerQuestion;
  option: CheckerOption;
}

export type Resolution =
  | { ok: true; node: CheckerNode; steps: AnsweredStep[]; parts: CheckerPart[] }
  /** `node` and `steps` describe where the walk stopped, so a page can offer the last valid question. */
  | { ok: false; error: string; node: CheckerNode; steps: AnsweredStep[] };

const nodeIndexes = new WeakMap<CheckerTree, Map<string, CheckerNode>>();

/** Node by id, indexed once per tree because a build resolves every page of the same tree. */
function nodeById(tree: CheckerTree, id: string): CheckerNode {
  let index = nodeIndexes.get(tree);
  if (!index) {
    index = new Map<string, CheckerNode>([
      ...tree.questions.map((question) => [question.id, { kind: 'question', question }] as const),
      ...tree.outcomes.map((outcome) => [outcome.id, { kind: 'outcome', outcome }] as const),
    ]);
    nodeIndexes.set(tree, index);
  }
  const node = index.get(id);
  if (!node) throw new Error(`checker tree: no question or outcome "${id}" (validate the tree before walking it)`);
  return node;
}

/** The parts the answers add to their result, in the order answered, each once. */
function partsOf(tree: CheckerTree, steps: readonly AnsweredStep[]): CheckerPart[] {
  const ids = new Set(steps.flatMap(({ option }) => option.parts));
  return [...ids].map((id) => {
    const part = tree.parts.find((candidate) => candidate.id === id);
    if (!part) throw new Error(`checker tree: no part "${id}" (validate the tree before walking it)`);
    return part;
  });
}

/** Follows the answers from the start: the node they lead to and each answered question with its option. */
export function resolve(tree: CheckerTree, answers: readonly string[]): Resolution {
  let node = nodeById(tree, tree.start);
  const steps: AnsweredStep[] = [];
  for (const answer of answers) {
    if (node.kind === 'outcome') {
      return {
        ok: false,
        error: `"${answer}" follows the result "${node.outcome.id}", which asks nothing more`,
        node,
        steps,
      };
    }
    const { question } = node;
    const option = question.options.find(({ id }) => id === answer);
    if (!option) {
      const accepted = question.options.map(({ id }) => id).join(', ');
      return {
        ok: false,
        error: `"${answer}" is not an answer to question "${question.id}" (accepted: ${accepted})`,
        node,
        steps,
      };
    }
    steps.push({ question, option });
    node = nodeById(tree, option.next);
  }
  return { ok: true, node, steps, parts: partsOf(tree, steps) };
}

/** Every complete path from the start to an outcome, as option ids, in the tree's order. */
export function enumeratePaths(tree: CheckerTree): string[][] {
  return walkAll(tree)
    .filter(({ node }) => node.kind === 'outcome')
    .map(({ answers }) => answers);
}

/** Every page of the checker: the start (`[]`), each question reached and each result, as option ids. */
export function enumeratePages(tree: CheckerTree): string[][] {
  return walkAll(tree).map(({ answers }) => answers);
}

function walkAll(tree: CheckerTree): { answers: string[]; node: CheckerNode }[] {
  const visited: { answers: string[]; node: CheckerNode }[] = [];
  const walk = (answers: string[], node: CheckerNode) => {
    visited.push({ answers, node });
    if (node.kind === 'outcome') return;
    for (const option of node.question.options) walk([...answers, option.id], nodeById(tree, option.next));
  };
  walk([], nodeById(tree, tree.start));
  return visited;
}

/** The node the answers lead to; throws for answers that do not fit the tree (a page that cannot exist). */
export function nodeAt(tree: CheckerTree, answers: readonly string[]): CheckerNode {
  const resolution = resolve(tree, answers);
  if (!resolution.ok) throw new Error(`checker tree: ${resolution.error}`);
  return resolution.node;
}

/**
 * Where the reader stands: question `current` of at most `total`. `exact` is true only when every path
 * still open asks the same number of questions, so a page says "2 of 3" only when that cannot change.
 */
export function progress(
  tree: CheckerTree,
  answers: readonly string[],
): { current: number; total: number; exact: boolean } | null {
  const node = nodeAt(tree, answers);
  if (node.kind === 'outcome') return null;
  const remaining = new Set<number>();
  const countQuestions = (current: CheckerNode, asked: number) => {
    if (current.kind === 'outcome') return void remaining.add(asked);
    for (const option of current.question.options) countQuestions(nodeById(tree, option.next), asked + 1);
  };
  countQuestions(node, 0);
  return { current: answers.length + 1, total: answers.length + Math.max(...remaining), exact: remaining.size === 1 };
}

/** Every citation of every outcome, part and question with where it stands, for the build-time quote check. */
export function collectCitations(tree: CheckerTree): { where: string; citations: Citation[] }[] {
  const applies = (kind: string, node: CheckerOutcome | CheckerPart) =>
    node.applies.map((item, index) => ({
      where: `${kind} "${node.id}", applies[${index}]`,
      citations: item.citations,
    }));
  return [
    ...tree.questions.map((question) => ({
      where: `question "${question.id}", citations`,
      citations: question.citations,
    })),
    ...tree.outcomes.flatMap((outcome) => [
      ...applies('outcome', outcome),
      { where: `outcome "${outcome.id}", basis`, citations: outcome.basis },
      { where: `outcome "${outcome.id}", detailCitations`, citations: outcome.detailCitations },
    ]),
    ...tree.parts.flatMap((part) => [
      ...applies('part', part),
      { where: `part "${part.id}", citations`, citations: part.citations },
    ]),
  ];
}

/**
 * A result's distinct citations in reading order, as its footnotes are numbered: the rules the verdict rests
 * on and the reports its detail relies on, the parts' summaries under it, the results an "it depends" result
 * compares (its cards, whose details it repeats), then the outcome's statements and the parts' statements.
 */
export function outcomeNotes(
  outcome: CheckerOutcome,
  parts: readonly CheckerPart[] = [],
  compared: readonly CheckerOutcome[] = [],
): Citation[] {
  return numberCitations([
    ...outcome.basis,
    ...outcome.detailCitations,
    ...parts.flatMap((part) => part.citations),
    ...compared.flatMap((each) => [...each.basis, ...each.detailCitations]),
    ...outcome.applies.flatMap((item) => item.citations),
    ...parts.flatMap((part) => part.applies.flatMap((item) => item.citations)),
  ]);
}

/** The page a retired address now sends its reader to, or undefined where the address was never retired. */
export function retiredTarget(tree: CheckerTree, answers: readonly string[]): string[] | undefined {
  const retired = tree.retired.find(({ path }) => path === answers.join('/'));
  return retired && splitPath(retired.to);
}

/** Every retired address, as answer ids, for the pages that point onward. */
export function retiredPages(tree: CheckerTree): string[][] {
  return tree.retired.map(({ path }) => splitPath(path));
}

/**
 * The address of a result seen from where the reader stands: the first complete path that keeps the answers
 * before the last one and ends at the result, so "If you are a US person" links to the sibling answer's page.
 */
export function pathToOutcome(tree: CheckerTree, answers: readonly string[], outcomeId: string): string[] | undefined {
  const paths = outcomePaths(tree).get(outcomeId) ?? [];
  for (let keep = answers.length - 1; keep >= 0; keep--) {
    const found = paths.find((path) => answers.slice(0, keep).every((answer, index) => path[index] === answer));
    if (found) return found;
  }
  return undefined;
}

const outcomePathIndexes = new WeakMap<CheckerTree, Map<string, string[][]>>();

/** The complete paths to each outcome, in the tree's order, walked once per tree (every result page asks). */
function outcomePaths(tree: CheckerTree): Map<string, string[][]> {
  let index = outcomePathIndexes.get(tree);
  if (!index) {
    index = new Map();
    for (const { answers, node } of walkAll(tree)) {
      if (node.kind !== 'outcome') continue;
      const paths = index.get(node.outcome.id) ?? [];
      index.set(node.outcome.id, [...paths, answers]);
    }
    outcomePathIndexes.set(tree, index);
  }
  return index;
}

/**
 * A verdict rests on the rule itself: its basis cites the official texts and legal summaries kept as
 * `kind: external` sources, never a news article's account of them.
 */
export function findBasisProblems(
  tree: CheckerTree,
  sources: ReadonlyMap<string, CitableSource>,
  file: string,
): string[] {
  return tree.outcomes.flatMap((outcome) =>
    outcome.basis
      .filter(({ source }) => sources.get(source)?.kind === 'article')
      .map(
        ({ source }) =>
          `${file}: outcome "${outcome.id}", basis: "${source}" is an article; a basis cites a primary text (kind: external)`,
      ),
  );
}
