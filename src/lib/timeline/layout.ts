/**
 * Where every event goes in the chart, computed without a browser, in stages: segments.ts (clusters and their
 * stretch of axis), marks.ts (each event's dot or bar), lanes.ts (labels kept apart), then render.ts draws.
 * Two orientations: across (time left to right, labels in lanes above the axis) from HORIZONTAL.minWidth up,
 * and down the page (labels beside their marks) below it.
 */
import { periodEnd } from './events';
import { markExtent, type MarkExtent } from './marks';
import { assignColumns, assignLanes, spreadLabels } from './lanes';
import { clusterEvents, placeSegments, segmentWidths, type Cluster, type Datable, type Segment } from './segments';
import { textWidth } from './textWidth';

export const HORIZONTAL = {
  /** From this chart width up the chart runs across, drawn 1:1 at its width; below it, down the page. */
  minWidth: 480,
  /** Room at both ends: a tick label centred on the first or last tick stays inside. */
  marginX: 20,
  /** Space between segments, where the break mark goes. */
  gap: 28,
  laneHeight: 34,
  top: 12,
  /** From the lowest lane's marks down to the axis. */
  axisGap: 14,
  /** Below the axis: tick labels, then the year row. */
  axisHeight: 52,
  /** The label's font size (timeline.css) and the gap between a mark and its label. */
  labelSize: 13,
  labelOffset: 6,
  /** A label running right starts this far right of its mark's date, clear of its leader. */
  labelInset: 3,
  /** Room at the right end for the "today" marker, after a break. */
  todayRoom: 56,
  /**
   * Lanes of labels per pixel of drawn width: 8 at 480 (a 640 px column: under 500 px high, not a staircase of
   * 14 lanes), 16 at 960 (140 events stay under 900 px at 1280). What finds no lane folds into a "+N" count,
   * which zooms in to it.
   */
  lanesPerPixel: 8 / 480,
  /** The row of "+7" counts for the marks that found no lane, below the year row. */
  countRow: 28,
  countSize: 13,
} as const;

/**
 * The widths the chart is drawn across: each shows from its width up to the next (timeline.css), scaled up, so
 * labels never shrink below their size. The script re-draws at the same width, so nothing moves when it runs.
 */
export const DRAWN_WIDTHS = [480, 640, 960] as const;

/** The drawn width a column shows (timeline.css says the same): the widest that fits, scaled up to the column. */
export function drawnWidth(columnWidth: number): number {
  return DRAWN_WIDTHS.filter((width) => width <= columnWidth).at(-1) ?? HORIZONTAL.minWidth;
}

export const VERTICAL = {
  /** Room above the first segment for the year line above its first month (render.ts). */
  top: 24,
  /** The axis line; month ticks, and above a segment's first month its year, are written to its left. */
  axisX: 68,
  /** Marks whose dates overlap stand side by side, this far apart, right of the axis. */
  markStep: 9,
  /** Where labels start, after the last column of marks. */
  labelGap: 10,
  /** Label size down the page (timeline.css, .tl-svg-v .tl-label): every label starts after the widest column of
   * marks, and 12 px lets the longest end inside a 320 px screen. */
  labelSize: 12,
  /** One label line, and more than a 24 px touch target. */
  rowHeight: 30,
  gap: 30,
  todayRoom: 40,
  /** Below the "today" line. */
  bottom: 12,
  /** A dot's radius and more: marks closer than this along the axis stand side by side. */
  markClearance: 7,
  /** The narrowest chart the layout is made for: a 320 px screen minus the embed's padding. */
  minWidth: 290,
  /** A magnified cluster (the phone's preset) grows until every label is at most this far from its own mark. */
  nearMark: 24,
  /** ... but no longer than this many rows, for its time may hold marks on the same day. */
  maxRows: 40,
} as const;

/** Width of a label with the room its mark and the gap take. */
export function labelWidth(text: string): number {
  return textWidth(text, HORIZONTAL.labelSize) + 2 * HORIZONTAL.labelOffset;
}

interface TimelineMark extends Pick<MarkExtent, 'shape'> {
  id: string;
  segment: number;
}

interface HorizontalMark extends TimelineMark {
  /** Start and end across; equal for an event known to the day. */
  x0: number;
  x1: number;
  /** Its lane of labels, 0 just above the axis; `undefined` when folded into a count (no room for its label). */
  lane: number | undefined;
  /** Where the label's text starts (anchor start) or ends (anchor end). */
  labelX: number;
  labelAnchor: 'start' | 'end';
}

/** Marks that found no lane, shown as one "+N" link that zooms to their time span. */
export interface FoldedCount {
  ids: string[];
  x: number;
  /** First and last instant of the folded events: what zooming in shows. */
  domain: [Date, Date];
}

export interface HorizontalLayout {
  orientation: 'horizontal';
  width: number;
  height: number;
  axisY: number;
  segments: Segment[];
  marks: HorizontalMark[];
  counts: FoldedCount[];
  lanes: number;
  /** Where the "today" marker goes, after a break at the right end. */
  todayX: number;
}

interface VerticalMark extends TimelineMark {
  /** The mark's centre across: on the axis, or beside a mark whose dates it overlaps. */
  x: number;
  /** Start and end down the axis; equal for an event known to the day. */
  y0: number;
  y1: number;
  /** The label's baseline centre: at the mark, or pushed down (or up) so labels never overlap. */
  labelY: number;
}

export interface VerticalLayout {
  orientation: 'vertical';
  height: number;
  /** Where every label starts, after the widest column of marks. */
  labelX: number;
  segments: Segment[];
  marks: VerticalMark[];
  todayY: number;
}

export type TimelineLayout = HorizontalLayout | VerticalLayout;

export interface HorizontalOptions {
  labels: ReadonlyMap<string, string>;
  width: number;
  /** Exactly this many lanes, so a zoomed chart keeps its height and axis; by default what the labels need, up to the width's cap. */
  lanes?: number;
}

/** Across: zooming is laying out the same events k times as wide; a cluster alone takes the whole width. */
export function layoutHorizontal(
  sorted: readonly Datable[],
  { labels, width, lanes: fixedLanes }: HorizontalOptions,
): HorizontalLayout {
  const H = HORIZONTAL;
  const clusters = clusterEvents(sorted);
  const right = width - H.marginX - H.todayRoom;
  const available = right - H.marginX - (clusters.length - 1) * H.gap;
  const segments = placeSegments(
    clusters,
    segmentWidths(
      clusters.map((cluster) => cluster.events.length),
      available,
    ),
    H.marginX,
    H.gap,
  );
  const placed = clusters.flatMap((cluster, index) =>
    cluster.events.map((event) => {
      const { shape, start: x0, end: x1 } = markExtent(event, segments[index]!.scale);
      const w = labelWidth(labels.get(event.id) ?? event.id);
      // Labels run to the right of the mark unless that would reach the today line.
      const labelAnchor: HorizontalMark['labelAnchor'] = x0 + w > width - H.marginX ? 'end' : 'start';
      // A label starts just right of its own leader, so the leader of a mark on the same date clears it.
      const text = w - 2 * H.labelOffset;
      const label =
        labelAnchor === 'start'
          ? { left: x0 + H.labelInset, right: x0 + H.labelInset + text }
          : { left: x1 + H.labelOffset - text, right: x1 + H.labelOffset };
      const box = { left: Math.min(label.left, x0 - H.labelOffset), right: Math.max(label.right, x1 + H.labelOffset) };
      return {
        event,
        segment: index,
        x0,
        x1,
        shape,
        labelX: labelAnchor === 'start' ? label.left : label.right,
        labelAnchor,
        box,
        label,
      };
    }),
  );
  // A label covering another mark must stand above it, or that mark's leader would cross the label. Labels run
  // right, so the marks go into lanes from the right end back; the few that run left (at the right end) last.
  const rank = ({ item, index }: { item: (typeof placed)[number]; index: number }) =>
    item.labelAnchor === 'start' ? -index : index + placed.length;
  const order = placed.map((item, index) => ({ item, index })).sort((a, b) => rank(a) - rank(b));
  const maxLanes = fixedLanes ?? Math.floor(width * H.lanesPerPixel);
  /** Each mark's lane (by its index), placing the marks in the given order. */
  const assign = (list: typeof order, max: number) => {
    const lanesOf: (number | undefined)[] = [];
    assignLanes(
      list.map(({ item }) => ({ box: item.box, label: item.label, leader: item.x0 })),
      max,
    ).forEach((lane, i) => (lanesOf[list[i]!.index] = lane));
    return lanesOf;
  };
  let lanesOf = assign(order, maxLanes);
  // A second chance for a mark whose label runs left (no room to its right) and found no lane: the labels that
  // cover its date must stand above it, and placed last it finds their lowest lane taken. Placed first, with a
  // lane more if the width's cap is reached, it stands under them; kept if fewer marks fold in all. (Zoomed, at
  // the lanes this chose, the same two orders are compared, so the drawing at scale 1 is the build's.)
  const stuck = order.filter(({ item, index }) => item.labelAnchor === 'end' && lanesOf[index] === undefined);
  const retry = stuck.length
    ? assign([...stuck, ...order.filter((o) => !stuck.includes(o))], fixedLanes ?? maxLanes + 1)
    : lanesOf;
  const folds = (lanes: typeof lanesOf) => lanes.filter((lane) => lane === undefined).length;
  if (folds(retry) < folds(lanesOf)) lanesOf = retry;
  const lanes = fixedLanes ?? Math.max(1, ...lanesOf.map((lane) => (lane ?? -1) + 1));
  const axisY = H.top + lanes * H.laneHeight + H.axisGap;
  const marks = placed.map(({ event, segment, x0, x1, shape, labelX, labelAnchor }, i): HorizontalMark => ({
    id: event.id,
    segment,
    x0,
    x1,
    shape,
    lane: lanesOf[i],
    labelX,
    labelAnchor,
  }));
  const counts = foldCounts(
    placed.filter((_, i) => lanesOf[i] === undefined).map(({ event, x0, x1 }) => ({ event, x0, x1 })),
    [H.marginX, width - H.marginX],
  );
  const height = axisY + H.axisHeight + (counts.length > 0 ? H.countRow : 0);
  return { orientation: 'horizontal', width, height, axisY, segments, marks, counts, lanes, todayX: width - H.marginX };
}

/** Folded marks, in order across, become counts; counts whose "+N" labels would touch merge into one. */
function foldCounts(
  folded: readonly { event: Datable; x0: number; x1: number }[],
  [min, max]: [number, number],
): FoldedCount[] {
  const groups: { items: typeof folded; left: number; right: number }[] = [];
  for (const item of folded) {
    const last = groups.at(-1);
    const group =
      last && item.x0 - countLabelWidth(last.items.length + 1) / 2 < last.right + HORIZONTAL.labelOffset
        ? last
        : undefined;
    if (group) {
      group.items = [...group.items, item];
      group.right = Math.max(group.right, item.x1);
    } else groups.push({ items: [item], left: item.x0, right: item.x1 });
  }
  // Centred under the marks it stands for, but never past either end of the chart.
  return groups.map(({ items, left, right }) => {
    const half = countLabelWidth(items.length) / 2;
    const x = Math.min(max - half, Math.max(min + half, (left + right) / 2));
    const starts = items.map(({ event }) => event.date.start.getTime());
    const ends = items.map(({ event }) => periodEnd(event).getTime());
    return {
      ids: items.map(({ event }) => event.id),
      x,
      domain: [new Date(Math.min(...starts)), new Date(Math.max(...ends))],
    };
  });
}

export function countLabelWidth(count: number): number {
  return textWidth(`+${count}`, HORIZONTAL.countSize) + 2 * HORIZONTAL.labelOffset;
}

/** The y of a lane's mark; lane 0 sits just above the axis, its label above the mark. */
export function laneY(layout: Pick<HorizontalLayout, 'axisY'>, lane: number): number {
  return layout.axisY - HORIZONTAL.axisGap - lane * HORIZONTAL.laneHeight;
}

/**
 * Down the page: labels stand beside their marks, and the chart is as wide as its column at 1:1 (no scaling),
 * so every label keeps its size at 320 px. Positions depend only on the events, never on the width, so the
 * build's drawing is already the browser's.
 */
export function layoutVertical(sorted: readonly Datable[], { magnify = false } = {}): VerticalLayout {
  const V = VERTICAL;
  const clusters = clusterEvents(sorted);
  const half = V.rowHeight / 2;
  /** A cluster's marks and labels, drawn `length` long from `start`. */
  const place = (cluster: Cluster, index: number, start: number, length: number) => {
    const [segment] = placeSegments([cluster], [length], start, 0);
    const placed = cluster.events.map((event) => {
      const { shape, start: y0, end: y1 } = markExtent(event, segment!.scale);
      return { id: event.id, segment: index, y0, y1, shape };
    });
    // A label wants to be at its dot, or near the top of its bar (beside the bar anywhere is beside its mark,
    // and the dots of the same days keep the room at theirs); labels go in that order.
    const middles = placed.map((mark) => Math.min((mark.y0 + mark.y1) / 2, mark.y0 + half));
    const order = middles.map((_, i) => i).sort((a, b) => middles[a]! - middles[b]!);
    const spread = spreadLabels(
      order.map((i) => middles[i]!),
      V.rowHeight,
      start + half,
      start + length - half,
    );
    const marks = placed.map((mark, i) => ({ ...mark, labelY: spread[order.indexOf(i)]! }));
    const farthest = Math.max(...marks.map(({ y0, y1, labelY }) => Math.max(y0 - labelY, labelY - y1)));
    return { marks, farthest };
  };
  // Room for every label plus half a row of air at each end; magnified (a cluster on its own, on a phone), as
  // long as it takes to set each label beside its own mark, so no reader pairs a dot with its neighbour's label.
  const lengths = clusters.map((cluster, index) => {
    let length = (cluster.events.length + 1) * V.rowHeight;
    while (magnify && length < V.maxRows * V.rowHeight && place(cluster, index, 0, length).farthest > V.nearMark)
      length *= 1.2;
    return length;
  });
  const segments = placeSegments(clusters, lengths, V.top, V.gap);
  const marks = clusters.flatMap(
    (cluster, index) => place(cluster, index, segments[index]!.start, lengths[index]!).marks,
  );
  // Marks (not labels) whose dates overlap, a dot's radius included, go into columns side by side.
  const columns = assignColumns(
    marks.map((mark) => ({ left: mark.y0 - V.markClearance, right: mark.y1 + V.markClearance })),
  );
  const placed = marks.map((mark, i): VerticalMark => ({ ...mark, x: V.axisX + columns[i]! * V.markStep }));
  const labelX = V.axisX + Math.max(0, ...columns) * V.markStep + V.labelGap;
  const todayY = (segments.at(-1)?.end ?? V.top) + V.todayRoom;
  return { orientation: 'vertical', height: todayY + V.bottom, labelX, segments, marks: placed, todayY };
}
