/**
 * One entry of the corrections log per file in content/corrections/<id>.yaml; the file name is its stable id and
 * the anchor of its entry (#<id>). Page keys and citations are checked when the site loads (src/data/site.ts).
 */
import { z } from 'astro/zod';
import { citationSchema, localisedTextSchema, partialDateSchema } from './common';

const textSchema = z.strictObject(localisedTextSchema.shape);

export const correctionSchema = z
  .strictObject({
    /** The day the pages were changed, as a quoted ISO day ("2026-12-01"). */
    date: partialDateSchema,
    /** `correction`: something was wrong; `update`: something was missing and has been added. */
    kind: z.enum(['correction', 'update']),
    /** Keys of the pages that were changed: each shows a dated note that links to this entry. */
    pages: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    /** A few words for the note on each page and the feed item's title. */
    title: textSchema,
    /** What the pages said before. */
    wrong: textSchema,
    /** What they say now, and why. */
    right: textSchema,
    /** Sources for what is right. */
    citations: z.array(z.strictObject(citationSchema.shape)).default([]),
  })
  .refine((entry) => entry.date.precision === 'day', {
    message: 'a correction is dated to the day (YYYY-MM-DD)',
    path: ['date'],
  });

export type CorrectionData = z.output<typeof correctionSchema>;
