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

const checkerOptionSchema = z.strictObject({
  /** Becomes one segment of the checker's address, e.g. `us` in `/en/check/us/`. */
  id: z.string().min(1),
  label: textSchema,
  /** Id of the question or outcome this answer leads to. */
  next: nodeIdSchema,
  /** Ids of parts this answer adds to every result reached through it (e.g. Germany adds the BSI's warning). */
  parts: z.array(nodeIdSchema).default([]),
});

/** A longer explanation folded under the hint ("What counts as a US person?"), so the answers come first. */
const checkerDefinitionSchema = z.strictObject({
  title: textSchema,
  text: textSchema,
});

/** Answers that lead to the same headline on purpose, with the reason a reader would accept. */
const sameResultSchema = z.strictObject({
  options: z.array(z.string().min(1)).min(2),
  because: z.string().min(1),
});

const checkerQuestionSchema = z.strictObject({
  id: nodeIdSchema,
  /** The page's heading. */
  text: textSchema,
  hint: textSchema.optional(),
  definition: checkerDefinitionSchema.optional(),
  /** Sources of the hint and definition, where they state a rule (such as who counts as a US person). */
  citations: z.array(checkedCitationSchema).default([]),
  options: z.array(checkerOptionSchema),
  sameResult: z.array(sameResultSchema).default([]),
});

/** One thing that applies to the reader, with the day it began; the page computes "since N days". */
const appliesItemSchema = z.strictObject({
  text: textSchema,
  since: partialDateSchema.optional(),
  citations: z.array(checkedCitationSchema),
});

/** A basis citation must quote the rule it rests on; validateTree and src/data/site.ts check the rest. */
const basisCitationSchema = z.strictObject({ source: z.string().min(1), quote: z.string().min(1) });

/** Another result a reader may also need, such as the federal contractor's for a business. */
const seeAlsoSchema = z.strictObject({
  /** Answer ids from the start, as in the address (`[us, federal, contractor]`); must lead to a result. */
  answers: z.array(z.string().min(1)).min(1),
  label: textSchema,
});

/** One case of an "it depends" result: what holds if the case is true, shown as that result's verdict. */
const compareCaseSchema = z.strictObject({
  when: textSchema,
  outcome: nodeIdSchema,
});

const checkerOutcomeSchema = z.strictObject({
  id: nodeIdSchema,
  /** The headline: at most 12 words in each language (validateTree counts them), the answer in a phrase. */
  verdict: textSchema,
  /** One or two sentences under the headline that say the verdict in full. */
  detail: textSchema,
  /** The primary texts the verdict rests on, each with its words quoted; "How this checker decides" shows them. */
  basis: z.array(basisCitationSchema),
  /** Reports the detail also relies on, such as a date only a news article gives: marked on the detail, not a rule. */
  detailCitations: z.array(checkedCitationSchema).default([]),
  /** For "I'm not sure" results: the results of each case, side by side. */
  compare: z.array(compareCaseSchema).default([]),
  /** Advice, not facts: anything factual belongs in `applies` with its citations. */
  nextSteps: z.array(textSchema),
  seeAlso: z.array(seeAlsoSchema).default([]),
  /** Why: what applies to the reader, each statement dated and cited. */
  applies: z.array(appliesItemSchema),
});

/**
 * A section that an answer adds to whatever result it leads to, so a result can say both what the US rules
 * mean for the reader and what applies where they are, without one outcome per combination.
 */
const checkerPartSchema = z.strictObject({
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

/** An address published before the tree changed: its page points the reader to where that answer now lives. */
const retiredAddressSchema = z.strictObject({
  /** Answer ids joined by "/", as in the old address (`us/household/training`). */
  path: z.string().min(1),
  /** The answers whose page replaces it, joined the same way ("" for the start). */
  to: z.string(),
});

export const checkerTreeSchema = z.strictObject({
  /** Id of the first question. */
  start: nodeIdSchema,
  retired: z.array(retiredAddressSchema).default([]),
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
