/**
 * The chart's gestures, by events dispatched on a linkedom element: a plain wheel is left to the page,
 * ctrl/⌘+wheel and a pinch zoom by d3-zoom's factor, sideways swipes and drags pan, two fingers pinch by
 * their real distance, a label is never dragged out, a burst of events draws once per frame, a key draws at once
 * (and not again a frame later), and a "+N" count zooms in to the marks it folds.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  attachChartZoom,
  fitSpan,
  IDENTITY,
  MAX_ZOOM,
  revealMark,
  wheelDelta,
  type ZoomTransform,
} from '../../src/client/timeline/chartZoom';

const WIDTH = 600;

function setup(enabled = true) {
  const { document } = parseHTML(
    '<div data-chart><a data-event="x"><text>label</text></a><a class="tl-more" href="#a" data-events="a b"><text>+2</text></a></div>',
  );
  const chart = document.querySelector('[data-chart]') as unknown as HTMLElement;
  Object.defineProperty(chart, 'clientWidth', { value: WIDTH });
  chart.getBoundingClientRect = () => ({ left: 0, top: 0, width: WIDTH, height: 300 }) as DOMRect;
  // Animation frames by handle, so a cancelled one never runs.
  const frames = new Map<number, () => void>();
  let lastFrame = 0;
  const drawn: ZoomTransform[] = [];
  const settled: ZoomTransform[] = [];
  const unfolded: string[][] = [];
  // Two folded marks, 10 px apart in the unzoomed drawing; on screen at p·k + x, as the chart draws them.
  const positions: Record<string, number> = { a: 400, b: 410 };
  const zoom = attachChartZoom(chart, {
    enabled: () => enabled,
    onZoom: (t) => drawn.push(t),
    onSettle: (t) => settled.push(t),
    spanOf: (ids) => {
      const { k, x } = zoom.current();
      const xs = ids.map((id) => positions[id]! * k + x);
      return { left: Math.min(...xs), right: Math.max(...xs) };
    },
    onUnfold: (ids) => unfolded.push(ids),
    requestFrame: (callback) => {
      frames.set(++lastFrame, callback);
      return lastFrame;
    },
    cancelFrame: (handle) => frames.delete(handle),
  });
  const flush = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback();
  };
  /** An event of `type` with the given fields, as the browser would dispatch it; returns whether it was cancelled. */
  const fire = (type: string, fields: Record<string, unknown>, target: Element = chart) => {
    const event = new document.defaultView!.Event(type, { bubbles: true, cancelable: true });
    Object.assign(event, {
      deltaX: 0,
      deltaY: 0,
      deltaMode: 0,
      ctrlKey: false,
      metaKey: false,
      button: 0,
      clientY: 100,
      ...fields,
    });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };
  return { chart, zoom, fire, flush, frames, drawn, settled, unfolded, document };
}

describe('wheel', () => {
  it('a plain vertical wheel scrolls the page: not cancelled, no zoom', () => {
    const { zoom, fire, frames } = setup();
    expect(fire('wheel', { deltaY: -120, clientX: 300 })).toBe(false);
    expect(zoom.current()).toEqual(IDENTITY);
    expect(frames.size).toBe(0);
  });

  it('ctrl+wheel (a trackpad pinch) zooms by d3-zoom’s factor, ten times a wheel’s', () => {
    const { zoom, fire } = setup();
    expect(fire('wheel', { deltaY: -10, clientX: 0, ctrlKey: true })).toBe(true);
    expect(zoom.current().k).toBeCloseTo(Math.pow(2, 10 * 0.002 * 10));
  });

  it('⌘+wheel zooms by the wheel factor, line mode by 0.05 a line', () => {
    const { zoom, fire } = setup();
    fire('wheel', { deltaY: -3, deltaMode: 1, clientX: 0, metaKey: true });
    expect(zoom.current().k).toBeCloseTo(Math.pow(2, 3 * 0.05));
    expect(wheelDelta({ deltaY: -1, deltaMode: 2, ctrlKey: false })).toBe(1);
  });

  it('zooms around the pointer: the point under it stays put', () => {
    const { zoom, fire } = setup();
    fire('wheel', { deltaY: -100, clientX: 450, ctrlKey: true });
    const { k, x } = zoom.current();
    expect(450 * k + x).toBeCloseTo(450);
  });

  it('a sideways swipe pans a zoomed chart, and is left alone when there is nothing to pan', () => {
    const { zoom, fire } = setup();
    expect(fire('wheel', { deltaX: 40, clientX: 300 })).toBe(false);
    fire('wheel', { deltaY: -200, clientX: 300, ctrlKey: true });
    const before = zoom.current();
    expect(fire('wheel', { deltaX: 40, deltaY: 5, clientX: 300 })).toBe(true);
    expect(zoom.current()).toEqual({ k: before.k, x: before.x - 40 });
  });

  it('does nothing on the chart drawn down the page', () => {
    const { zoom, fire } = setup(false);
    expect(fire('wheel', { deltaY: -100, clientX: 300, ctrlKey: true })).toBe(false);
    expect(zoom.current()).toEqual(IDENTITY);
  });
});

describe('pointers', () => {
  it('a drag pans, and a click after it is swallowed', () => {
    const { zoom, fire, document } = setup();
    zoom.set({ k: 2, x: -300 });
    fire('pointerdown', { pointerId: 1, clientX: 200 });
    fire('pointermove', { pointerId: 1, clientX: 260 });
    expect(zoom.current()).toEqual({ k: 2, x: -240 });
    fire('pointerup', { pointerId: 1, clientX: 260 });
    // (linkedom has no capture phase to show the stopped propagation; the cancelled default shows the swallow.)
    expect(fire('click', {}, document.querySelector('text')!)).toBe(true);
    expect(fire('click', {}, document.querySelector('text')!)).toBe(false);
  });

  it('a pinch measures the real distance between the fingers, not only across', () => {
    const { zoom, fire } = setup();
    fire('pointerdown', { pointerId: 1, clientX: 300, clientY: 100 });
    fire('pointerdown', { pointerId: 2, clientX: 300, clientY: 200 });
    // Fingers one above the other move apart: 100 px becomes 200 px, with no horizontal distance at all.
    fire('pointermove', { pointerId: 2, clientX: 300, clientY: 300 });
    expect(zoom.current().k).toBeCloseTo(2);
    fire('pointermove', { pointerId: 1, clientX: 240, clientY: 100 });
    // Now 60 across and 200 down: hypot(60, 200) / 100.
    expect(zoom.current().k).toBeCloseTo(Math.hypot(60, 200) / 100);
  });

  it('a label is never dragged out as a link', () => {
    const { fire, document } = setup();
    expect(fire('dragstart', {}, document.querySelector('text')!)).toBe(true);
  });
});

describe('drawing and announcing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a burst of wheel events draws once per frame, with the last transform', () => {
    const { zoom, fire, flush, drawn } = setup();
    for (let i = 0; i < 5; i++) fire('wheel', { deltaY: -20, clientX: 300, ctrlKey: true });
    expect(drawn).toHaveLength(0);
    flush();
    expect(drawn).toEqual([zoom.current()]);
  });

  it('the visible range is announced once, after the gesture rests', () => {
    const { fire, settled } = setup();
    fire('wheel', { deltaY: -20, clientX: 300, ctrlKey: true });
    vi.advanceTimersByTime(100);
    fire('wheel', { deltaY: -20, clientX: 300, ctrlKey: true });
    expect(settled).toHaveLength(0);
    vi.advanceTimersByTime(500);
    expect(settled).toHaveLength(1);
  });

  it('keys zoom around the focused mark and draw at once', () => {
    const { zoom, flush, drawn } = setup();
    expect(zoom.key('+', 500)).toBe(true);
    expect(drawn).toHaveLength(1);
    const { k, x } = zoom.current();
    expect(500 * k + x).toBeCloseTo(500);
    expect(zoom.key('0')).toBe(true);
    expect(zoom.current()).toEqual(IDENTITY);
    expect(zoom.key('a')).toBe(false);
    // Drawn at once, and not again a frame later: that would replace the focused mark under the reader.
    flush();
    expect(drawn).toHaveLength(2);
  });

  it('a key after a gesture draws at once, and the gesture’s pending frame draws nothing more', () => {
    const { zoom, fire, flush, drawn } = setup();
    fire('wheel', { deltaY: -20, clientX: 300, ctrlKey: true });
    expect(drawn).toHaveLength(0);
    zoom.key('+', 300);
    expect(drawn).toEqual([zoom.current()]);
    flush();
    expect(drawn).toHaveLength(1);
  });
});

describe('a "+N" count', () => {
  it('zooms in to its folded marks when chosen, draws at once and hands focus on', () => {
    const { zoom, fire, flush, drawn, unfolded, document } = setup();
    const count = document.querySelector('.tl-more text')!;
    // Cancelled: the link to the list is not followed, the chart zooms instead.
    expect(fire('click', {}, count)).toBe(true);
    const { k, x } = zoom.current();
    expect(k).toBeGreaterThan(1);
    // The marks' span is centred in the chart.
    expect(((400 + 410) / 2) * k + x).toBeCloseTo(WIDTH / 2);
    expect(drawn.at(-1)).toEqual(zoom.current());
    const drawnNow = drawn.length;
    flush();
    expect(drawn).toHaveLength(drawnNow);
    expect(unfolded).toEqual([['a', 'b']]);
  });

  it('where the chart cannot zoom further, its link goes to the list', () => {
    const { zoom, fire, unfolded, document } = setup();
    fire('click', {}, document.querySelector('.tl-more')!);
    expect(zoom.current().k).toBe(MAX_ZOOM);
    expect(fire('click', {}, document.querySelector('.tl-more')!)).toBe(false);
    expect(unfolded).toHaveLength(1);
  });

  it('is a plain link on the chart drawn down the page', () => {
    const { zoom, fire, document } = setup(false);
    expect(fire('click', {}, document.querySelector('.tl-more')!)).toBe(false);
    expect(zoom.current()).toEqual(IDENTITY);
  });
});

describe('fitSpan', () => {
  it('widens a span to the chart less its margins, centred, within the zoom limits', () => {
    const fitted = fitSpan(IDENTITY, { left: 100, right: 200 }, WIDTH, 50);
    expect(fitted.k).toBeCloseTo(5);
    expect(100 * fitted.k + fitted.x).toBeCloseTo(50);
    expect(fitSpan(IDENTITY, { left: 300, right: 301 }, WIDTH).k).toBe(MAX_ZOOM);
    expect(fitSpan(IDENTITY, { left: 0, right: WIDTH }, WIDTH)).toEqual(IDENTITY);
  });
});

describe('revealMark', () => {
  const t = { k: 4, x: -600 };
  it('shifts a mark past the right edge back inside, and leaves one in view alone', () => {
    expect(revealMark(t, { left: 700, right: 712 }, undefined, WIDTH)).toEqual({
      k: 4,
      x: -600 - (712 - (WIDTH - 24)),
    });
    expect(revealMark(t, { left: 100, right: 112 }, undefined, WIDTH)).toBe(t);
    expect(revealMark(t, { left: -50, right: -38 }, undefined, WIDTH)).toEqual({ k: 4, x: -600 + 74 });
  });

  it('brings the mark’s label in too where both fit, and the mark alone where they do not', () => {
    // A dot in view whose label runs past the right edge: shifted until the label's end is inside.
    expect(revealMark(t, { left: 540, right: 552 }, { left: 540, right: 640 }, WIDTH)).toEqual({
      k: 4,
      x: -600 - (640 - (WIDTH - 24)),
    });
    // A label wider than the chart: the dot alone decides, and it is in view already.
    expect(revealMark(t, { left: 300, right: 312 }, { left: 300, right: 900 }, WIDTH)).toBe(t);
  });
});
