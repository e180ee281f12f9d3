/** Axis ticks per segment, in the reader's language: years for long spans, months for short ones. */
import { utcMonth, utcYear } from 'd3-time';
import type { TimeScale } from './layout';

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
  const ticks = (interval ? interval.range(from, to) : []).filter((tick) => scale(tick) <= end - Math.min(28, spacing / 2));
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
  const tag = locale === 'en' ? 'en-GB' : locale;
  let format = monthFormats.get(tag);
  if (!format) monthFormats.set(tag, (format = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' })));
  if (index === 0) return format.format(date);
  return format.formatToParts(date).find((part) => part.type === 'month')!.value;
}
