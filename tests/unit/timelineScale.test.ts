/**
 * Issue 26: the chart across from 480 px up keeps every label apart from every other label, mark and leader,
 * stays bounded in height with 140 events (folding what it cannot label into "+N" counts), names the year on
 * every axis, and clips no label at either end. Plus SVG snapshots of both orientations in both languages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  HORIZONTAL,
  labelWidth,
  laneY,
  layoutHorizontal,
  layoutVertical,
  type HorizontalLayout,
} from '../../src/lib/timeline/layout';
import { renderTimelineSvg } from '../../src/lib/timeline/render';
import { textWidth } from '../../src/lib/timeline/textWidth';
import { copyEvents, FIXTURE_FILE, fixtureEvents, shiftDate, type FixtureEvent } from '../support/timelineFixture';
import { loadEvents } from './timelineData';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  what: string;
}

const real = loadEvents();
const fixture = JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as FixtureEvent[];
const many = fixtureEvents(fixture);
const labelsOf = (events: readonly { id: string; label: { en: string; de: string } }[], locale: 'en' | 'de') =>
  new Map(events.map((event) => [event.id, event.label[locale]]));

/** Every label, mark and leader of a horizontal layout as a box, from the layout alone (the e2e test measures). */
function boxes(layout: HorizontalLayout, labels: ReadonlyMap<string, string>): Box[] {
  const all: Box[] = [];
  for (const mark of layout.marks) {
    if (mark.lane === undefined) continue;
    const y = laneY(layout, mark.lane);
    const width = labelWidth(labels.get(mark.id)!) - 2 * HORIZONTAL.labelOffset;
    const left = mark.labelAnchor === 'start' ? mark.labelX : mark.labelX - width;
    // Baseline 11 px above the mark's centre; a 13 px label reaches about 10 px above its baseline and 3 below.
    all.push({ left, right: left + width, top: y - 11 - 10, bottom: y - 11 + 3, what: `label ${mark.id}` });
    all.push({
      left: mark.x0 - 6,
      right: Math.max(mark.x1, mark.x0 + 6),
      top: y - 6,
      bottom: y + 6,
      what: `mark ${mark.id}`,
    });
    all.push({
      left: mark.x0 - 0.5,
      right: mark.x0 + 0.5,
      top: y + 6,
      bottom: layout.axisY,
      what: `leader ${mark.id}`,
    });
  }
  return all;
}

const hit = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const owner = (box: Box) => box.what.split(' ')[1]!;

/** Labels that touch another label, another mark, or a leader. */
function overlapsOfLabels(all: readonly Box[]): string[] {
  const found: string[] = [];
  const labelOf = new Map(all.filter((box) => box.what.startsWith('label')).map((box) => [owner(box), box]));
  for (const a of labelOf.values()) {
    for (const b of all) {
      if (owner(a) === owner(b) || !hit(a, b)) continue;
      found.push(`${a.what} / ${b.what}`);
    }
  }
  return found;
}

describe('the horizontal layout', () => {
  for (const width of [480, 640, 1000, 1280]) {
    for (const locale of ['en', 'de'] as const) {
      it(`keeps every label of the 14 events clear of labels, marks and leaders at ${width} px (${locale})`, () => {
        const labels = labelsOf(real, locale);
        const layout = layoutHorizontal(real, { labels, width });
        // From 1000 px every event has its label; narrower, the lanes are few (the chart stays short) and at
        // most four fold into "+N" counts.
        const folded = layout.marks.filter((mark) => mark.lane === undefined).length;
        expect(folded).toBeLessThanOrEqual(width >= 1000 ? 0 : 4);
        // Under 1000 px a lane more where a mark's second chance needs one ("Updates enden" at 640).
        expect(layout.height).toBeLessThanOrEqual(width < 1000 ? 480 : 400);
        expect(layout.counts.reduce((sum, count) => sum + count.ids.length, 0)).toBe(folded);
        const all = boxes(layout, labels);
        expect(overlapsOfLabels(all)).toEqual([]);
        // No label clipped at either end.
        for (const box of all) {
          expect(box.left, box.what).toBeGreaterThanOrEqual(0);
          expect(box.right, box.what).toBeLessThanOrEqual(width);
          expect(box.top, box.what).toBeGreaterThanOrEqual(0);
        }
      });
    }
  }

  it('keeps 140 events within 900 px at 1280 px, every label clear, the rest folded into counts', () => {
    const labels = labelsOf(many, 'en');
    const layout = layoutHorizontal(many, { labels, width: 1280 });
    expect(layout.height).toBeLessThanOrEqual(900);
    expect(overlapsOfLabels(boxes(layout, labels))).toEqual([]);
    const folded = layout.marks.filter((mark) => mark.lane === undefined).map((mark) => mark.id);
    expect(folded.length).toBeGreaterThan(0);
    expect(layout.counts.flatMap((count) => count.ids).sort()).toEqual(folded.sort());
    // Counts stand apart, inside the chart, and each spans the dates of its events.
    const xs = layout.counts.map((count) => count.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(20);
    for (const count of layout.counts) expect(count.domain[0] < count.domain[1]).toBe(true);
  });

  it('labels more of the 140 events when zoomed in (drawn wider)', () => {
    const labels = labelsOf(many, 'en');
    const labelled = (width: number) =>
      layoutHorizontal(many, { labels, width }).marks.filter((mark) => mark.lane !== undefined).length;
    expect(labelled(1280 * 4)).toBeGreaterThan(labelled(1280));
  });
});

describe('the axis names the year', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const render = (layout: HorizontalLayout, view?: [number, number]) =>
    renderTimelineSvg(document as unknown as Document, layout, {
      locale: 'en',
      marks: new Map(
        real.map((e) => [e.id, { id: e.id, category: e.category, label: e.label.en, accessibleName: e.label.en }]),
      ),
      labelledBy: 'c',
      describedBy: 'h',
      todayLabel: 'Today',
      ...(view ? { viewX: view[0], viewWidth: view[1] } : {}),
    });

  it('on every segment, at every zoom level, in the part in view', () => {
    const labels = labelsOf(real, 'en');
    for (const k of [1, 2, 4, 8]) {
      const layout = layoutHorizontal(real, { labels, width: 1000 * k });
      for (let viewX = 0; viewX + 1000 <= layout.width; viewX += 500) {
        const svg = render(layout, [viewX, 1000]);
        const texts = [...svg.querySelectorAll('.tl-axis .tick text, .tl-years text')].filter((text) => {
          const tick = text.closest('.tick');
          const x = tick
            ? Number(/translate\(([\d.]+)/.exec(tick.getAttribute('transform')!)![1])
            : Number(text.getAttribute('x'));
          return x >= viewX && x <= viewX + 1000;
        });
        if (texts.length === 0) continue;
        expect(
          texts.some((text) => /^\d{4}$/.test(text.textContent!)),
          `k ${k}, view at ${viewX}: ${texts.map((t) => t.textContent).join(' ')}`,
        ).toBe(true);
      }
    }
  });
});

describe('a zoomed drawing', () => {
  it('says it is for the width of its view, as CSS reads it to choose the drawing that fits', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    // A "+" in a 640 px column draws the layout 1.5 times as wide; a data-width of 960 is hidden below 960 px.
    const layout = layoutHorizontal(real, { labels: labelsOf(real, 'en'), width: 640 * 1.5 });
    const svg = renderTimelineSvg(document as unknown as Document, layout, {
      locale: 'en',
      marks: new Map(),
      labelledBy: 'c',
      describedBy: 'h',
      todayLabel: 'Today',
      viewX: 100,
      viewWidth: 640,
    });
    expect(svg.getAttribute('data-width')).toBe('640');
    expect(svg.getAttribute('viewBox')).toMatch(/^100 0 640 /);
  });
});

describe('the today marker', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const todayText = (layout: HorizontalLayout, viewX: number, viewWidth: number) =>
    renderTimelineSvg(document as unknown as Document, layout, {
      locale: 'en',
      marks: new Map(),
      labelledBy: 'c',
      describedBy: 'h',
      todayLabel: 'Today',
      viewX,
      viewWidth,
    }).querySelector('.tl-today text')!;

  it('keeps its label whole in a zoomed view that ends between the break and the line', () => {
    const layout = layoutHorizontal(real, { labels: labelsOf(real, 'en'), width: 960 * 4 });
    const viewRight = layout.todayX - 10;
    const text = todayText(layout, viewRight - 960, 960);
    expect(text.getAttribute('text-anchor')).toBe('end');
    expect(Number(text.getAttribute('x'))).toBeCloseTo(viewRight, 1);
    // Whole in view, and at the line when the view reaches it.
    expect(Number(text.getAttribute('x')) - textWidth('Today', 12) * 1.1).toBeGreaterThan(viewRight - 960);
    expect(Number(todayText(layout, layout.width - 960, 960).getAttribute('x'))).toBe(layout.todayX);
    // Before the break is in view, it stays at the line, wholly out of view.
    expect(Number(todayText(layout, 0, 960).getAttribute('x'))).toBe(layout.todayX);
  });
});

describe('the 140-event fixture', () => {
  it('is the generator output: the 14 events and nine copies moved month by month', () => {
    const generated = copyEvents(real);
    if (process.env.UPDATE_FIXTURE) writeFileSync(FIXTURE_FILE, `${JSON.stringify(generated, null, 1)}\n`);
    expect(fixture).toEqual(JSON.parse(JSON.stringify(generated)));
    expect(fixture).toHaveLength(140);
    expect(shiftDate('2024-11-30', 3)).toBe('2025-02-28');
    expect(shiftDate('1997', 2)).toBe('1999');
  });
});

describe('SVG snapshots', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  for (const locale of ['en', 'de'] as const) {
    const marks = new Map(
      real.map((e) => [
        e.id,
        { id: e.id, category: e.category, label: e.label[locale], accessibleName: e.label[locale] },
      ]),
    );
    const options = {
      locale,
      marks,
      labelledBy: 'c',
      describedBy: 'h',
      todayLabel: locale === 'en' ? 'Today' : 'Heute',
    };
    it(`draws the 14 events across at 640 px and down the page (${locale})`, async () => {
      const across = renderTimelineSvg(
        document as unknown as Document,
        layoutHorizontal(real, { labels: labelsOf(real, locale), width: 640 }),
        options,
      );
      const down = renderTimelineSvg(document as unknown as Document, layoutVertical(real), options);
      await expect(pretty(across.outerHTML)).toMatchFileSnapshot(`__snapshots__/timeline-across-${locale}.svg`);
      await expect(pretty(down.outerHTML)).toMatchFileSnapshot(`__snapshots__/timeline-down-${locale}.svg`);
    });
  }
});

/** One element a line, numbers rounded to whole pixels: a reviewable diff that ignores sub-pixel noise. */
function pretty(svg: string): string {
  return `${svg.replace(/\d+\.\d+/g, (number) => String(Math.round(Number(number)))).replace(/></g, '>\n<')}\n`;
}
