import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/partialDate';
import { periodEnd, sortEvents } from '../../src/lib/timeline/events';
import { layoutHorizontal, layoutVertical, VERTICAL } from '../../src/lib/timeline/layout';
import { assignLanes, spreadLabels } from '../../src/lib/timeline/lanes';
import { clusterEvents, paddedDomain, segmentWidths, type Datable } from '../../src/lib/timeline/segments';
import { timeScale } from '../../src/lib/timeline/scale';
import { textWidth } from '../../src/lib/timeline/textWidth';
import { accessibleMarkName, renderTimelineSvg } from '../../src/lib/timeline/render';
import { utcMonth, utcYear } from 'd3-time';
import { MONTH_STEPS, periodStarts, segmentTicks, tickLabel } from '../../src/lib/timeline/ticks';
import { loadEvents } from './timelineData';

/** The real events drawn down the page in `locale` on a linkedom document, each mark named by its label. */
function drawnDown(locale: 'en' | 'de') {
  const events = sortEvents(loadEvents());
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const marks = new Map(
    events.map((e) => [
      e.id,
      { id: e.id, category: e.category, label: e.label[locale], accessibleName: e.label[locale] },
    ]),
  );
  const svg = renderTimelineSvg(document as unknown as Document, layoutVertical(events), {
    locale,
    marks,
    labelledBy: 'c',
    describedBy: 'h',
    todayLabel: locale === 'en' ? 'Today' : 'Heute',
  });
  return { events, svg };
}

const event = (id: string, date: string, end?: string): Datable => ({
  id,
  date: parsePartialDate(date),
  end: end === undefined ? undefined : parsePartialDate(end),
});

describe('periodEnd', () => {
  it('ends a day, a month and a year event after its whole period', () => {
    expect(periodEnd(event('a', '2024-07-20')).toISOString().slice(0, 10)).toBe('2024-07-21');
    expect(periodEnd(event('a', '2024-07')).toISOString().slice(0, 10)).toBe('2024-08-01');
    expect(periodEnd(event('a', '1997')).toISOString().slice(0, 10)).toBe('1998-01-01');
    expect(
      periodEnd(event('a', '2024-07-20', '2024-09-29'))
        .toISOString()
        .slice(0, 10),
    ).toBe('2024-09-30');
  });
});

describe('clusterEvents', () => {
  it('starts a new cluster where the gap exceeds the limit', () => {
    const clusters = clusterEvents([
      event('a', '1997'),
      event('b', '2017-09-13'),
      event('c', '2017-12-12'),
      event('d', '2024-06-20'),
    ]);
    expect(clusters.map((c) => c.events.map((e) => e.id))).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('groups the real events into 1997, 2017, 2022 and 2024', () => {
    const clusters = clusterEvents(loadEvents());
    expect(clusters.map((c) => c.start.getUTCFullYear())).toEqual([1997, 2017, 2022, 2024]);
    expect(clusters.at(-1)!.events.length).toBeGreaterThanOrEqual(8);
  });
});

describe('scales and lanes', () => {
  it('pads a short cluster to a minimum width of time', () => {
    const [from, to] = paddedDomain(new Date('2024-06-20'), new Date('2024-06-21'), 120);
    expect((to.getTime() - from.getTime()) / 86_400_000).toBeCloseTo(120);
  });

  it('gives the busiest cluster the widest segment', () => {
    const widths = segmentWidths([1, 2, 2, 9], 600);
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(600);
    expect(Math.max(...widths)).toBe(widths[3]);
  });

  it('puts overlapping labels into separate lanes, a label that covers a mark above that mark', () => {
    const item = (left: number, right: number) => ({
      box: { left, right },
      label: { left: left + 9, right },
      leader: left + 6,
    });
    expect(assignLanes([item(120, 200), item(50, 150), item(0, 100)])).toEqual([0, 1, 2]);
    expect(assignLanes([item(120, 200), item(0, 100)])).toEqual([0, 0]);
  });

  it('keeps a lower label off the leader of a mark above it, and folds what fits in no lane', () => {
    // The second mark's label would fit in lane 0 but for the first mark's leader, which runs down through it.
    // Placed right to left (as layout.ts does): the left mark's label covers the right mark's date, so it goes above.
    const lanes = assignLanes([
      { box: { left: 110, right: 200 }, label: { left: 119, right: 200 }, leader: 116 },
      { box: { left: 10, right: 60 }, label: { left: 19, right: 60 }, leader: 16 },
      { box: { left: 0, right: 100 }, label: { left: 9, right: 100 }, leader: 6 },
    ]);
    expect(lanes).toEqual([0, 0, 1]);
    const wide = { box: { left: 0, right: 100 }, label: { left: 9, right: 100 }, leader: 6 };
    expect(assignLanes([wide, { ...wide, leader: 20 }], 1)).toEqual([0, undefined]);
  });

  it('measures labels from a per-character table: wide letters wider than narrow ones', () => {
    expect(textWidth('WWW', 13)).toBeGreaterThan(2.5 * textWidth('iii', 13));
    expect(textWidth('OFAC sanctions', 13)).toBeCloseTo(102, 0);
  });

  it('lays out every event inside its segment without two labels overlapping in a lane', () => {
    const events = loadEvents();
    const layout = layoutHorizontal(events, { labels: new Map(events.map((e) => [e.id, e.label.en])), width: 960 });
    expect(layout.marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
    for (const mark of layout.marks) {
      const segment = layout.segments[mark.segment]!;
      expect(mark.x0).toBeGreaterThanOrEqual(segment.start);
      expect(mark.x1).toBeLessThanOrEqual(segment.end);
    }
    expect(layout.todayX).toBeGreaterThan(layout.segments.at(-1)!.end);
  });

  it('draws a day as a dot and a month, a year or a span as a bar', () => {
    const layout = layoutHorizontal(
      [
        event('year', '1997'),
        event('day', '2024-06-20'),
        event('month', '2024-07'),
        event('span', '2024-07-20', '2024-09-29'),
      ],
      {
        labels: new Map(),
        width: 640,
      },
    );
    const shape = Object.fromEntries(layout.marks.map((m) => [m.id, m.shape]));
    expect(shape).toEqual({ year: 'bar', day: 'dot', month: 'bar', span: 'bar' });
    const month = layout.marks.find((m) => m.id === 'month')!;
    const scale = layout.segments[month.segment]!.scale;
    expect(month.x0).toBeCloseTo(scale(new Date('2024-07-01')));
    expect(month.x1).toBeCloseTo(scale(new Date('2024-08-01')));
  });

  it('gives a folded mark whose label runs left a second chance under the labels that cover its date', () => {
    const events = loadEvents();
    const layout = (locale: 'en' | 'de', lanes?: number) =>
      layoutHorizontal(events, {
        labels: new Map(events.map((e) => [e.id, e.label[locale]])),
        width: 480,
        ...(lanes === undefined ? {} : { lanes }),
      });
    const folded = (l: ReturnType<typeof layout>) => l.marks.filter((m) => m.lane === undefined).map((m) => m.id);
    // "Updates end" has no room to its right (the today line), and the labels of the marks before it cover its
    // date: placed first it takes lane 0, under them, and the 2024 staircase takes one lane more (9, not 8).
    const en = layout('en');
    expect(en.marks.find((m) => m.id === 'updates-end')).toMatchObject({ lane: 0, labelAnchor: 'end' });
    expect(en.lanes).toBe(9);
    expect(folded(en)).toEqual(['bsi-warning', 'fcc-covered-list']);
    // Held to 8 lanes (a zoomed chart keeps its lanes), it would push another label out: it stays folded.
    expect(folded(layout('en', 8))).toEqual(['bsi-warning', 'fcc-covered-list', 'updates-end']);
    // "Updates enden" is wider: running left it would cover the dates of "Rückzug angekündigt" and "Abbau
    // beginnt", whose labels cover its own, so no order of lanes fits both: it still folds, and nothing moves.
    const de = layout('de');
    expect(de.lanes).toBe(8);
    expect(folded(de)).toEqual(['federal-use-law', 'bsi-warning', 'fcc-covered-list', 'updates-end']);
  });

  it('zooms into one cluster by laying out only its events across the whole width', () => {
    const latest = clusterEvents(loadEvents()).at(-1)!.events;
    const layout = layoutHorizontal(latest, { labels: new Map(), width: 480 });
    expect(layout.segments).toHaveLength(1);
    expect(layout.segments[0]!.end - layout.segments[0]!.start).toBeGreaterThan(350);
    for (const mark of layout.marks) expect(mark.x1).toBeLessThanOrEqual(480);
  });
});

describe('axis ticks', () => {
  it('labels ticks in the reader language, with the year on the first tick and on January', () => {
    expect(tickLabel(new Date('2024-06-01'), 0, 'en')).toBe('Jun 2024');
    expect(tickLabel(new Date('2024-06-01'), 1, 'de')).toBe('Juni');
    expect(tickLabel(new Date('1997-01-01'), 3, 'de')).toBe('1997');
  });

  it('writes each German month in one form, with or without its year (never "Sept. 2017" beside "Sep")', () => {
    const months = Array.from({ length: 11 }, (_, i) => new Date(Date.UTC(2017, i + 1, 1)));
    const alone = months.map((month) => tickLabel(month, 1, 'de'));
    const withYear = months.map((month) => tickLabel(month, 0, 'de'));
    expect(alone).toEqual(['Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.']);
    expect(withYear).toEqual(alone.map((month) => `${month} 2017`));
  });

  it('always gives a segment at least one tick', () => {
    const events = loadEvents();
    const layout = layoutHorizontal(events, { labels: new Map(), width: 960 });
    for (const segment of layout.segments) expect(segmentTicks(segment.scale).length).toBeGreaterThan(0);
  });

  it('gives a year alone the year, not a lone month a reader could take for its event\'s (1997 at 360 px: no "Aug")', () => {
    const founded = layoutVertical(sortEvents(loadEvents())).segments[0]!;
    expect(founded.scale.domain()[0]!.getUTCFullYear()).toBeLessThanOrEqual(1997);
    expect(segmentTicks(founded.scale, 24).map((tick) => tickLabel(tick, 0, 'en'))).toEqual(['1997']);
    const year = timeScale(paddedDomain(new Date('1997-01-01'), new Date('1998-01-01')), [0, 60]);
    expect(segmentTicks(year, 64).map((tick) => tick.toISOString().slice(0, 10))).toEqual(['1997-01-01']);
  });

  it('steps months only by one, two or three, so every month tick in either drawing falls on the same months each year', () => {
    const events = sortEvents(loadEvents());
    const layouts = [layoutHorizontal(events, { labels: new Map(), width: 960 }), layoutVertical(events)];
    for (const [layout, spacing] of [
      [layouts[0]!, 64],
      [layouts[1]!, 24],
    ] as const) {
      for (const segment of layout.segments) {
        const months = segmentTicks(segment.scale, spacing).map(
          (tick) => tick.getUTCFullYear() * 12 + tick.getUTCMonth(),
        );
        const steps = months.slice(1).map((month, i) => month - months[i]!);
        for (const step of steps) expect(step % 12 === 0 || MONTH_STEPS.includes(step), `step ${step}`).toBe(true);
        if (steps.some((step) => step % 12 === 0)) expect(months.every((month) => month % 12 === 0)).toBe(true);
      }
    }
  });

  it('maps time to pixels in a straight line', () => {
    const scale = timeScale([new Date('2024-01-01'), new Date('2025-01-01')], [10, 376]);
    expect(scale(new Date('2024-01-01'))).toBe(10);
    expect(scale(new Date('2024-07-02'))).toBeCloseTo(10 + 183, 5);
    expect(scale(new Date('2025-01-01'))).toBe(376);
    expect(scale.range()).toEqual([10, 376]);
  });
});

describe('layoutVertical', () => {
  const events = sortEvents(loadEvents());
  const layout = layoutVertical(events);

  it('places every event once, in date order down the page, inside its segment', () => {
    expect(layout.marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
    for (const mark of layout.marks) {
      const segment = layout.segments[mark.segment]!;
      expect(mark.y0).toBeGreaterThanOrEqual(segment.start);
      expect(mark.y1).toBeLessThanOrEqual(segment.end);
    }
    expect(layout.todayY).toBeGreaterThan(layout.segments.at(-1)!.end);
  });

  it('keeps labels a row apart and inside their segment', () => {
    for (const segment of layout.segments) {
      const ys = layout.marks
        .filter((m) => m.segment === segment.index)
        .map((m) => m.labelY)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++)
        expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(VERTICAL.rowHeight - 0.001);
      for (const y of ys) {
        expect(y).toBeGreaterThanOrEqual(segment.start);
        expect(y).toBeLessThanOrEqual(segment.end);
      }
    }
  });

  it('fits every label, in both languages, beside the marks in the narrowest column', () => {
    for (const event of events) {
      for (const label of [event.label.en, event.label.de]) {
        // The width table is DejaVu Sans, the widest common system face; the browser test measures at 320 px.
        expect(layout.labelX + textWidth(label, VERTICAL.labelSize), `${event.id}: "${label}"`).toBeLessThanOrEqual(
          VERTICAL.minWidth,
        );
      }
    }
  });

  it('sets marks whose dates overlap side by side, never on top of each other', () => {
    const box = (m: (typeof layout.marks)[number]) => ({ top: m.y0 - 6, bottom: m.y1 + 6, x: m.x });
    for (const a of layout.marks) {
      for (const b of layout.marks) {
        if (a === b || box(a).x !== box(b).x) continue;
        expect(box(a).bottom <= box(b).top || box(b).bottom <= box(a).top, `${a.id} and ${b.id}`).toBe(true);
      }
    }
    expect(layout.labelX).toBeGreaterThan(Math.max(...layout.marks.map((m) => m.x)) + 6);
  });

  it('spreads crowded labels apart, centred on their marks, and pulls them back inside the range', () => {
    expect(spreadLabels([50, 50, 50], 30, 0, 200)).toEqual([20, 50, 80]);
    expect(spreadLabels([10, 10, 10], 30, 0, 100)).toEqual([0, 30, 60]);
    expect(spreadLabels([90, 95, 99], 30, 0, 100)).toEqual([40, 70, 100]);
    // Groups that come to touch merge: 40 and 60 spread to 35 and 65, which touches 80.
    expect(spreadLabels([40, 60, 80, 200], 30, 0, 300)).toEqual([30, 60, 90, 200]);
  });

  it('magnified (a cluster alone, on a phone), sets every label of the 2024 cluster beside its own mark', () => {
    const cluster = clusterEvents(events).at(-1)!.events;
    const far = (l: typeof layout) => Math.max(...l.marks.map((m) => Math.max(m.y0 - m.labelY, m.labelY - m.y1)));
    const plain = layoutVertical(cluster);
    const magnified = layoutVertical(cluster, { magnify: true });
    expect(far(plain)).toBeGreaterThan(VERTICAL.nearMark);
    expect(far(magnified)).toBeLessThanOrEqual(VERTICAL.nearMark);
    expect(magnified.height).toBeGreaterThan(plain.height);
    expect(magnified.height).toBeLessThanOrEqual(VERTICAL.maxRows * VERTICAL.rowHeight);
  });
});

describe('renderTimelineSvg', () => {
  it('draws every event as a link to its list entry with its accessible name, into an injected document', () => {
    const events = sortEvents(loadEvents());
    const layout = layoutHorizontal(events, { labels: new Map(events.map((e) => [e.id, e.label.de])), width: 960 });
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const marks = new Map(
      events.map((e, i) => [
        e.id,
        {
          id: e.id,
          category: e.category,
          label: e.label.de,
          accessibleName: accessibleMarkName(e.label.de, e.title.de, 'Datum', `${i + 1}`),
        },
      ]),
    );
    const svg = renderTimelineSvg(document as unknown as Document, layout, {
      locale: 'de',
      marks,
      labelledBy: 'c',
      describedBy: 'h',
      todayLabel: 'Heute',
    });
    const links = [...svg.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(events.map((e) => `#${e.id}`));
    expect(links[0]!.getAttribute('aria-label')).toBe(`${events[0]!.label.de}: ${events[0]!.title.de}, Datum, 1`);
    // Label in Name (WCAG 2.5.3): every mark's accessible name starts with its visible label.
    for (const link of links)
      expect(link.getAttribute('aria-label')!.startsWith(`${link.querySelector('text')!.textContent}:`)).toBe(true);
    expect(svg.outerHTML).not.toContain('style=');
    expect(svg.textContent).toContain('Heute');
    expect(svg.textContent).toContain('Juni');
    expect(svg.querySelector('.tl-years')!.textContent).toContain('2024');
  });

  it('draws the vertical layout at 1:1 (no viewBox), so labels keep their CSS size at any width', () => {
    const { events, svg } = drawnDown('en');
    expect(svg.getAttribute('viewBox')).toBeNull();
    expect(svg.getAttribute('class')).toContain('tl-svg-v');
    expect(svg.querySelectorAll('a')).toHaveLength(events.length);
  });

  it("writes down the page each month alone, with the year of a segment's first month on a line above it (fits left of the axis at 320 px)", () => {
    const { svg } = drawnDown('de');
    const axes = [...svg.querySelectorAll('.tl-axis')].map((axis) =>
      [...axis.querySelectorAll('.tick')].map((tick) => [...tick.querySelectorAll('text')].map((t) => t.textContent)),
    );
    expect(axes[0]).toEqual([['1997']]);
    expect(axes[1]![0]).toEqual(['Sept.', '2017']);
    for (const ticks of axes) for (const texts of ticks.slice(1)) expect(texts).toHaveLength(1);
    for (const ticks of axes)
      for (const texts of ticks) for (const text of texts) expect(text!.length).toBeLessThanOrEqual(5);
  });
});

describe('periodStarts', () => {
  it('returns the month and year starts d3-time returns, for spans, steps and edges of every kind', () => {
    const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
    const days = [
      '1997-01-01',
      '1997-03-15T12:00:00Z',
      '2017-09-13',
      '2017-12-31T23:59:59.999Z',
      '2022-03-01',
      '2024-06-01',
      '2024-07-20',
      '2024-09-30',
      '2025-01-01',
    ].map((day) => new Date(day));
    for (const from of days)
      for (const to of days)
        for (const step of [0, 1, 2, 3, 4, 5, 10]) {
          expect(iso(periodStarts(from, to, step))).toEqual(iso(utcMonth.every(step)?.range(from, to) ?? []));
          expect(iso(periodStarts(from, to, step, true))).toEqual(iso(utcYear.every(step)?.range(from, to) ?? []));
        }
  });
});
