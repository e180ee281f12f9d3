/**
 * Draws the laid-out timeline as SVG into whatever document it is given: linkedom at build time, the
 * page's own document in the browser. Marks are links to the event's entry in the list, so the chart
 * works without JavaScript; the script adds roving focus and the detail panel on top.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { CHART, laneY, tenth, VERTICAL, type TimelineLayout, type VerticalLayout } from './layout';
import { segmentTicks, tickLabel } from './ticks';
import type { Locale } from '../i18n';

const SVG_NS = 'http://www.w3.org/2000/svg';

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

export function renderTimelineSvg(document: Document, layout: TimelineLayout | VerticalLayout, options: RenderOptions): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const root: Root = select(svg)
    .attr('role', 'group')
    .attr('aria-labelledby', options.labelledBy)
    .attr('aria-describedby', options.describedBy);
  if (layout.orientation === 'vertical') drawVertical(root, layout, options);
  else drawHorizontal(root, layout, options);
  return svg;
}

function drawHorizontal(root: Root, layout: TimelineLayout, options: RenderOptions): void {
  root
    .attr('class', 'tl-svg tl-svg-h')
    .attr('data-orientation', 'horizontal')
    .attr('viewBox', `${options.viewX ?? 0} 0 ${options.viewWidth ?? layout.width} ${layout.height}`);
  const axisLayer = root.append('g').attr('class', 'tl-axes').attr('aria-hidden', 'true');
  for (const segment of layout.segments) {
    axisLayer
      .append('g')
      .attr('class', 'tl-axis')
      .attr('transform', `translate(0,${layout.axisY})`)
      .call(
        axisBottom(segment.scale)
          .tickValues(segmentTicks(segment.scale))
          .tickSizeOuter(0)
          .tickFormat((d, i) => tickLabel(d as Date, i, options.locale)),
      )
      .call(dropAxisStyles);
  }
  // A break between segments, and before "today": the years in between are left out.
  const breaks = [...layout.segments.slice(1).map((segment) => segment.x0 - CHART.gap / 2), layout.todayX - CHART.todayRoom / 2];
  for (const x of breaks) {
    axisLayer.append('path').attr('class', 'tl-break').attr('d', `M${x - 5},${layout.axisY + 6} l6,-12 M${x + 1},${layout.axisY + 6} l6,-12`);
  }
  const today = axisLayer.append('g').attr('class', 'tl-today');
  today.append('line').attr('x1', layout.todayX).attr('x2', layout.todayX).attr('y1', CHART.top).attr('y2', layout.axisY + 8);
  today
    .append('text')
    .attr('x', layout.todayX)
    .attr('y', layout.axisY + 26)
    .attr('text-anchor', 'end')
    .text(options.todayLabel);

  const markLayer = root.append('g').attr('class', 'tl-marks');
  for (const mark of layout.marks) {
    const y = laneY(layout, mark.lane);
    const link = appendMark(markLayer, mark.id, options);
    if (!link) continue;
    // The leader ties the mark to its date on the axis.
    link.append('line').attr('class', 'tl-leader').attr('x1', mark.x0).attr('x2', mark.x0).attr('y1', y).attr('y2', layout.axisY);
    if (mark.shape === 'dot') link.append('circle').attr('class', 'tl-dot').attr('cx', mark.x0).attr('cy', y).attr('r', 6);
    else appendBar(link, mark.x0, y - 5, Math.max(4, mark.x1 - mark.x0), 10);
    const labelX = tenth(mark.labelAnchor === 'start' ? mark.labelX - 6 : mark.labelX + 6);
    link.append('text').attr('class', 'tl-label').attr('x', labelX).attr('y', y - 11).attr('text-anchor', mark.labelAnchor).text(options.marks.get(mark.id)!.label);
  }
}

/** Drawn at 1:1 without a viewBox: as wide as its column, every label at its CSS size. */
function drawVertical(root: Root, layout: VerticalLayout, options: RenderOptions): void {
  root.attr('class', 'tl-svg tl-svg-v').attr('data-orientation', 'vertical').attr('height', layout.height);
  const axisLayer = root.append('g').attr('class', 'tl-axes').attr('aria-hidden', 'true');
  for (const segment of layout.segments) {
    const ticks = segmentTicks(segment.scale, 24);
    // Every tick names its month alone; the first tick's year, unless the tick is that year's January, stands on
    // a line of its own above it: "Sept. 2017" on one line would not fit left of the axis at 320 px.
    const axis = axisLayer
      .append('g')
      .attr('class', 'tl-axis')
      .attr('transform', `translate(${VERTICAL.axisX},0)`)
      .call(
        axisLeft(segment.scale)
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
  const breaks = [...layout.segments.slice(1).map((segment) => segment.y0 - VERTICAL.gap / 2), layout.todayY - VERTICAL.todayRoom / 2];
  for (const y of breaks) {
    axisLayer.append('path').attr('class', 'tl-break').attr('d', `M${VERTICAL.axisX - 6},${y - 5} l12,-6 M${VERTICAL.axisX - 6},${y + 1} l12,-6`);
  }
  const today = axisLayer.append('g').attr('class', 'tl-today');
  today.append('line').attr('x1', VERTICAL.axisX - 8).attr('x2', '100%').attr('y1', layout.todayY).attr('y2', layout.todayY);
  today.append('text').attr('x', VERTICAL.axisX - 12).attr('y', layout.todayY + 4).attr('text-anchor', 'end').text(options.todayLabel);

  const markLayer = root.append('g').attr('class', 'tl-marks');
  for (const mark of layout.marks) {
    const link = appendMark(markLayer, mark.id, options);
    if (!link) continue;
    const middle = tenth((mark.y0 + mark.y1) / 2);
    // The leader runs from the mark to its label, which may have moved away from its date.
    link
      .append('path')
      .attr('class', 'tl-leader')
      .attr('d', `M${mark.x + 6},${middle} L${layout.labelX - 8},${mark.labelY} H${layout.labelX - 3}`);
    if (mark.shape === 'dot') link.append('circle').attr('class', 'tl-dot').attr('cx', mark.x).attr('cy', mark.y0).attr('r', 5);
    else appendBar(link, mark.x - 4, mark.y0, 8, Math.max(4, mark.y1 - mark.y0));
    link
      .append('text')
      .attr('class', 'tl-label')
      .attr('x', layout.labelX)
      .attr('y', mark.labelY)
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

function appendMark(layer: Group, id: string, options: RenderOptions) {
  const text = options.marks.get(id);
  if (!text) return undefined;
  return layer
    .append<SVGAElement>('a')
    .attr('href', `${options.markPage ?? ''}#${id}`)
    .attr('class', `tl-mark tl-cat-${text.category}`)
    .attr('data-event', id)
    .attr('aria-label', text.accessibleName);
}

function appendBar(link: Selection<SVGAElement, unknown, null, undefined>, x: number, y: number, width: number, height: number): void {
  link.append('rect').attr('class', 'tl-bar').attr('x', x).attr('y', y).attr('width', tenth(width)).attr('height', tenth(height)).attr('rx', 3);
}
