/**
 * The 140-event timeline of issue 26's "Scale": the 14 real events and nine copies of them, copy k moved k months
 * later (a year-only event k years later), so the 2024 cluster grows to about 90 events. Only what the chart needs
 * is kept: id, dates, category and label. tests/unit/timelineScale.test.ts checks that the fixture file matches
 * this generator; `UPDATE_FIXTURE=1 npx vitest run tests/unit/timelineScale.test.ts` rewrites it.
 */
import { join } from 'node:path';
import { parsePartialDate } from '../../src/lib/partialDate';
import type { TimelineEvent } from '../../src/lib/timeline/events';

export interface FixtureEvent {
  id: string;
  date: string;
  end?: string;
  category: string;
  label: { en: string; de: string };
}

export const FIXTURE_FILE = join(import.meta.dirname, '..', 'fixtures', 'timeline-140.json');

/** `iso` (YYYY, YYYY-MM or YYYY-MM-DD) moved `months` later, in its own precision; days past the 28th become the 28th. */
export function shiftDate(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return String(year + months);
  const total = year * 12 + (month - 1) + months;
  const moved = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  return day === undefined ? moved : `${moved}-${String(Math.min(day, 28)).padStart(2, '0')}`;
}

export function copyEvents(
  events: readonly Pick<TimelineEvent, 'id' | 'date' | 'end' | 'category' | 'label'>[],
  copies = 9,
): FixtureEvent[] {
  return Array.from({ length: copies + 1 }, (_, k) =>
    events.map((event) => ({
      id: k === 0 ? event.id : `${event.id}-${k + 1}`,
      date: shiftDate(event.date.iso, k),
      ...(event.end ? { end: shiftDate(event.end.iso, k) } : {}),
      category: event.category,
      label: k === 0 ? event.label : { en: `${event.label.en} ${k + 1}`, de: `${event.label.de} ${k + 1}` },
    })),
  ).flat();
}

/** The fixture as the layout takes it: dates parsed, sorted by date. */
export function fixtureEvents(fixture: readonly FixtureEvent[]) {
  return fixture
    .map((event) => ({
      ...event,
      date: parsePartialDate(event.date),
      end: event.end === undefined ? undefined : parsePartialDate(event.end),
    }))
    .sort((a, b) => a.date.start.getTime() - b.date.start.getTime() || a.id.localeCompare(b.id));
}
