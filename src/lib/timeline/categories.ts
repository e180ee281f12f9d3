/** The timeline's categories, in legend order; kept free of zod so the browser bundle stays small. */
export const TIMELINE_CATEGORIES = ['us-government', 'sanctions', 'kaspersky', 'germany-eu'] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];
