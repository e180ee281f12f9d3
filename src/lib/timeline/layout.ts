/**
 * Where every event goes in the chart, computed without a browser. The events cluster (one in 1997, a few
 * in 2017 and 2022, most in mid-2024), so each cluster gets its own segment of the axis, wide in
 * proportion to its events, with a break between segments: the 2024 cluster stays legible on a phone.
 */
import { periodEnd, type TimelineEvent } from './events';

export const CHART = {
  width: 760,
  marginX: 12,
  /** Space between segments, where the break mark goes. */
  gap: 28,
  laneHeight: 34,
  top: 12,
  axisGap: 14,
  axisHeight: 34,
  /** Rough advance of one character of the 13 px label font, to keep labels from overlapping. */
  charWidth: 7.4,
  labelPadding: 22,
  /** Room at the right end for the "today" marker, after a break. */
  todayRoom: 56,
} as const;

const DAY_MS = 86_400_000;

/**
 * A straight map from UTC time to pixels, with what d3-axis asks of a scale (domain, range, copy). d3-scale's
 * scaleUtc does the same but carries its colour interpolation and default time formats along: 25 KB
 * of the embed's 61 KB script (issue 13).
 */
export interface TimeScale {
  (date: Date): number;
  domain(): [Date, Date];
  range(): [number, number];
  copy(): TimeScale;
}

/** Positions to a tenth of a pixel: no eye sees the difference, and the SVG's numbers stay short. */
export const tenth = (value: number) => Math.round(value * 10) / 10;

export function timeScale(domain: readonly [Date, Date], range: readonly [number, number]): TimeScale {
  const [from, to] = domain.map((date) => date.getTime()) as [number, number];
  const [start, end] = range;
  const scale = (date: Date) => tenth(start + ((date.getTime() - from) / (to - from)) * (end - start));
  return Object.assign(scale, {
    domain: (): [Date, Date] => [new Date(from), new Date(to)],
    range: (): [number, number] => [start, end],
    copy: () => timeScale(domain, range),
  });
}

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

export interface Segment {
  index: number;
  x0: number;
  x1: number;
  scale: TimeScale;
  eventIds: string[];
}

export interface PlacedMark {
  id: string;
  segment: number;
  /** Start of the mark; equal to `x1` for an event known to the day. */
  x0: number;
  x1: number;
  /** A dot for a day, a bar for a month, a year or a span. */
  shape: 'dot' | 'bar';
  lane: number;
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export interface TimelineLayout {
  orientation: 'horizontal';
  width: number;
  height: number;
  axisY: number;
  segments: Segment[];
  marks: PlacedMark[];
  lanes: number;
  /** Where the "today" marker goes, after a break at the right end. */
  todayX: number;
}

/**
 * Segment widths: every cluster gets a base share plus a share per event, so the single event of 1997
 * stays visible while the 2024 cluster gets most of the width.
 */
export function segmentWidths(eventCounts: readonly number[], available: number): number[] {
  const weights = eventCounts.map((count) => 1 + count);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (available * w) / total);
}

/** Greedy lane assignment: each label goes into the lowest lane where it does not overlap the previous one. */
export function assignLanes(intervals: readonly { left: number; right: number }[], spacing = 6): number[] {
  const laneEnds: number[] = [];
  return intervals.map(({ left, right }) => {
    let lane = laneEnds.findIndex((end) => end + spacing <= left);
    if (lane < 0) lane = laneEnds.push(right) - 1;
    else laneEnds[lane] = right;
    return lane;
  });
}

export function labelWidth(text: string): number {
  return text.length * CHART.charWidth + CHART.labelPadding;
}

export interface LayoutOptions {
  labels: ReadonlyMap<string, string>;
  width?: number;
  /** At least this many lanes: a zoomed chart keeps its axis where it was. */
  minLanes?: number;
}

/** Zooming into a cluster is laying out only its events: one segment then takes the whole width. */
export function layoutTimeline(sorted: readonly Datable[], { labels, width = CHART.width, minLanes = 1 }: LayoutOptions): TimelineLayout {
  const clusters = clusterEvents(sorted);
  const right = width - CHART.marginX - CHART.todayRoom;
  const available = right - CHART.marginX - (clusters.length - 1) * CHART.gap;
  const widths = segmentWidths(
    clusters.map((c) => c.events.length),
    available,
  );
  let x = CHART.marginX;
  const segments = clusters.map((cluster, index): Segment => {
    const x0 = x;
    const x1 = tenth(x0 + widths[index]!);
    x = x1 + CHART.gap;
    const scale = timeScale(paddedDomain(cluster.start, cluster.end), [x0, x1]);
    return { index, x0, x1, scale, eventIds: cluster.events.map((e) => e.id) };
  });

  const placed = clusters.flatMap((cluster, index) => {
    const { scale } = segments[index]!;
    return cluster.events.map((event) => {
      const shape: PlacedMark['shape'] = event.date.precision === 'day' && !event.end ? 'dot' : 'bar';
      const mx0 = scale(event.date.start);
      const mx1 = shape === 'dot' ? mx0 : Math.max(scale(periodEnd(event)), mx0 + 4);
      const w = labelWidth(labels.get(event.id) ?? event.id);
      // Labels run to the right of the mark unless that would leave the chart.
      const labelAnchor: PlacedMark['labelAnchor'] = mx0 + w > right ? 'end' : 'start';
      const labelX = labelAnchor === 'start' ? mx0 : mx1;
      return { event, segment: index, x0: mx0, x1: mx1, shape, labelX, labelAnchor, w };
    });
  });
  // A lane holds the mark and its label, so neither may overlap the next event's.
  const lanesOf = assignLanes(
    placed.map((p) =>
      p.labelAnchor === 'start' ? { left: p.x0 - 8, right: Math.max(p.x1, p.x0 + p.w) } : { left: Math.min(p.x0, p.x1 - p.w), right: p.x1 + 8 },
    ),
  );
  const lanes = Math.max(minLanes, ...lanesOf.map((lane) => lane + 1));
  const axisY = CHART.top + lanes * CHART.laneHeight + CHART.axisGap;
  const marks = placed.map(({ event, segment, x0, x1, shape, labelX, labelAnchor }, i): PlacedMark => ({
    id: event.id,
    segment,
    x0,
    x1,
    shape,
    lane: lanesOf[i]!,
    labelX,
    labelAnchor,
  }));
  const todayX = width - CHART.marginX;
  return { orientation: 'horizontal', width, height: axisY + CHART.axisHeight, axisY, segments, marks, lanes, todayX };
}

/** The y of a lane's mark; lane 0 sits just above the axis, its label above the mark. */
export function laneY(layout: Pick<TimelineLayout, 'axisY'>, lane: number): number {
  return layout.axisY - CHART.axisGap - lane * CHART.laneHeight;
}

/**
 * The narrow layout: time runs down the page, labels stand beside their marks, and the chart is as
 * wide as its column at 1:1 (no scaling), so every label keeps its size at 320 px. Positions depend
 * only on the events, never on the width, so the build's drawing is already the browser's.
 */
export const VERTICAL = {
  /** Below this chart width the chart runs down the page; above, across at CHART.width or wider. */
  breakpoint: 760,
  /** Room above the first segment for the year line above its first month (render.ts). */
  top: 24,
  /** The axis line; month ticks, and above a segment's first month its year, are written to its left. */
  axisX: 68,
  /** Marks whose dates overlap stand side by side, this far apart, right of the axis. */
  markStep: 9,
  /** Where labels start, after the last column of marks. */
  labelGap: 10,
  /** One label line, and more than a 24 px touch target. */
  rowHeight: 30,
  gap: 30,
  todayRoom: 40,
  /** The narrowest chart the layout is made for: a 320 px screen minus the embed's padding. */
  minWidth: 290,
} as const;

export interface VerticalMark {
  id: string;
  segment: number;
  /** The mark's centre across: on the axis, or beside a mark whose dates it overlaps. */
  x: number;
  /** Start and end of the mark down the axis; equal for an event known to the day. */
  y0: number;
  y1: number;
  shape: 'dot' | 'bar';
  /** The label's baseline centre: at the mark, or pushed down (or up) so labels never overlap. */
  labelY: number;
}

export interface VerticalSegment {
  index: number;
  y0: number;
  y1: number;
  scale: TimeScale;
}

export interface VerticalLayout {
  orientation: 'vertical';
  height: number;
  /** Where every label starts, after the widest column of marks. */
  labelX: number;
  segments: VerticalSegment[];
  marks: VerticalMark[];
  todayY: number;
}

/** Moves label centres apart by at least `spacing`, keeping them inside [min, max] and as near their marks as possible. */
export function spreadLabels(wanted: readonly number[], spacing: number, min: number, max: number): number[] {
  const placed = wanted.map((y) => Math.max(min, y));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + spacing);
  for (let i = placed.length - 1; i >= 0; i--) {
    const limit = i === placed.length - 1 ? max : placed[i + 1]! - spacing;
    if (placed[i]! > limit) placed[i] = Math.max(min + i * spacing, limit);
  }
  return placed;
}

export function layoutVertical(sorted: readonly Datable[]): VerticalLayout {
  const clusters = clusterEvents(sorted);
  let y = VERTICAL.top;
  const segments: VerticalSegment[] = [];
  const marks: VerticalMark[] = [];
  clusters.forEach((cluster, index) => {
    // Room for every label plus half a row of air at each end.
    const y0 = y;
    const y1 = y0 + (cluster.events.length + 1) * VERTICAL.rowHeight;
    y = y1 + VERTICAL.gap;
    const scale = timeScale(paddedDomain(cluster.start, cluster.end), [y0, y1]);
    segments.push({ index, y0, y1, scale });
    const placed = cluster.events.map((event) => {
      const shape: VerticalMark['shape'] = event.date.precision === 'day' && !event.end ? 'dot' : 'bar';
      const my0 = scale(event.date.start);
      const my1 = shape === 'dot' ? my0 : Math.max(scale(periodEnd(event)), my0 + 4);
      return { id: event.id, segment: index, y0: my0, y1: my1, shape };
    });
    const half = VERTICAL.rowHeight / 2;
    const labelYs = spreadLabels(
      placed.map((mark) => (mark.y0 + mark.y1) / 2),
      VERTICAL.rowHeight,
      y0 + half,
      y1 - half,
    );
    placed.forEach((mark, i) => marks.push({ ...mark, x: VERTICAL.axisX, labelY: labelYs[i]! }));
  });
  // Marks (not labels) whose dates overlap, a dot's radius included, go into columns side by side.
  const columns = assignLanes(
    marks.map((mark) => ({ left: mark.y0 - 7, right: mark.y1 + 7 })),
    0,
  );
  const placed = marks.map((mark, i) => ({ ...mark, x: VERTICAL.axisX + columns[i]! * VERTICAL.markStep }));
  const labelX = VERTICAL.axisX + Math.max(0, ...columns) * VERTICAL.markStep + VERTICAL.labelGap;
  const todayY = y - VERTICAL.gap + VERTICAL.todayRoom;
  return { orientation: 'vertical', height: todayY + 12, labelX, segments, marks: placed, todayY };
}
