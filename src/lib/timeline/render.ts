/**
 * Stage 5: draws the laid-out timeline as SVG into whatever document it is given: linkedom at build time, the
 * page's own document in the browser. Marks are links to the event's entry in the list, so the chart works
 * without JavaScript; the script adds roving focus and the detail panel on top. Every position is rounded to a
 * tenth of a pixel here, and every offset is one of the named constants below.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import {
  countLabelWidth,
  HORIZONTAL,
  laneY,
  VERTICAL,
  type FoldedCount,
  type HorizontalLayout,
  type TimelineLayout,
  type VerticalLayout,
} from './layout';
import { roundedScale, tenth } from './scale';
import { monthLabel, monthYearFormat, segmentTicks, tickLabel, yearPositions, yearTicks } from './ticks';
import { textWidth } from './textWidth';
import type { Locale } from '../i18n';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Across: the drawing's offsets from the layout's positions. */
const ACROSS = {
  dotRadius: 6,
  barThickness: 10,
  /** A label's baseline above its mark's centre. */
  labelRise: 11,
  /** A folded mark: a small dot on the axis line. */
  foldedRadius: 3.5,
  /** The today line runs this far below the axis; its label's baseline is this far below. */
  todayOverhang: 8,
  todayLabelDrop: 26,
  /** Baselines below the axis of the year row and of the "+N" counts. */
  yearRowDrop: 40,
  countRowDrop: 66,
  yearSize: 12,
  /** Tick labels: the room one needs along the axis. */
  tickSpacing: 64,
} as const;

/** Down the page. */
const DOWN = {
  dotRadius: 5,
  barThickness: 8,
  /** The leader leaves the mark this far right of its centre and meets the label this far left of it. */
  leaderFromMark: 6,
  leaderBend: 8,
  leaderToLabel: 3,
  /** The today line starts this far left of the axis; its label ends this far left, a little below the line. */
  todayOverhang: 8,
  todayLabelGap: 12,
  todayLabelDrop: 4,
  /** One tick label's height: the room ticks need along the axis. */
  tickSpacing: 24,
} as const;

/** A break mark: two slashes, `size` long, `apart` from each other. */
const BREAK = { size: 12, apart: 6 } as const;
const BAR_RADIUS = 3;

export interface MarkText {
  id: string;
  category: string;
  label: string;
  /** "Label: title, date, n of N": starts with the visible label (WCAG 2.5.3), then what the label stands for. */
  accessibleName: string;
}

export interface RenderOptions {
  locale: Locale;
  marks: ReadonlyMap<string, MarkText>;
  labelledBy: string;
  describedBy: string;
  todayLabel: string;
  /** Where a mark links: its list entry on this page (default) or on the timeline page, e.g. `/en/timeline/`. */
  markPage?: string;
  /** The part of a wide (zoomed) horizontal layout in view: from `viewX`, `viewWidth` wide. */
  viewX?: number;
  viewWidth?: number;
}

/** "DHS removal order: Homeland Security orders Kaspersky off federal systems, 13 September 2017, 2 of 14". */
export function accessibleMarkName(label: string, title: string, date: string, position: string): string {
  return `${label}: ${title}, ${date}, ${position}`;
}

type Root = Selection<SVGSVGElement, unknown, null, undefined>;
type Group = Selection<SVGGElement, unknown, null, undefined>;
type Link = Selection<SVGAElement, unknown, null, undefined>;

export function renderTimelineSvg(document: Document, layout: TimelineLayout, options: RenderOptions): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const root: Root = select(svg)
    .attr('role', 'group')
    .attr('aria-labelledby', options.labelledBy)
    .attr('aria-describedby', options.describedBy);
  if (layout.orientation === 'vertical') drawVertical(root, layout, options);
  else drawHorizontal(root, layout, options);
  return svg;
}

/** Drawn at the chart's own width (the build draws a few widths; CSS scales the nearest one up to its column). */
function drawHorizontal(root: Root, layout: HorizontalLayout, options: RenderOptions): void {
  const viewX = options.viewX ?? 0;
  const viewWidth = options.viewWidth ?? layout.width;
  root
    .attr('class', 'tl-svg tl-svg-h')
    .attr('data-orientation', 'horizontal')
    .attr('data-width', layout.width)
    .attr('viewBox', `${tenth(viewX)} 0 ${tenth(viewWidth)} ${layout.height}`);
  const axisLayer = root.append('g').attr('class', 'tl-axes').attr('aria-hidden', 'true');
  const years = axisLayer.append('g').attr('class', 'tl-years');
  for (const segment of layout.segments) {
    const ticks = segmentTicks(segment.scale, ACROSS.tickSpacing);
    const byYear = yearTicks(ticks);
    axisLayer
      .append('g')
      .attr('class', 'tl-axis')
      .attr('transform', `translate(0,${layout.axisY})`)
      .call(
        axisBottom(roundedScale(segment.scale))
          .tickValues(ticks)
          .tickSizeOuter(0)
          .tickFormat((d) =>
            byYear ? tickLabel(d as Date, 1, options.locale) : monthLabel(d as Date, options.locale),
          ),
      )
      .call(dropAxisStyles);
    // Month ticks name no year: the row below does, at every zoom level.
    if (byYear) continue;
    for (const { year, x } of yearPositions(
      segment.scale,
      [viewX, viewX + viewWidth],
      textWidth('0000', ACROSS.yearSize) + BREAK.size,
    )) {
      years
        .append('text')
        .attr('x', tenth(x))
        .attr('y', layout.axisY + ACROSS.yearRowDrop)
        .text(String(year));
    }
  }
  // A break between segments, and before "today": the years in between are left out.
  const breaks = [
    ...layout.segments.slice(1).map((segment) => segment.start - HORIZONTAL.gap / 2),
    layout.todayX - HORIZONTAL.todayRoom / 2,
  ];
  for (const x of breaks) {
    const half = BREAK.size / 2;
    axisLayer
      .append('path')
      .attr('class', 'tl-break')
      .attr(
        'd',
        `M${tenth(x - half + 1)},${layout.axisY + half} l${half},-${BREAK.size} M${tenth(x + 1)},${layout.axisY + half} l${half},-${BREAK.size}`,
      );
  }
  const today = axisLayer.append('g').attr('class', 'tl-today');
  today
    .append('line')
    .attr('x1', layout.todayX)
    .attr('x2', layout.todayX)
    .attr('y1', HORIZONTAL.top)
    .attr('y2', layout.axisY + ACROSS.todayOverhang);
  // Zoomed, the view may end between the break and the line: the label then ends at the view's edge, whole.
  const viewRight = viewX + viewWidth;
  today
    .append('text')
    .attr(
      'x',
      viewRight < layout.todayX - HORIZONTAL.todayRoom / 2 ? layout.todayX : tenth(Math.min(layout.todayX, viewRight)),
    )
    .attr('y', layout.axisY + ACROSS.todayLabelDrop)
    .attr('text-anchor', 'end')
    .text(options.todayLabel);

  // Leaders first, so every label (with its halo) is painted over every leader that passes behind it.
  const leaderLayer = root.append('g').attr('class', 'tl-leaders').attr('aria-hidden', 'true');
  const markLayer = root.append('g').attr('class', 'tl-marks');
  for (const mark of layout.marks) {
    const link = appendMark(markLayer, mark.id, options);
    if (!link) continue;
    const x0 = tenth(mark.x0);
    if (mark.lane === undefined) {
      // No room for its label: a small dot on the axis, still a link; its "+N" count below names it.
      link.classed('tl-folded', true);
      link
        .append('circle')
        .attr('class', 'tl-dot')
        .attr('cx', x0)
        .attr('cy', layout.axisY)
        .attr('r', ACROSS.foldedRadius);
      // The label stays in the document, unpainted: the page's script reads each mark's label from the drawing.
      link
        .append('text')
        .attr('class', 'tl-label')
        .attr('visibility', 'hidden')
        .text(options.marks.get(mark.id)!.label);
      continue;
    }
    const y = tenth(laneY(layout, mark.lane));
    // The leader ties the mark to its date on the axis.
    leaderLayer
      .append('line')
      .attr('class', 'tl-leader')
      .attr('x1', x0)
      .attr('x2', x0)
      .attr('y1', y)
      .attr('y2', layout.axisY);
    if (mark.shape === 'dot')
      link.append('circle').attr('class', 'tl-dot').attr('cx', x0).attr('cy', y).attr('r', ACROSS.dotRadius);
    else appendBar(link, x0, y - ACROSS.barThickness / 2, Math.max(4, mark.x1 - mark.x0), ACROSS.barThickness);
    link
      .append('text')
      .attr('class', 'tl-label')
      .attr('x', tenth(mark.labelX))
      .attr('y', y - ACROSS.labelRise)
      .attr('text-anchor', mark.labelAnchor)
      .text(options.marks.get(mark.id)!.label);
  }
  drawCounts(root, layout, options);
}

/** "+7" under the axis for marks without a label: a link to the first of them, carrying the time span to zoom to. */
function drawCounts(root: Root, layout: HorizontalLayout, options: RenderOptions): void {
  const shown = layout.counts.filter((count) => count.ids.some((id) => options.marks.has(id)));
  if (shown.length === 0) return;
  const layer = root.append('g').attr('class', 'tl-counts');
  for (const count of shown) {
    const iso = count.domain.map((date) => date.toISOString().slice(0, 10)).join('/');
    const link = layer
      .append<SVGAElement>('a')
      .attr('class', 'tl-more')
      .attr('href', `${options.markPage ?? ''}#${count.ids[0]}`)
      .attr('data-domain', iso)
      .attr('data-events', count.ids.join(' '))
      .attr('aria-label', countName(count, options.locale));
    const x = tenth(count.x);
    const width = tenth(countLabelWidth(count.ids.length));
    link
      .append('rect')
      .attr('x', tenth(x - width / 2))
      .attr('y', layout.axisY + ACROSS.countRowDrop - HORIZONTAL.countSize - 2)
      .attr('width', width)
      .attr('height', HORIZONTAL.countSize + 8)
      .attr('rx', BAR_RADIUS);
    link
      .append('text')
      .attr('x', x)
      .attr('y', layout.axisY + ACROSS.countRowDrop)
      .attr('text-anchor', 'middle')
      .text(`+${count.ids.length}`);
  }
}

/**
 * "+7: 7 more events, Jul 2024 to Aug 2024": starts with the visible text (WCAG 2.5.3). Kept here rather than in
 * strings.ts, whose page texts would otherwise join the browser's bundle.
 */
const MORE_EVENTS: Record<Locale, (n: number, from: string, to: string) => string> = {
  en: (n, from, to) => `+${n}: ${n} more event${n > 1 ? 's' : ''}, ${from} to ${to}`,
  de: (n, from, to) => `+${n}: ${n} ${n > 1 ? 'weitere Ereignisse' : 'weiteres Ereignis'}, ${from} bis ${to}`,
};

export function countName(count: FoldedCount, locale: Locale): string {
  const format = monthYearFormat(locale);
  const last = new Date(count.domain[1].getTime() - 1);
  return MORE_EVENTS[locale](count.ids.length, format.format(count.domain[0]), format.format(last));
}

/** Drawn at 1:1 without a viewBox: as wide as its column, every label at its CSS size. */
function drawVertical(root: Root, layout: VerticalLayout, options: RenderOptions): void {
  const axisX = VERTICAL.axisX;
  root.attr('class', 'tl-svg tl-svg-v').attr('data-orientation', 'vertical').attr('height', tenth(layout.height));
  const axisLayer = root.append('g').attr('class', 'tl-axes').attr('aria-hidden', 'true');
  for (const segment of layout.segments) {
    const ticks = segmentTicks(segment.scale, DOWN.tickSpacing);
    // Every tick names its month alone; the first tick's year, unless the tick is that year's January, stands on
    // a line of its own above it: "Sept. 2017" on one line would not fit left of the axis at 320 px.
    const axis = axisLayer
      .append('g')
      .attr('class', 'tl-axis')
      .attr('transform', `translate(${axisX},0)`)
      .call(
        axisLeft(roundedScale(segment.scale))
          .tickValues(ticks)
          .tickSizeOuter(0)
          .tickFormat((d) => tickLabel(d as Date, 1, options.locale)),
      )
      .call(dropAxisStyles);
    const first = ticks[0]!;
    if (first.getUTCMonth() !== 0) {
      axis.select('.tick text').clone().attr('dy', '-0.9em').text(String(first.getUTCFullYear()));
    }
  }
  const breaks = [
    ...layout.segments.slice(1).map((segment) => segment.start - VERTICAL.gap / 2),
    layout.todayY - VERTICAL.todayRoom / 2,
  ];
  for (const y of breaks) {
    const half = BREAK.size / 2;
    axisLayer
      .append('path')
      .attr('class', 'tl-break')
      .attr(
        'd',
        `M${axisX - half},${tenth(y - half + 1)} l${BREAK.size},-${half} M${axisX - half},${tenth(y + 1)} l${BREAK.size},-${half}`,
      );
  }
  const today = axisLayer.append('g').attr('class', 'tl-today');
  const todayY = tenth(layout.todayY);
  today
    .append('line')
    .attr('x1', axisX - DOWN.todayOverhang)
    .attr('x2', '100%')
    .attr('y1', todayY)
    .attr('y2', todayY);
  today
    .append('text')
    .attr('x', axisX - DOWN.todayLabelGap)
    .attr('y', todayY + DOWN.todayLabelDrop)
    .attr('text-anchor', 'end')
    .text(options.todayLabel);

  const markLayer = root.append('g').attr('class', 'tl-marks');
  for (const mark of layout.marks) {
    const link = appendMark(markLayer, mark.id, options);
    if (!link) continue;
    const labelY = tenth(mark.labelY);
    // The leader runs from the mark (a bar: its point nearest the label) to its label, which may have moved away
    // from its date.
    const middle = tenth(Math.min(mark.y1, Math.max(mark.y0, mark.labelY)));
    link
      .append('path')
      .attr('class', 'tl-leader')
      .attr(
        'd',
        `M${mark.x + DOWN.leaderFromMark},${middle} L${layout.labelX - DOWN.leaderBend},${labelY} H${layout.labelX - DOWN.leaderToLabel}`,
      );
    if (mark.shape === 'dot')
      link
        .append('circle')
        .attr('class', 'tl-dot')
        .attr('cx', mark.x)
        .attr('cy', tenth(mark.y0))
        .attr('r', DOWN.dotRadius);
    else appendBar(link, mark.x - DOWN.barThickness / 2, mark.y0, DOWN.barThickness, Math.max(4, mark.y1 - mark.y0));
    link
      .append('text')
      .attr('class', 'tl-label')
      .attr('x', layout.labelX)
      .attr('y', labelY)
      .attr('dy', '0.35em')
      .text(options.marks.get(mark.id)!.label);
  }
}

/** d3-axis writes font, fill, stroke and opacity on every tick; timeline.css sets them, so they only lengthen the SVG. */
function dropAxisStyles(axis: Group): void {
  axis.attr('font-family', null).attr('font-size', null).attr('fill', null);
  axis.selectAll('.tick').attr('opacity', null);
  axis.selectAll('line, path, text').attr('stroke', null).attr('fill', null);
}

function appendMark(layer: Group, id: string, options: RenderOptions): Link | undefined {
  const text = options.marks.get(id);
  if (!text) return undefined;
  return layer
    .append<SVGAElement>('a')
    .attr('href', `${options.markPage ?? ''}#${id}`)
    .attr('class', `tl-mark tl-cat-${text.category}`)
    .attr('data-event', id)
    .attr('aria-label', text.accessibleName);
}

function appendBar(link: Link, x: number, y: number, width: number, height: number): void {
  link
    .append('rect')
    .attr('class', 'tl-bar')
    .attr('x', tenth(x))
    .attr('y', tenth(y))
    .attr('width', tenth(width))
    .attr('height', tenth(height))
    .attr('rx', BAR_RADIUS);
}
