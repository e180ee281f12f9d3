/** The events as downloadable data (events.json, events.csv) in one language, with licence and date. */
import { formatPartialDate } from '../partialDate';
import type { Locale } from '../i18n';
import { lastChangedOn } from '../pageNotices';
import type { TimelineEvent } from './events';
import { timelineStrings } from './strings';

/**
 * The day the timeline's data last changed, derived from the content at build time and never written by hand:
 * the newest correction whose pages include the timeline or, while no correction names it, the site's last
 * editorial review (`lastReviewed`, the newest of the pages').
 */
export function timelineDataDate(
  corrections: readonly { data: { pages: readonly string[]; date: { iso: string } } }[],
  lastReviewed: string,
): string {
  return lastChangedOn(corrections, 'timeline')?.iso ?? lastReviewed;
}

export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export interface EventsDocument {
  title: string;
  licence: typeof DATA_LICENCE;
  lastUpdated: string;
  source: string;
  events: {
    id: string;
    date: string;
    precision: string;
    dateText: string;
    end: string | null;
    category: string;
    title: string;
    summary: string;
    url: string;
    citations: { source: string; quote: string | null }[];
    otherDatings: { text: string; citations: { source: string; quote: string | null }[] }[];
  }[];
}

const plainCitations = (citations: TimelineEvent['citations']) =>
  citations.map(({ source, quote }) => ({ source, quote: quote ?? null }));

export function eventsDocument(
  events: readonly TimelineEvent[],
  locale: Locale,
  pageUrl: string,
  lastUpdated: string,
): EventsDocument {
  return {
    title: timelineStrings(locale).pageTitle,
    licence: DATA_LICENCE,
    lastUpdated,
    source: pageUrl,
    events: events.map((event) => ({
      id: event.id,
      date: event.date.iso,
      precision: event.date.precision,
      dateText: formatPartialDate(event.date, locale),
      end: event.end?.iso ?? null,
      category: event.category,
      title: event.title[locale],
      summary: event.summary[locale],
      url: `${pageUrl}#${event.id}`,
      citations: plainCitations(event.citations),
      otherDatings: event.otherDatings.map((dating) => ({
        text: dating.text[locale],
        citations: plainCitations(dating.citations),
      })),
    })),
  };
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; lines end in CRLF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function eventsCsv(events: readonly TimelineEvent[], locale: Locale): string {
  const rows = events.map((event) => [
    event.id,
    event.date.iso,
    event.date.precision,
    event.end?.iso ?? '',
    event.category,
    event.title[locale],
    event.summary[locale],
    [...new Set(event.citations.map((c) => c.source))].join(' '),
  ]);
  return [timelineStrings(locale).csvHeader, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
