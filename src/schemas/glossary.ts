/**
 * One glossary entry per file in content/glossary/<id>.yaml; the file name is its stable id and the anchor of
 * its entry on the glossary page (#<id>), where every marked use of the term on the site links. Citations are
 * checked and forms kept unique across entries when the site loads (src/data/site.ts).
 */
import { z } from 'astro/zod';
// With its extension: the build's typography step (src/loaders/glossaryFiles.ts) loads this schema in Node as is.
import { citationSchema } from './common.ts';

/** The term as one language writes it: its name, its abbreviation, other spellings the pages use, what it means. */
const wordingSchema = z.strictObject({
  /** The term written out, as the glossary lists it ("Bureau of Industry and Security"). */
  term: z.string().min(1),
  /** Where the term has one ("BIS"): marked on pages as <abbr> with the written-out term as its title. */
  abbreviation: z.string().min(1).optional(),
  /** Other spellings and inflections the pages use ("US persons", "White-Label"); matched case for case. */
  variants: z.array(z.string().min(1)).default([]),
  /** A short definition in plain words that says no more than its citations. */
  definition: z.string().min(1),
});

export const glossaryEntrySchema = z.strictObject({
  en: wordingSchema,
  de: wordingSchema,
  citations: z.array(z.strictObject(citationSchema.shape)).min(1),
});

export type GlossaryEntryData = z.output<typeof glossaryEntrySchema>;
