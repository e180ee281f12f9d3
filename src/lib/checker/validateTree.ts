/**
 * The checker's tree is checked when it is loaded, so a broken tree fails the build (and the unit tests)
 * with a message naming the file and the node, instead of stranding a reader on a page that leads nowhere.
 */
import type { z } from 'astro/zod';
import { checkerTreeSchema, type CheckerOutcome, type CheckerQuestion, type CheckerTree } from '../../schemas/checker';
import { HOW_IT_DECIDES_SLUG, splitPath } from './address';

/** Option ids become address segments: lower-case words joined by single hyphens. */
const URL_SAFE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses, then checks the structure; throws one error listing every problem found. */
export function validateCheckerTree(raw: unknown, file: string): CheckerTree {
  const tree = parseCheckerTree(raw, file);
  assertValidTree(tree, file);
  return tree;
}

function parseCheckerTree(raw: unknown, file: string): CheckerTree {
  const result = checkerTreeSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${file}: ${describeIssue(raw, issue)}`);
  throw new Error(`Checker tree is invalid:\n  ${problems.join('\n  ')}`);
}

function assertValidTree(tree: CheckerTree, file: string): void {
  const problems = findTreeProblems(tree, file);
  if (problems.length > 0) throw new Error(`Checker tree is invalid:\n  ${problems.join('\n  ')}`);
}

/** Every structural problem of a parsed tree, each naming the file and node; empty when the tree is sound. */
function findTreeProblems(tree: CheckerTree, file: string): string[] {
  const problems: string[] = [];
  const report = (where: string, problem: string) => problems.push(`${file}: ${where}: ${problem}`);

  const nodeIds = new Set<string>();
  for (const { id } of [...tree.questions, ...tree.outcomes]) {
    if (nodeIds.has(id))
      report(`node "${id}"`, 'the id is used by more than one question or outcome (duplicate node id)');
    nodeIds.add(id);
  }
  const questions = new Map(tree.questions.map((question) => [question.id, question]));
  if (!questions.has(tree.start)) report('start', `"${tree.start}" is not a question (missing start question)`);
  // The tree overview lives beside the first question's answers, at /<lang>/check/<slug>/.
  for (const option of questions.get(tree.start)?.options ?? []) {
    if (Object.values(HOW_IT_DECIDES_SLUG).includes(option.id)) {
      report(
        `question "${tree.start}", option "${option.id}"`,
        'the id is the address of the "how it decides" page (reserved option id)',
      );
    }
  }

  const partIds = new Set<string>();
  for (const { id } of tree.parts) {
    if (partIds.has(id)) report(`part "${id}"`, 'the id is used by more than one part (duplicate part id)');
    partIds.add(id);
  }
  for (const question of tree.questions) checkOptions(question, nodeIds, partIds, report);
  const addedParts = new Set(tree.questions.flatMap(({ options }) => options.flatMap(({ parts }) => parts)));
  for (const { id } of tree.parts) {
    if (!addedParts.has(id)) report(`part "${id}"`, 'no answer adds this part, so no result shows it (unused part)');
  }
  for (const part of tree.parts) {
    if (part.citations.length === 0) report(`part "${part.id}"`, 'no citations (part without citation)');
  }
  for (const [kind, node] of [
    ...tree.outcomes.map((outcome) => ['outcome', outcome] as const),
    ...tree.parts.map((part) => ['part', part] as const),
  ]) {
    node.applies.forEach((item, index) => {
      if (item.citations.length === 0) {
        report(`${kind} "${node.id}", applies[${index}]`, 'no citations (statement without citation)');
      }
    });
  }
  const outcomes = new Map(tree.outcomes.map((outcome) => [outcome.id, outcome]));
  for (const outcome of tree.outcomes) checkVerdict(outcome, outcomes, report);
  for (const question of tree.questions) checkSameResults(question, outcomes, report);
  for (const outcome of tree.outcomes) {
    outcome.seeAlso.forEach(({ answers }, index) => {
      const target = walkAnswers(tree, answers);
      if (target === undefined || !outcomes.has(target)) {
        report(
          `outcome "${outcome.id}", seeAlso[${index}]`,
          `the answers ${answers.join('/')} do not lead to a result (dangling link)`,
        );
      }
    });
  }
  for (const { path, to } of tree.retired) {
    if (walkAnswers(tree, splitPath(path)) !== undefined) {
      report(
        `retired "${path}"`,
        'this address still leads to a page of the checker, so it cannot be retired (retired address in use)',
      );
    }
    if (walkAnswers(tree, splitPath(to)) === undefined)
      report(`retired "${path}"`, `its replacement "${to}" leads to no page (dangling retired address)`);
  }

  const reached = new Set<string>();
  for (const cycle of findCycles(tree.start, questions, reached))
    report(`question "${cycle[0]}"`, `leads back to itself: ${cycle.join(' → ')} (cycle)`);
  for (const id of nodeIds) {
    if (!reached.has(id))
      report(`node "${id}"`, `no path from the start question "${tree.start}" leads here (unreachable)`);
  }
  return problems;
}

function checkOptions(
  question: CheckerQuestion,
  nodeIds: ReadonlySet<string>,
  partIds: ReadonlySet<string>,
  report: (where: string, problem: string) => void,
) {
  const where = `question "${question.id}"`;
  if (question.options.length === 0)
    report(where, 'has no options, so paths through it end without an outcome (dead end)');
  const seen = new Set<string>();
  for (const option of question.options) {
    if (seen.has(option.id))
      report(`${where}, option "${option.id}"`, 'the id is used twice in this question (duplicate option id)');
    seen.add(option.id);
    if (!URL_SAFE_SLUG.test(option.id)) {
      report(
        `${where}, option "${option.id}"`,
        'the id must be lower-case letters, digits and single hyphens (option id not url-safe)',
      );
    }
    if (!nodeIds.has(option.next)) {
      report(
        `${where}, option "${option.id}"`,
        `leads to "${option.next}", which is neither a question nor an outcome (dangling option)`,
      );
    }
    for (const part of option.parts) {
      if (!partIds.has(part))
        report(`${where}, option "${option.id}"`, `adds the part "${part}", which does not exist (dangling part)`);
    }
  }
}

/** A headline is read at a glance: GOV.UK's outcome panels hold a verdict of a few words. */
const MAX_VERDICT_WORDS = 12;

/** Words as a reader counts them: runs of letters or digits, so a dash or colon is no word. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function checkVerdict(
  outcome: CheckerOutcome,
  outcomes: ReadonlyMap<string, CheckerOutcome>,
  report: (where: string, problem: string) => void,
) {
  const where = `outcome "${outcome.id}"`;
  for (const locale of ['en', 'de'] as const) {
    const words = countWords(outcome.verdict[locale]);
    if (words > MAX_VERDICT_WORDS) {
      report(
        `${where}, verdict.${locale}`,
        `${words} words; a headline has at most ${MAX_VERDICT_WORDS} (put the rest in detail) (headline too long)`,
      );
    }
  }
  if (outcome.basis.length === 0)
    report(where, 'no basis: cite the primary text the verdict rests on (verdict without basis)');
  outcome.compare.forEach(({ outcome: target }, index) => {
    if (!outcomes.has(target) || target === outcome.id) {
      report(`${where}, compare[${index}]`, `"${target}" is not another result (dangling comparison)`);
    }
  });
}

/**
 * Two answers of one question that lead straight to the same headline tell the reader the question did not
 * matter; the tree must say why in `sameResult`, or the answers should be one.
 */
function checkSameResults(
  question: CheckerQuestion,
  outcomes: ReadonlyMap<string, CheckerOutcome>,
  report: (where: string, problem: string) => void,
) {
  const declared = new Set(question.sameResult.flatMap(({ options }) => options));
  for (const { options } of question.sameResult) {
    for (const id of options) {
      if (!question.options.some((option) => option.id === id))
        report(`question "${question.id}", sameResult`, `names no option "${id}" (dangling option)`);
    }
  }
  const byHeadline = new Map<string, string[]>();
  for (const option of question.options) {
    const outcome = outcomes.get(option.next);
    if (!outcome || declared.has(option.id)) continue;
    for (const locale of ['en', 'de'] as const) {
      const key = `${locale}:${outcome.verdict[locale]}`;
      byHeadline.set(key, [...(byHeadline.get(key) ?? []), option.id]);
    }
  }
  // A pair with the same headline in both languages is reported once.
  const clashes = new Set([...byHeadline.values()].filter((ids) => ids.length > 1).map((ids) => ids.join(', ')));
  for (const ids of clashes) {
    report(
      `question "${question.id}"`,
      `the answers ${ids} lead to the same headline; merge them or say why in sameResult (same headline without reason)`,
    );
  }
}

/** The node id the answers lead to, or undefined where an answer does not fit; no throwing, so it can check data. */
function walkAnswers(tree: CheckerTree, answers: readonly string[]): string | undefined {
  let id = tree.start;
  for (const answer of answers) {
    const question = tree.questions.find((candidate) => candidate.id === id);
    const option = question?.options.find((candidate) => candidate.id === answer);
    if (!option) return undefined;
    id = option.next;
  }
  return id;
}

/**
 * Depth-first walk from the start that records every node it reaches and returns each cycle it meets as
 * the list of node ids around it (first id repeated at the end).
 */
function findCycles(start: string, questions: ReadonlyMap<string, CheckerQuestion>, reached: Set<string>): string[][] {
  const cycles: string[][] = [];
  const onPath: string[] = [];
  const visit = (id: string) => {
    const loopStart = onPath.indexOf(id);
    if (loopStart >= 0) {
      cycles.push([...onPath.slice(loopStart), id]);
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    onPath.push(id);
    for (const option of questions.get(id)?.options ?? []) visit(option.next);
    onPath.pop();
  };
  visit(start);
  return cycles;
}

/** Names the node a schema issue sits in by its id, and calls a missing `en`/`de` text what it is. */
function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const where = describePath(raw, issue.path) || 'tree';
  const language = issue.path.at(-1);
  const isEmptyOrMissing = issue.code === 'invalid_type' || issue.code === 'too_small';
  if ((language === 'en' || language === 'de') && isEmptyOrMissing)
    return `${where}: no ${language} text (missing translation)`;
  return `${where}: ${issue.message}`;
}

const KIND_OF_LIST: Record<string, string> = {
  questions: 'question',
  outcomes: 'outcome',
  options: 'option',
  parts: 'part',
};

/** `["questions", 0, "options", 1, "label", "de"]` → `question "location", option "us", label.de`. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  const parts: { text: string; isNode: boolean }[] = [];
  let value = raw;
  for (const key of path) {
    value = (value as Record<PropertyKey, unknown> | null | undefined)?.[key];
    const last = parts.at(-1);
    const id = (value as { id?: unknown } | null | undefined)?.id;
    const kind = last && !last.isNode ? KIND_OF_LIST[last.text] : undefined;
    if (typeof key === 'number' && last && kind && typeof id === 'string') {
      // A list entry with an id is named by it: `questions[3]` becomes `question "location"`.
      parts[parts.length - 1] = { text: `${kind} "${id}"`, isNode: true };
    } else if (typeof key === 'number' && last) {
      last.text += `[${key}]`;
    } else {
      parts.push({ text: String(key), isNode: false });
    }
  }
  return parts.reduce((text, part, index) => {
    const joinsField = index > 0 && !part.isNode && !parts[index - 1]!.isNode;
    return index === 0 ? part.text : `${text}${joinsField ? '.' : ', '}${part.text}`;
  }, '');
}
