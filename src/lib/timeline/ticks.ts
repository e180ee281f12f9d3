/** Axis ticks per segment, in the reader's language: years for long spans, months for short ones. */
import type { TimeScale } from './scale';

/**
 * The first days of the months from `from` (inclusive) to `to` (exclusive) whose month of the year (0-11), or
 * with `years`, whose year, is a multiple of `step`: what d3-time's utcMonth.every(step).range and
 * utcYear.every(step).range return (the unit test compares them), without its 7 KB in the browser's script.
 */
export function periodStarts(from: Date, to: Date, step: number, years = false): Date[] {
  const starts: Date[] = [];
  if (!(step >= 1)) return starts;
  const monthsFrom = from.getUTCFullYear() * 12 + from.getUTCMonth();
  const unit = years ? 12 : 1;
  let month = Math.floor(monthsFrom / unit) * unit;
  for (; ; month += unit) {
    const start = new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));
    if (start >= to) break;
    if (start >= from && (years ? start.getUTCFullYear() : start.getUTCMonth()) % step === 0) starts.push(start);
  }
  return starts;
}

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
  const starts = MONTH_STEPS.includes(monthStep)
    ? periodStarts(from, to, monthStep)
    : periodStarts(from, to, Math.ceil(years / room), true);
  // Ticks right at a segment's end would collide with the next segment's first label.
  const ticks = starts.filter((tick) => scale(tick) <= end - Math.min(28, spacing / 2));
  if (ticks.length > 0) return ticks;
  // The first month's start on or after `from` (d3-time's utcMonth.ceil): a segment has at least one tick.
  return periodStarts(from, new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 2, 1)), 1).slice(0, 1);
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
