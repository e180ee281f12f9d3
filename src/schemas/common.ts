import { z } from 'astro/zod';
// With its extension, as the schemas it serves are: the build's typography step loads the glossary schema in Node as is.
import { parsePartialDate } from '../lib/partialDate.ts';

/** An ISO date of year, month or day precision; the string's length says which. */
export const partialDateSchema = z.string().transform((iso, ctx) => {
  try {
    return parsePartialDate(iso);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** Text that the site shows in both languages; a missing language fails the build. */
export const localisedTextSchema = z.object({ en: z.string().min(1), de: z.string().min(1) });

/** A pointer to a source, with verbatim words that are checked against its cleaned text at build time. */
export const citationSchema = z.object({
  source: z.string().min(1),
  quote: z.string().min(1).optional(),
});
