/** Axis ticks per segment, in the reader's language: years for long spans, months for short ones. */
import { utcMonth, utcYear } from 'd3-time';
import type { TimeScale } from './scale';

/**
 * Month steps an axis may take: each divides the year, so ticks fall on the same months every year. A coarser
 * step leaves a lone month in a year ("Aug" beside an event known only to the year, as in 1997), which reads
 * as that event's month; such a segment gets year ticks instead.
 */
export const MONTH_STEPS: readonly number[] = [1, 2, 3];

/** `spacing` is the room one tick label needs along the axis: wide across, one line high down the page. */
export function segmentTicks(scale: TimeScale, spacing = 64): Date[] {
  const [from, to] = scale.domain();
  const [start, end] = scale.range();
  const years = (to.getTime() - from.getTime()) / (365.25 * 86_400_000);
  const room = Math.max(1, Math.floor((end - start) / spacing));
  const monthStep = Math.max(1, Math.ceil((years * 12) / room));
  const interval = MONTH_STEPS.includes(monthStep) ? utcMonth.every(monthStep) : utcYear.every(Math.ceil(years / room));
  // Ticks right at a segment's end would collide with the next segment's first label.
  const ticks = (interval ? interval.range(from, to) : []).filter(
    (tick) => scale(tick) <= end - Math.min(28, spacing / 2),
  );
  return ticks.length > 0 ? ticks : [utcMonth.ceil(from)];
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "1997" on 1 January, otherwise the month, with the year on the segment's first tick ("Jun 2024", "Jul").
 * The month is always the form it takes beside a year: German has two short forms ("Sept." with a year,
 * "Sep" alone), and an axis that mixed them would read as two styles.
 */
export function tickLabel(date: Date, index: number, locale: string): string {
  if (date.getUTCMonth() === 0) return String(date.getUTCFullYear());
  return index === 0 ? monthYearFormat(locale).format(date) : monthLabel(date, locale);
}

/** The month alone, in the form it takes beside a year: the across axis, whose years stand in a row of their own. */
export function monthLabel(date: Date, locale: string): string {
  return monthYearFormat(locale)
    .formatToParts(date)
    .find((part) => part.type === 'month')!.value;
}

export function monthYearFormat(locale: string): Intl.DateTimeFormat {
  const tag = locale === 'en' ? 'en-GB' : locale;
  let format = monthFormats.get(tag);
  if (!format)
    monthFormats.set(
      tag,
      (format = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' })),
    );
  return format;
}

/** True when a segment's ticks are whole years: its axis names the years itself and needs no year row. */
export function yearTicks(ticks: readonly Date[]): boolean {
  return ticks.every((tick) => tick.getUTCMonth() === 0);
}

/**
 * Where the year row names each year a segment shows: at the year's start, or at the left edge of what is in
 * view (a zoomed chart), so the year stays named at every zoom level. Where two names would touch, the later
 * year wins: the earlier one then has only a sliver of the axis.
 */
export function yearPositions(
  scale: TimeScale,
  [viewStart, viewEnd]: [number, number],
  labelRoom: number,
): { year: number; x: number }[] {
  const [from, to] = scale.domain();
  const [start, end] = scale.range();
  const left = Math.max(start, viewStart);
  const right = Math.min(end, viewEnd);
  const placed: { year: number; x: number }[] = [];
  for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++) {
    const yearEnd = scale(new Date(Date.UTC(year + 1, 0, 1)));
    const x = Math.max(left, scale(new Date(Date.UTC(year, 0, 1))));
    if (yearEnd <= left || x > right - labelRoom) continue;
    if (placed.length > 0 && x - placed.at(-1)!.x < labelRoom) placed.pop();
    placed.push({ year, x });
  }
  return placed;
}
