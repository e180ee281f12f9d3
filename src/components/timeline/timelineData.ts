/**
 * The timeline collection as the pages need it: loaded once and sorted (src/site.ts checks every citation with
 * the rest of the content, so a bad quote fails the build naming the file, the event and the field).
 */
import { getCollection } from 'astro:content';
import { sortEvents, type TimelineEvent } from '../../lib/timeline/events';
import { loadSite } from '../../site';

let loaded: Promise<TimelineEvent[]> | undefined;

export function loadTimeline(): Promise<TimelineEvent[]> {
  loaded ??= load();
  return loaded;
}

async function load() {
  await loadSite();
  return sortEvents((await getCollection('timeline')).map((entry) => ({ id: entry.id, ...entry.data })));
}
