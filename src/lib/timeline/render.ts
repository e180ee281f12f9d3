/**
 * Stage 5: draws the laid-out timeline as SVG into whatever document it is given: linkedom at build time, the
 * page's own document in the browser. Marks are links to the event's entry in the list, so the chart works
 * without JavaScript; the script adds roving focus and the detail panel on top. Every position is rounded to a
 * tenth of a pixel here, and every offset is one of the named constants below.
 *
 * Written with plain DOM calls and the axes drawn here (`drawAxis`), not with d3-selection and d3-axis: those
 * two were 15 KB of the browser's 43 KB timeline script (issue 26), to append elements and write a few ticks.
 */
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
import { tenth, type TimeScale } from './scale';
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

type Attributes = Record<string, string | number | undefined>;

/** Appends an SVG element with these attributes (undefined ones left out) and, if given, this text. */
function add<K extends keyof SVGElementTagNameMap>(
  parent: Element,
  tag: K,
  attributes: Attributes = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const element = parent.ownerDocument.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  parent.append(element);
  return element;
}

export function renderTimelineSvg(document: Document, layout: TimelineLayout, options: RenderOptions): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', options.labelledBy);
  svg.setAttribute('aria-describedby', options.describedBy);
  if (layout.orientation === 'vertical') drawVertical(svg, layout, options);
  else drawHorizontal(svg, layout, options);
  return svg;
}

/** Crisp one-pixel lines: an axis line and its ticks sit half a pixel off the grid, as d3-axis puts them. */
const HALF = 0.5;
/** Tick marks' length, and the gap between a tick mark's end and its label. */
const TICK = { size: 6, padding: 3 } as const;

/**
 * One segment's axis: the axis line and its tick marks in one path (`.domain`), and one `.tick` per value with
 * its label, at d3-axis's offsets. Across, labels sit centred under their ticks; down the page, right-aligned
 * left of them. Returns the ticks' labels, in order.
 */
function drawAxis(
  layer: Element,
  scale: TimeScale,
  ticks: readonly Date[],
  label: (tick: Date) => string,
  { across, at }: { across: boolean; at: number },
): SVGTextElement[] {
  const [start, end] = scale.range().map((value) => tenth(value + HALF));
  const positions = ticks.map((tick) => tenth(scale(tick) + HALF));
  const axis = add(layer, 'g', {
    class: 'tl-axis',
    transform: across ? `translate(0,${at})` : `translate(${at},0)`,
    'text-anchor': across ? 'middle' : 'end',
  });
  add(axis, 'path', {
    class: 'domain',
    d: across
      ? `M${start},${HALF}H${end}${positions.map((x) => `M${x},0v${TICK.size}`).join('')}`
      : `M${HALF},${start}V${end}${positions.map((y) => `M0,${y}h-${TICK.size}`).join('')}`,
  });
  return ticks.map((tick, i) =>
    add(
      add(axis, 'g', {
        class: 'tick',
        transform: across ? `translate(${positions[i]},0)` : `translate(0,${positions[i]})`,
      }),
      'text',
      across ? { y: TICK.size + TICK.padding, dy: '0.71em' } : { x: -(TICK.size + TICK.padding), dy: '0.32em' },
      label(tick),
    ),
  );
}

/** Drawn at the chart's own width (the build draws a few widths; CSS scales the nearest one up to its column). */
function drawHorizontal(svg: SVGSVGElement, layout: HorizontalLayout, options: RenderOptions): void {
  const viewX = options.viewX ?? 0;
  const viewWidth = options.viewWidth ?? layout.width;
  svg.setAttribute('class', 'tl-svg tl-svg-h');
  svg.setAttribute('data-orientation', 'horizontal');
  // The width the drawing is for on screen, zoomed or not: timeline.css picks the drawing that fits its column by
  // it. The zoomed layout's own width (640 × 1.5 = 960 after a "+") would hide the chart in a 640–959 px column.
  svg.setAttribute('data-width', String(viewWidth));
  svg.setAttribute('viewBox', `${tenth(viewX)} 0 ${tenth(viewWidth)} ${layout.height}`);
  const axisLayer = add(svg, 'g', { class: 'tl-axes', 'aria-hidden': 'true' });
  const years = add(axisLayer, 'g', { class: 'tl-years' });
  for (const segment of layout.segments) {
    const ticks = segmentTicks(segment.scale, ACROSS.tickSpacing);
    const byYear = yearTicks(ticks);
    drawAxis(
      axisLayer,
      segment.scale,
      ticks,
      (tick) => (byYear ? tickLabel(tick, 1, options.locale) : monthLabel(tick, options.locale)),
      { across: true, at: layout.axisY },
    );
    // Month ticks name no year: the row below does, at every zoom level.
    if (byYear) continue;
    for (const { year, x } of yearPositions(
      segment.scale,
      [viewX, viewX + viewWidth],
      textWidth('0000', ACROSS.yearSize) + BREAK.size,
    )) {
      add(years, 'text', { x: tenth(x), y: layout.axisY + ACROSS.yearRowDrop }, String(year));
    }
  }
  // A break between segments, and before "today": the years in between are left out.
  const breaks = [
    ...layout.segments.slice(1).map((segment) => segment.start - HORIZONTAL.gap / 2),
    layout.todayX - HORIZONTAL.todayRoom / 2,
  ];
  for (const x of breaks) {
    const half = BREAK.size / 2;
    add(axisLayer, 'path', {
      class: 'tl-break',
      d: `M${tenth(x - half + 1)},${layout.axisY + half} l${half},-${BREAK.size} M${tenth(x + 1)},${layout.axisY + half} l${half},-${BREAK.size}`,
    });
  }
  const today = add(axisLayer, 'g', { class: 'tl-today' });
  add(today, 'line', {
    x1: layout.todayX,
    x2: layout.todayX,
    y1: HORIZONTAL.top,
    y2: layout.axisY + ACROSS.todayOverhang,
  });
  // Zoomed, the view may end between the break and the line: the label then ends at the view's edge, whole.
  const viewRight = viewX + viewWidth;
  add(
    today,
    'text',
    {
      x:
        viewRight < layout.todayX - HORIZONTAL.todayRoom / 2
          ? layout.todayX
          : tenth(Math.min(layout.todayX, viewRight)),
      y: layout.axisY + ACROSS.todayLabelDrop,
      'text-anchor': 'end',
    },
    options.todayLabel,
  );

  // Leaders first, so every label (with its halo) is painted over every leader that passes behind it.
  const leaderLayer = add(svg, 'g', { class: 'tl-leaders', 'aria-hidden': 'true' });
  const markLayer = add(svg, 'g', { class: 'tl-marks' });
  for (const mark of layout.marks) {
    const link = appendMark(markLayer, mark.id, options);
    if (!link) continue;
    const x0 = tenth(mark.x0);
    const label = options.marks.get(mark.id)!.label;
    if (mark.lane === undefined) {
      // No room for its label: a small dot on the axis, still a link; its "+N" count below names it.
      link.classList.add('tl-folded');
      add(link, 'circle', { class: 'tl-dot', cx: x0, cy: layout.axisY, r: ACROSS.foldedRadius });
      // The label stays in the document, unpainted: the page's script reads each mark's label from the drawing.
      add(link, 'text', { class: 'tl-label', visibility: 'hidden' }, label);
      continue;
    }
    const y = tenth(laneY(layout, mark.lane));
    // The leader ties the mark to its date on the axis.
    add(leaderLayer, 'path', { class: 'tl-leader', d: `M${x0},${y}V${layout.axisY}` });
    if (mark.shape === 'dot') add(link, 'circle', { class: 'tl-dot', cx: x0, cy: y, r: ACROSS.dotRadius });
    else appendBar(link, x0, y - ACROSS.barThickness / 2, Math.max(4, mark.x1 - mark.x0), ACROSS.barThickness);
    add(
      link,
      'text',
      {
        class: 'tl-label',
        x: tenth(mark.labelX),
        y: y - ACROSS.labelRise,
        // "start" is SVG's default.
        'text-anchor': mark.labelAnchor === 'start' ? undefined : mark.labelAnchor,
      },
      label,
    );
  }
  drawCounts(svg, layout, options);
}

/** "+7" under the axis for marks without a label: a link to the first of them, carrying the time span to zoom to. */
function drawCounts(svg: SVGSVGElement, layout: HorizontalLayout, options: RenderOptions): void {
  const shown = layout.counts.filter((count) => count.ids.some((id) => options.marks.has(id)));
  if (shown.length === 0) return;
  const layer = add(svg, 'g', { class: 'tl-counts' });
  for (const count of shown) {
    const link = add(layer, 'a', {
      class: 'tl-more',
      href: `${options.markPage ?? ''}#${count.ids[0]}`,
      'data-domain': count.domain.map((date) => date.toISOString().slice(0, 10)).join('/'),
      'data-events': count.ids.join(' '),
      'aria-label': countName(count, options.locale),
    });
    const x = tenth(count.x);
    const width = tenth(countLabelWidth(count.ids.length));
    add(link, 'rect', {
      x: tenth(x - width / 2),
      y: layout.axisY + ACROSS.countRowDrop - HORIZONTAL.countSize - 2,
      width,
      height: HORIZONTAL.countSize + 8,
      rx: BAR_RADIUS,
    });
    add(link, 'text', { x, y: layout.axisY + ACROSS.countRowDrop, 'text-anchor': 'middle' }, `+${count.ids.length}`);
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

function countName(count: FoldedCount, locale: Locale): string {
  const format = monthYearFormat(locale);
  const last = new Date(count.domain[1].getTime() - 1);
  return MORE_EVENTS[locale](count.ids.length, format.format(count.domain[0]), format.format(last));
}

/** Drawn at 1:1 without a viewBox: as wide as its column, every label at its CSS size. */
function drawVertical(svg: SVGSVGElement, layout: VerticalLayout, options: RenderOptions): void {
  const axisX = VERTICAL.axisX;
  svg.setAttribute('class', 'tl-svg tl-svg-v');
  svg.setAttribute('data-orientation', 'vertical');
  svg.setAttribute('height', String(tenth(layout.height)));
  const axisLayer = add(svg, 'g', { class: 'tl-axes', 'aria-hidden': 'true' });
  for (const segment of layout.segments) {
    const ticks = segmentTicks(segment.scale, DOWN.tickSpacing);
    // Every tick names its month alone; the first tick's year, unless the tick is that year's January, stands on
    // a line of its own above it: "Sept. 2017" on one line would not fit left of the axis at 320 px.
    const [firstLabel] = drawAxis(axisLayer, segment.scale, ticks, (tick) => tickLabel(tick, 1, options.locale), {
      across: false,
      at: axisX,
    });
    const first = ticks[0]!;
    if (firstLabel && first.getUTCMonth() !== 0) {
      const year = firstLabel.cloneNode() as SVGTextElement;
      year.setAttribute('dy', '-0.9em');
      year.textContent = String(first.getUTCFullYear());
      firstLabel.after(year);
    }
  }
  const breaks = [
    ...layout.segments.slice(1).map((segment) => segment.start - VERTICAL.gap / 2),
    layout.todayY - VERTICAL.todayRoom / 2,
  ];
  for (const y of breaks) {
    const half = BREAK.size / 2;
    add(axisLayer, 'path', {
      class: 'tl-break',
      d: `M${axisX - half},${tenth(y - half + 1)} l${BREAK.size},-${half} M${axisX - half},${tenth(y + 1)} l${BREAK.size},-${half}`,
    });
  }
  const today = add(axisLayer, 'g', { class: 'tl-today' });
  const todayY = tenth(layout.todayY);
  add(today, 'line', { x1: axisX - DOWN.todayOverhang, x2: '100%', y1: todayY, y2: todayY });
  add(
    today,
    'text',
    { x: axisX - DOWN.todayLabelGap, y: todayY + DOWN.todayLabelDrop, 'text-anchor': 'end' },
    options.todayLabel,
  );

  const markLayer = add(svg, 'g', { class: 'tl-marks' });
  for (const mark of layout.marks) {
    const link = appendMark(markLayer, mark.id, options);
    if (!link) continue;
    const labelY = tenth(mark.labelY);
    // The leader runs from the mark (a bar: its point nearest the label) to its label, which may have moved away
    // from its date.
    const middle = tenth(Math.min(mark.y1, Math.max(mark.y0, mark.labelY)));
    add(link, 'path', {
      class: 'tl-leader',
      d: `M${mark.x + DOWN.leaderFromMark},${middle} L${layout.labelX - DOWN.leaderBend},${labelY} H${layout.labelX - DOWN.leaderToLabel}`,
    });
    if (mark.shape === 'dot')
      add(link, 'circle', { class: 'tl-dot', cx: mark.x, cy: tenth(mark.y0), r: DOWN.dotRadius });
    else appendBar(link, mark.x - DOWN.barThickness / 2, mark.y0, DOWN.barThickness, Math.max(4, mark.y1 - mark.y0));
    add(
      link,
      'text',
      { class: 'tl-label', x: layout.labelX, y: labelY, dy: '0.35em' },
      options.marks.get(mark.id)!.label,
    );
  }
}

function appendMark(layer: Element, id: string, options: RenderOptions): SVGAElement | undefined {
  const text = options.marks.get(id);
  if (!text) return undefined;
  return add(layer, 'a', {
    href: `${options.markPage ?? ''}#${id}`,
    class: `tl-mark tl-cat-${text.category}`,
    'data-event': id,
    'aria-label': text.accessibleName,
  });
}

function appendBar(link: Element, x: number, y: number, width: number, height: number): void {
  add(link, 'rect', {
    class: 'tl-bar',
    x: tenth(x),
    y: tenth(y),
    width: tenth(width),
    height: tenth(height),
    rx: BAR_RADIUS,
  });
}
