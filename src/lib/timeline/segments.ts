/**
 * Stage 2: the axis in segments. The events cluster (one in 1997, a few in 2017 and 2022, most in mid-2024), so
 * each cluster gets its own segment of the axis, long in proportion to its events, with a break between
 * segments: the 2024 cluster stays legible on a phone. Both orientations use these; only the direction differs.
 */
import { periodEnd, type TimelineEvent } from './events';
import { DAY_MS, timeScale, type TimeScale } from './scale';

/** What the layout needs of an event: the browser rebuilds this much from the page when it re-draws. */
export type Datable = Pick<TimelineEvent, 'id' | 'date' | 'end'>;

export interface Cluster<T extends Datable = Datable> {
  events: T[];
  start: Date;
  end: Date;
}

/** Groups date-sorted events, starting a new cluster where the gap to the previous one exceeds `maxGapDays`. */
export function clusterEvents<T extends Datable>(sorted: readonly T[], maxGapDays = 400): Cluster<T>[] {
  const clusters: Cluster<T>[] = [];
  for (const event of sorted) {
    const last = clusters.at(-1);
    const end = periodEnd(event);
    if (last && event.date.start.getTime() - last.end.getTime() <= maxGapDays * DAY_MS) {
      last.events.push(event);
      if (end > last.end) last.end = end;
    } else {
      clusters.push({ events: [event], start: event.date.start, end });
    }
  }
  return clusters;
}

/** A cluster's time window with some air on both sides; short clusters get at least `minDays`. */
export function paddedDomain(start: Date, end: Date, minDays = 120): [Date, Date] {
  const span = end.getTime() - start.getTime();
  const wanted = Math.max(span * 1.16, minDays * DAY_MS);
  const pad = (wanted - span) / 2;
  return [new Date(start.getTime() - pad), new Date(end.getTime() + pad)];
}

/** One stretch of the time axis: `start` and `end` are pixels along it (x across, y down the page). */
export interface Segment {
  index: number;
  start: number;
  end: number;
  scale: TimeScale;
  eventIds: string[];
}

/**
 * Segment lengths across: every cluster gets a base share plus a share per event, so the single event of 1997
 * stays visible while the 2024 cluster gets most of the width.
 */
export function segmentWidths(eventCounts: readonly number[], available: number): number[] {
  const weights = eventCounts.map((count) => 1 + count);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (available * w) / total);
}

/** Lays the clusters end to end from `origin`, each `lengths[i]` long, `gap` apart (the break mark goes there). */
export function placeSegments(
  clusters: readonly Cluster[],
  lengths: readonly number[],
  origin: number,
  gap: number,
): Segment[] {
  let position = origin;
  return clusters.map((cluster, index) => {
    const start = position;
    const end = start + lengths[index]!;
    position = end + gap;
    const scale = timeScale(paddedDomain(cluster.start, cluster.end), [start, end]);
    return { index, start, end, scale, eventIds: cluster.events.map((event) => event.id) };
  });
}
