/** Loads content/timeline/*.yaml and the sources' bodies the way the build does, without Astro. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { timelineEventSchema } from '../../src/schemas/timeline';
import { sortEvents, type TimelineEvent } from '../../src/lib/timeline/events';
import type { CitableSource } from '../../src/lib/citations';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

export function loadEvents(): TimelineEvent[] {
  const dir = join(CONTENT, 'timeline');
  const events = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      ...timelineEventSchema.parse(parse(readFileSync(join(dir, name), 'utf8'))),
    }));
  return sortEvents(events);
}

export function loadSources(): Map<string, CitableSource> {
  const dir = join(CONTENT, 'sources');
  return new Map(
    readdirSync(dir).map((name) => {
      const [, front = '', body = ''] =
        /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(dir, name), 'utf8')) ?? [];
      const id = name.replace(/\.md$/, '');
      return [id, { id, kind: parse(front).kind, body }];
    }),
  );
}
