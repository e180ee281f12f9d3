/**
 * Dates that are only known to the year or month must never be shown as if the day were known,
 * so every date in content is an ISO string whose length carries its precision.
 */
type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  iso: string;
  precision: Precision;
  /** First instant of the period, in UTC, for sorting and placing on a scale. */
  start: Date;
}

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(iso: string): PartialDate {
  const match = PARTIAL_ISO.exec(iso);
  if (!match) throw new Error(`"${iso}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  const start = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const roundTrips =
    start.getUTCFullYear() === Number(year) &&
    start.getUTCMonth() === Number(month ?? 1) - 1 &&
    start.getUTCDate() === Number(day ?? 1);
  if (!roundTrips) throw new Error(`"${iso}" is not a real calendar date`);
  const precision: Precision = day ? 'day' : month ? 'month' : 'year';
  return { iso, precision, start };
}

const FORMAT_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** The first instant after the period a partial date stands for: "2024-09" ends when October begins. */
export function periodEnd(date: PartialDate): Date {
  const { start, precision } = date;
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  if (precision === 'year') return new Date(Date.UTC(year + 1, 0, 1));
  if (precision === 'month') return new Date(Date.UTC(year, month + 1, 1));
  return new Date(Date.UTC(year, month, start.getUTCDate() + 1));
}

/** "20 July 2024" / "20. Juli 2024", "June 2024" / "Juni 2024", "1997". */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const tag = locale === 'en' ? 'en-GB' : locale;
  return new Intl.DateTimeFormat(tag, FORMAT_OPTIONS[date.precision]).format(date.start);
}

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` (UTC), negative if `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  const utc = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/**
 * The calendar day an instant falls on, as midnight UTC of that day: in the runtime's own time zone ("local",
 * the reader's in a browser), or in UTC. A reader east of UTC is a day ahead of UTC for part of every day.
 */
function calendarDay(instant: Date, zone: 'local' | 'UTC'): Date {
  return zone === 'UTC'
    ? new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()))
    : new Date(Date.UTC(instant.getFullYear(), instant.getMonth(), instant.getDate()));
}

/**
 * "2 years ago" / "vor 2 Jahren" style text for the time since a past date, in the largest unit that
 * is at least 1, as Intl.RelativeTimeFormat words it. `now` counts on the reader's calendar day by default;
 * the build passes "UTC" so its pages do not depend on the build machine's zone.
 */
export function formatTimeSince(past: Date, now: Date, locale: string, zone: 'local' | 'UTC' = 'local'): string {
  const today = calendarDay(now, zone);
  const days = daysBetween(past, today);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const months = monthsBetween(past, today);
  if (Math.abs(months) >= 24) return rtf.format(-Math.trunc(months / 12), 'year');
  if (Math.abs(months) >= 2) return rtf.format(-months, 'month');
  return rtf.format(-days, 'day');
}

function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return months;
}

/**
 * A whole day as a reader writes it ("2 December 2026"): in the reader's own time zone by default, since
 * "read on" is the reader's day; the build passes "UTC" so its pages do not depend on the build machine.
 */
export function formatDay(day: Date, locale: string, timeZone?: string): string {
  const tag = locale === 'en' ? 'en-GB' : locale;
  return new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(day);
}
