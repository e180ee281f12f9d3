import { z } from 'astro/zod';

export const pageSchema = z.object({
  /** Also the browser tab's title, which search results cut after about 70 characters. */
  title: z.string().min(1).max(70),
  /** One or two sentences for search results and social cards. */
  description: z.string().min(20).max(200),
  /** Shared by a page and its translation, so the language switch can find the counterpart. */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** Short label for the navigation. */
  navLabel: z.string().min(1).max(40),
  /** Position in the navigation; the overview is 0. */
  order: z.number().int().min(0),
  /** YAML reads a bare date as a Date; the site keeps ISO day strings. */
  lastReviewed: z.coerce.date().transform((date) => date.toISOString().slice(0, 10)),
});

export type PageData = z.output<typeof pageSchema>;
