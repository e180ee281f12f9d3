/**
 * The timeline page's HTML with the 140-event fixture's extra events in its list (the page's script draws the
 * chart from the list), for timeline-layout.spec and `npm run bench`. Plain TypeScript without runtime imports,
 * so Node runs it as it is from bench.mjs.
 */
import type { FixtureEvent } from './timelineFixture.ts';

export function withFixtureEvents(html: string, fixture: readonly FixtureEvent[]): string {
  // The list's own entries and the new ones, in date order, as the page's script expects them.
  const [, head, list, tail] = /^([\s\S]*<ol class="tl-list"[^>]*>)([\s\S]*?)(<\/ol>[\s\S]*)$/.exec(html)!;
  const own = list!
    .split(/(?=<li id="[^"]+" class="tl-item)/)
    .map((item) => ({ date: /data-date="([^"]+)"/.exec(item)![1]!, item }));
  const known = new Set(own.map(({ item }) => /data-event="([^"]+)"/.exec(item)![1]));
  const added = fixture
    .filter((event) => !known.has(event.id))
    .map((event) => ({
      date: event.date,
      item: `<li id="${event.id}" class="tl-item tl-cat-${event.category}" data-event="${event.id}" data-date="${event.date}"${event.end ? ` data-end="${event.end}"` : ''} data-category="${event.category}"><h3>${event.label.en}</h3><time>${event.date}</time></li>`,
    }));
  const items = [...own, ...added].sort((a, b) => a.date.localeCompare(b.date)).map(({ item }) => item);
  return `${head}${items.join('')}${tail}`;
}
