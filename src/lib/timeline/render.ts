/**
 * Draws the laid-out timeline as SVG into whatever document it is given: linkedom at build time, the
 * page's own document in the browser. Marks are links to the event's entry in the list, so the chart
 * works without JavaScript; the script adds roving focus and the detail panel on top.
 */
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { CHART, laneY, type TimelineLayout } from './layout';
import { segmentTicks, tickLabel } from './ticks';
import type { Locale } from '../i18n';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface MarkText {
  id: string;
  category: string;
  label: string;
  /** "Title, date, n of N": what a screen reader says when the mark gets focus. */
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
}

export function renderTimelineSvg(document: Document, layout: TimelineLayout, options: RenderOptions): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const root = select(svg)
    .attr('class', 'tl-svg')
    .attr('viewBox', `0 0 ${layout.width} ${layout.height}`)
    .attr('role', 'group')
    .attr('aria-labelledby', options.labelledBy)
    .attr('aria-describedby', options.describedBy);

  const axisLayer = root.append('g').attr('class', 'tl-axes').attr('aria-hidden', 'true');
  for (const segment of layout.segments) {
    const ticks = segmentTicks(segment.scale);
    axisLayer
      .append('g')
      .attr('class', 'tl-axis')
      .attr('transform', `translate(0,${layout.axisY})`)
      .call(
        axisBottom(segment.scale)
          .tickValues(ticks)
          .tickSizeOuter(0)
          .tickFormat((d, i) => tickLabel(d as Date, i, options.locale)),
      );
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
    const text = options.marks.get(mark.id);
    if (!text) continue;
    const y = laneY(layout, mark.lane);
    const link = markLayer
      .append('a')
      .attr('href', `${options.markPage ?? ''}#${mark.id}`)
      .attr('class', `tl-mark tl-cat-${text.category}`)
      .attr('data-event', mark.id)
      .attr('aria-label', text.accessibleName);
    // The leader ties the mark to its date on the axis.
    link.append('line').attr('class', 'tl-leader').attr('x1', mark.x0).attr('x2', mark.x0).attr('y1', y).attr('y2', layout.axisY);
    if (mark.shape === 'dot') {
      link.append('circle').attr('class', 'tl-dot').attr('cx', mark.x0).attr('cy', y).attr('r', 6);
    } else {
      link
        .append('rect')
        .attr('class', 'tl-bar')
        .attr('x', mark.x0)
        .attr('y', y - 5)
        .attr('width', Math.max(4, mark.x1 - mark.x0))
        .attr('height', 10)
        .attr('rx', 3);
    }
    const labelX = mark.labelAnchor === 'start' ? mark.labelX - 6 : mark.labelX + 6;
    link.append('text').attr('class', 'tl-label').attr('x', labelX).attr('y', y - 11).attr('text-anchor', mark.labelAnchor).text(text.label);
  }
  return svg;
}
