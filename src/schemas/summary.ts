import type { z } from 'astro/zod';
import { pageSchema } from './pages';

/** The printable summary: one per language (content/summary/<locale>.mdx), with a page's title, description and review date. */
export const summarySchema = pageSchema.pick({ title: true, description: true, lastReviewed: true });

export type SummaryData = z.output<typeof summarySchema>;
