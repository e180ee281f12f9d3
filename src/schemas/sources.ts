import { z } from 'astro/zod';
import { localisedTextSchema, partialDateSchema } from './common';

export const sourceSchema = z
  .object({
    /** `article`: one of the five articles the site is written from; `external`: an official text or report for facts they lack. */
    kind: z.enum(['article', 'external']),
    outlet: z.string().min(1),
    title: z.string().min(1),
    language: z.enum(['de', 'en']),
    published: partialDateSchema,
    url: z.url().startsWith('https://'),
    /** Id of the source this one is a translation of. */
    translationOf: z.string().optional(),
    /** What the source is and says, in the reader's language (two or three sentences). */
    summary: localisedTextSchema,
    /** Two or three verbatim key quotes (articles only); checked like every citation. */
    keyQuotes: z.array(z.string().min(1)).default([]),
    /** Date precision, relations and who reported what, in both languages. */
    notes: localisedTextSchema.optional(),
  })
  .refine((source) => source.kind === 'external' || source.keyQuotes.length >= 2, {
    message: 'an article needs at least two keyQuotes',
    path: ['keyQuotes'],
  });

export type SourceData = z.output<typeof sourceSchema>;
