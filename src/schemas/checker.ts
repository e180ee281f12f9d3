/**
 * The "Am I affected?" checker as data: questions whose options point to the next node, and outcomes that
 * say what applies since when, each statement with its sources. Rules that span nodes (no dangling
 * options, no cycles, url-safe option ids, citations on every outcome) live in lib/checker/validateTree.ts,
 * so their messages can name the node.
 */
import { z } from 'astro/zod';
import { citationSchema, localisedTextSchema, partialDateSchema } from './common';

const nodeIdSchema = z.string().min(1);

/** Strict, so a misspelt key or a YAML flow mapping split at a comma fails instead of vanishing. */
const textSchema = z.strictObject(localisedTextSchema.shape);
const checkedCitationSchema = z.strictObject(citationSchema.shape);

export const checkerOptionSchema = z.strictObject({
  /** Becomes one segment of the checker's address, e.g. `us` in `/en/check/us/`. */
  id: z.string().min(1),
  label: textSchema,
  /** Id of the question or outcome this answer leads to. */
  next: nodeIdSchema,
  /** Ids of parts this answer adds to every result reached through it (e.g. Germany adds the BSI's warning). */
  parts: z.array(nodeIdSchema).default([]),
});

export const checkerQuestionSchema = z.strictObject({
  id: nodeIdSchema,
  /** The page's heading and the fieldset's legend. */
  text: textSchema,
  hint: textSchema.optional(),
  /** Sources of the hint, where it states a rule (such as who counts as a US person). */
  citations: z.array(checkedCitationSchema).default([]),
  options: z.array(checkerOptionSchema),
});

/** One thing that applies to the reader, with the day it began; the page computes "since N days". */
export const appliesItemSchema = z.strictObject({
  text: textSchema,
  since: partialDateSchema.optional(),
  citations: z.array(checkedCitationSchema),
});

export const checkerOutcomeSchema = z.strictObject({
  id: nodeIdSchema,
  /** One sentence: the answer to "Am I affected?". */
  verdict: textSchema,
  applies: z.array(appliesItemSchema),
  /** Advice, not facts: anything factual belongs in `applies` with its citations. */
  nextSteps: z.array(textSchema),
  /** The rules the outcome rests on as a whole. */
  citations: z.array(checkedCitationSchema),
});

/**
 * A section that an answer adds to whatever result it leads to, so a result can say both what the US rules
 * mean for the reader and what applies where they are, without one outcome per combination.
 */
export const checkerPartSchema = z.strictObject({
  id: nodeIdSchema,
  /** The section's heading on the result page. */
  heading: textSchema,
  /** One sentence shown under the verdict. */
  summary: textSchema,
  /** The sources of the summary. */
  citations: z.array(checkedCitationSchema),
  applies: z.array(appliesItemSchema),
  nextSteps: z.array(textSchema).default([]),
});

export const checkerTreeSchema = z.strictObject({
  /** Id of the first question. */
  start: nodeIdSchema,
  questions: z.array(checkerQuestionSchema),
  outcomes: z.array(checkerOutcomeSchema),
  parts: z.array(checkerPartSchema).default([]),
});

export type CheckerOption = z.output<typeof checkerOptionSchema>;
export type CheckerQuestion = z.output<typeof checkerQuestionSchema>;
export type AppliesItem = z.output<typeof appliesItemSchema>;
export type CheckerOutcome = z.output<typeof checkerOutcomeSchema>;
export type CheckerPart = z.output<typeof checkerPartSchema>;
export type CheckerTree = z.output<typeof checkerTreeSchema>;
