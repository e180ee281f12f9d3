/** Axis ticks per segment, in the reader's language: years for long spans, months for short ones. */
import { utcMonth, utcYear } from 'd3-time';
import type { ScaleTime } from 'd3-scale';

export function segmentTicks(scale: ScaleTime<number, number>): Date[] {
  const [from, to] = scale.domain() as [Date, Date];
  const [x0, x1] = scale.range() as [number, number];
  const years = (to.getTime() - from.getTime()) / (365.25 * 86_400_000);
  const room = Math.max(1, Math.floor((x1 - x0) / 64));
  const interval = years > 2 ? utcYear.every(Math.max(1, Math.ceil(years / room))) : utcMonth.every(Math.max(1, Math.ceil((years * 12) / room)));
  // Ticks right at a segment's end would collide with the next segment's first label.
  const ticks = (interval ? interval.range(from, to) : []).filter((tick) => scale(tick) <= x1 - 28);
  return ticks.length > 0 ? ticks : [utcMonth.ceil(from)];
}

/** "1997" on 1 January, otherwise the month, with the year on the segment's first tick ("Jun 2024", "Jul"). */
export function tickLabel(date: Date, index: number, locale: string): string {
  const tag = locale === 'en' ? 'en-GB' : locale;
  const january = date.getUTCMonth() === 0;
  if (january) return String(date.getUTCFullYear());
  const options: Intl.DateTimeFormatOptions = { month: 'short', timeZone: 'UTC', ...(index === 0 ? { year: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(tag, options).format(date);
}
