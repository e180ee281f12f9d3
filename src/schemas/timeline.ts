/**
 * One timeline event per file in content/timeline/<id>.yaml; the file name is the event's stable id,
 * used in deep links (#<id>), the embed's ?event=<id> and the data downloads.
 */
import { z } from 'astro/zod';
import { citationSchema, localisedTextSchema, partialDateSchema } from './common';
import { TIMELINE_CATEGORIES } from '../lib/timeline/categories';

export const timelineEventSchema = z
  .object({
    /** ISO date whose length is its precision: "1997", "2024-07" or "2024-07-20". */
    date: partialDateSchema,
    /** Last day of a span, such as the wind-down period between two deadlines. */
    end: partialDateSchema.optional(),
    category: z.enum(TIMELINE_CATEGORIES),
    title: localisedTextSchema,
    /** A few words drawn beside the mark in the chart. */
    label: z.object({ en: z.string().min(1).max(28), de: z.string().min(1).max(28) }),
    summary: localisedTextSchema,
    citations: z.array(citationSchema).min(1),
    /** Where a source dates the event differently: shown beside the main date, never silently dropped. */
    otherDatings: z
      .array(z.object({ text: localisedTextSchema, citations: z.array(citationSchema).min(1) }))
      .default([]),
  })
  .refine((event) => !event.end || event.end.start > event.date.start, {
    message: 'end must be later than date',
    path: ['end'],
  });

export type TimelineEventData = z.output<typeof timelineEventSchema>;
