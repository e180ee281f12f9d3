/**
 * One disagreement between the sources per file in content/disagreements/<id>.yaml; the file name is its stable
 * id and the anchor of its entry (#<id>). Quotes are checked against the sources' bodies (src/data/site.ts), and
 * the page keys against the site's pages.
 */
import { z } from 'astro/zod';
import { citationSchema, localisedTextSchema } from './common';

/** Strict, so a misspelt key or a language code such as `en_GB` fails instead of vanishing. */
const textSchema = z.strictObject(localisedTextSchema.shape);
const checkedCitationSchema = z.strictObject(citationSchema.shape);

/** What one source (or one source in two languages) says, in the reader's language, with its verbatim words. */
const accountSchema = z.strictObject({
  says: textSchema,
  citations: z.array(checkedCitationSchema).min(1),
});

export const disagreementSchema = z
  .strictObject({
    /** Position on the disagreements page. */
    order: z.number().int().min(1),
    /** The question the sources answer differently, e.g. "When the second stage began". */
    title: textSchema,
    /** Keys of the pages whose topic this touches: they show a "Sources disagree on this" box. */
    pages: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    /** What each source says. */
    accounts: z.array(accountSchema).min(1),
    /** What the official text says, where there is one. */
    primary: accountSchema.optional(),
    /** Which reading the site follows, and why. */
    reading: textSchema,
  })
  .refine((entry) => entry.accounts.length >= 2 || entry.primary !== undefined, {
    message: 'a disagreement needs two accounts, or one account and the primary text',
    path: ['accounts'],
  });

export type DisagreementData = z.output<typeof disagreementSchema>;
