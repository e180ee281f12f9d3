/**
 * The timeline collection as the pages need it: loaded once and sorted (src/site.ts checks every citation with
 * the rest of the content, so a bad quote fails the build naming the file, the event and the field).
 */
import { getCollection } from 'astro:content';
import { sortEvents, type TimelineEvent } from '../lib/timeline/events';
import { timelineDataDate } from '../lib/timeline/serialise';
import { loadEditorial } from './editorial';
import { loadSite } from './site';

let loaded: Promise<TimelineEvent[]> | undefined;

export function loadTimeline(): Promise<TimelineEvent[]> {
  loaded ??= load();
  return loaded;
}

async function load() {
  await loadSite();
  return sortEvents((await getCollection('timeline')).map((entry) => ({ id: entry.id, ...entry.data })));
}

/** The day the timeline's data last changed (lib/timeline/serialise.ts), for the page and events.json. */
export async function loadTimelineDate(): Promise<string> {
  const { pages } = await loadSite();
  const { corrections } = await loadEditorial();
  const lastReviewed = pages
    .map((page) => page.entry.data.lastReviewed)
    .sort()
    .at(-1)!;
  return timelineDataDate(corrections, lastReviewed);
}
