/** Stage 3: each event's mark along the time axis, the same for both orientations. */
import { periodEnd } from './events';
import type { TimeScale } from './scale';
import type { Datable } from './segments';

export interface MarkExtent {
  /** A dot for a day, a bar for a month, a year or a span. */
  shape: 'dot' | 'bar';
  /** Start and end along the time axis; equal for a dot. */
  start: number;
  end: number;
}

/** A bar is at least this long, so a month on a wide scale stays visible. */
const MIN_BAR_LENGTH = 4;

export function markExtent(event: Datable, scale: TimeScale): MarkExtent {
  const shape = event.date.precision === 'day' && !event.end ? 'dot' : 'bar';
  const start = scale(event.date.start);
  const end = shape === 'dot' ? start : Math.max(scale(periodEnd(event)), start + MIN_BAR_LENGTH);
  return { shape, start, end };
}
