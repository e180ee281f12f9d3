/**
 * Timeline events as the pages use them: id from the file name, sorted by date, every citation checked
 * against the sources with a message that names the file, the event and the field.
 */
import { findCitationProblems, type CitableSource, type Citation } from '../citations';
import type { TimelineEventData } from '../../schemas/timeline';

export interface TimelineEvent extends TimelineEventData {
  id: string;
}

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function eventFile(id: string): string {
  return `content/timeline/${id}.yaml`;
}

/** First instant after the event's period: the end of its day, month or year, or of its span. */
export function periodEnd(event: Pick<TimelineEvent, 'date' | 'end'>): Date {
  const last = event.end ?? event.date;
  const { start, precision } = last;
  const next = new Date(start);
  if (precision === 'year') next.setUTCFullYear(next.getUTCFullYear() + 1);
  else if (precision === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** Date order (a month or a year sorts by its first day); ties by id, so the order is stable. */
export function sortEvents<T extends TimelineEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.date.start.getTime() - b.date.start.getTime() || a.id.localeCompare(b.id));
}

/** Every problem of the events as one message each; an empty list means the timeline may be built. */
export function findTimelineProblems(
  events: readonly TimelineEvent[],
  sources: ReadonlyMap<string, CitableSource>,
): string[] {
  const problems: string[] = [];
  const check = (event: TimelineEvent, field: string, citations: readonly Citation[]) =>
    citations.forEach((citation, index) =>
      problems.push(
        ...findCitationProblems(
          [citation],
          sources,
          `${eventFile(event.id)} (event "${event.id}", field ${field}[${index}])`,
        ),
      ),
    );
  for (const event of events) {
    if (!EVENT_ID.test(event.id)) {
      problems.push(
        `${eventFile(event.id)} (event "${event.id}", field id): the file name must be lower-case words joined by hyphens`,
      );
    }
    check(event, 'citations', event.citations);
    event.otherDatings.forEach((dating, index) => check(event, `otherDatings[${index}].citations`, dating.citations));
  }
  return problems;
}
