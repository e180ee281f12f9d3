/**
 * The timeline collection as the pages need it: loaded once, sorted, every citation checked against the
 * sources, so a bad quote fails the build naming the file, the event and the field.
 */
import { getCollection } from 'astro:content';
import { assertTimeline, sortEvents, type TimelineEvent } from '../../lib/timeline/events';
import { loadSite } from '../../site';

let loaded: Promise<TimelineEvent[]> | undefined;

export function loadTimeline(): Promise<TimelineEvent[]> {
  loaded ??= load();
  return loaded;
}

async function load() {
  const { sources } = await loadSite();
  const citable = new Map([...sources.values()].map((entry) => [entry.id, { id: entry.id, kind: entry.data.kind, body: entry.body ?? '' }]));
  const events = (await getCollection('timeline')).map((entry) => ({ id: entry.id, ...entry.data }));
  assertTimeline(events, citable);
  return sortEvents(events);
}
