/**
 * Pan and zoom of the horizontal chart, with cooperative gestures as map and chart embeds have them: a plain
 * wheel always scrolls the page; ctrl/⌘+wheel and a trackpad pinch (a wheel with ctrlKey) zoom, by d3-zoom's
 * wheel factor; a sideways swipe (deltaX) and a drag pan; two fingers pinch by their real distance; the keys
 * + / − / 0 zoom in, out and back. Pointer Events do this in a few lines; d3-zoom would bring d3-transition,
 * d3-drag and d3-interpolate along, about 8 KB gzip beyond the timeline's script budget. Only the time axis
 * moves, `x` is clamped so the chart never leaves its frame, and a gesture re-draws at most once per frame.
 */

/** A zoom `k` (1 = the whole chart) and a shift `x` in screen pixels: a point at p is drawn at p·k + x. */
export interface ZoomTransform {
  k: number;
  x: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0 };
export const MAX_ZOOM = 8;
const KEY_STEP = 1.5;
/** A press that moves less than this is a click, not a drag. */
const DRAG_THRESHOLD = 4;
/** The range is announced once the gesture has rested this long, not at every step. */
const SETTLE_MS = 400;
/** A line of a line-mode wheel (Firefox) in pixels, for sideways swipes. */
const LINE_PX = 16;

/** d3-zoom's defaultWheelDelta: the exponent of 2 a wheel event zooms by; a pinch (ctrlKey) ten times a wheel's. */
export function wheelDelta(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
}

/** Zooms by `factor` around the screen point `at`, keeping the chart inside its frame of `width`. */
function zoomAround(transform: ZoomTransform, factor: number, at: number, width: number): ZoomTransform {
  const k = Math.min(MAX_ZOOM, Math.max(1, transform.k * factor));
  return clampTransform({ k, x: at - ((at - transform.x) * k) / transform.k }, width);
}

function clampTransform({ k, x }: ZoomTransform, width: number): ZoomTransform {
  return { k, x: Math.min(0, Math.max(width - width * k, x)) };
}

/**
 * The shift that brings a mark's screen span inside [margin, width − margin], or the transform unchanged. Where the
 * mark with its painted label fits, that span comes in whole, so neither the label nor the focus outline around
 * both is cut at the chart's edge; where it does not, the mark alone.
 */
export function revealMark(
  transform: ZoomTransform,
  mark: Span,
  painted: Span | undefined,
  width: number,
  margin = 24,
): ZoomTransform {
  const { left, right } = painted && painted.right - painted.left <= width - 2 * margin ? painted : mark;
  let dx = 0;
  if (right > width - margin) dx = width - margin - right;
  if (left + dx < margin) dx = margin - left;
  return dx === 0 ? transform : clampTransform({ k: transform.k, x: transform.x + dx }, width);
}

/** The transform that widens the screen span [left, right] to the width less `margin` at each side, centred on it. */
export function fitSpan(transform: ZoomTransform, { left, right }: Span, width: number, margin = 32): ZoomTransform {
  const k = Math.min(MAX_ZOOM, Math.max(1, (transform.k * (width - 2 * margin)) / Math.max(1, right - left)));
  const factor = k / transform.k;
  return clampTransform({ k, x: width / 2 - ((left + right) / 2 - transform.x) * factor }, width);
}

/** A stretch of the chart on screen, relative to its left edge. */
export interface Span {
  left: number;
  right: number;
}

export interface ChartZoom {
  current(): ZoomTransform;
  /** Handles + / − / 0, zooming around the screen point `at` (the focused mark) or the middle; returns whether it was one. */
  key(key: string, at?: number): boolean;
  /** Sets the transform and re-draws at once (presets, keeping a mark in view). */
  set(transform: ZoomTransform): void;
  /** Zooms so the span the given marks take on screen fills the chart; returns the transform. */
  fit(ids: readonly string[]): ZoomTransform;
  /** Back to the whole chart, without a re-draw (the caller re-draws). */
  reset(): void;
}

export interface ChartZoomOptions {
  /** Whether the chart is the zoomable one, drawn across. */
  enabled: () => boolean;
  /** Re-draws the chart for a transform. */
  onZoom: (transform: ZoomTransform) => void;
  /** Called once a zoom or pan has come to rest, to announce the visible range. */
  onSettle?: (transform: ZoomTransform) => void;
  /** Where the given marks are on screen, relative to the chart, as drawn now. */
  spanOf: (ids: readonly string[]) => Span | undefined;
  /** After a "+N" count zoomed in to its marks: to move focus to them. */
  onUnfold?: (ids: string[]) => void;
  requestFrame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
}

export function attachChartZoom(
  chart: HTMLElement,
  {
    enabled,
    onZoom,
    onSettle,
    spanOf,
    onUnfold,
    requestFrame = requestAnimationFrame,
    cancelFrame = cancelAnimationFrame,
  }: ChartZoomOptions,
): ChartZoom {
  let transform = IDENTITY;
  let frame = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    clearTimeout(settleTimer);
    if (onSettle) settleTimer = setTimeout(() => onSettle(transform), SETTLE_MS);
  };
  /** Takes `next` as the transform; returns whether it moved. */
  const update = (next: ZoomTransform) => {
    if (next.k === transform.k && next.x === transform.x) return false;
    transform = next;
    settle();
    return true;
  };
  /** Gestures fire faster than the screen refreshes: the transform follows each event, the drawing each frame. */
  const apply = (next: ZoomTransform) => {
    if (!update(next)) return false;
    frame ||= requestFrame(() => {
      frame = 0;
      onZoom(transform);
    });
    return true;
  };
  /**
   * Keys, presets and counts draw at once. A frame still pending from a gesture is cancelled: it would draw the
   * same again a frame later, replacing the marks (and the focused one) under the reader.
   */
  const applyNow = (next: ZoomTransform) => {
    if (!update(next)) return;
    if (frame) cancelFrame(frame);
    frame = 0;
    onZoom(transform);
  };
  const width = () => chart.clientWidth;
  const local = (clientX: number) => clientX - chart.getBoundingClientRect().left;

  chart.addEventListener(
    'wheel',
    (event) => {
      if (!enabled()) return;
      if (event.ctrlKey || event.metaKey) {
        // The page would zoom itself; here the chart does, even at its limits.
        event.preventDefault();
        apply(zoomAround(transform, Math.pow(2, wheelDelta(event)), local(event.clientX), width()));
      } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        const dx = event.deltaX * (event.deltaMode === 1 ? LINE_PX : 1);
        if (apply(clampTransform({ k: transform.k, x: transform.x - dx }, width()))) event.preventDefault();
      }
      // A plain vertical wheel is the reader scrolling the page: left alone.
    },
    { passive: false },
  );

  // Active pointers by id: one drags, two pinch.
  const pointers = new Map<number, { x: number; y: number }>();
  let dragged = false;
  let start: { transform: ZoomTransform; pointers: Map<number, { x: number; y: number }> } | undefined;
  const begin = () => (start = { transform, pointers: new Map(pointers) });
  const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

  chart.addEventListener('pointerdown', (event) => {
    if (!enabled() || event.button !== 0) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    dragged = false;
    begin();
  });
  chart.addEventListener('pointermove', (event) => {
    if (!start || !pointers.has(event.pointerId)) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const ids = [...pointers.keys()];
    if (ids.length === 1) {
      const dx = event.clientX - start.pointers.get(event.pointerId)!.x;
      if (!dragged && Math.abs(dx) < DRAG_THRESHOLD) return;
      // Capture only once it is a drag, so a plain click still lands on the mark under the pointer.
      if (!dragged) chart.setPointerCapture?.(event.pointerId);
      dragged = true;
      apply(clampTransform({ k: start.transform.k, x: start.transform.x + dx }, width()));
    } else if (ids.length === 2) {
      const [a, b] = ids.map((id) => pointers.get(id)!) as [{ x: number; y: number }, { x: number; y: number }];
      const [a0, b0] = ids.map((id) => start!.pointers.get(id)) as [
        { x: number; y: number } | undefined,
        { x: number; y: number } | undefined,
      ];
      if (!a0 || !b0) return;
      const before = distance(a0, b0);
      if (before < 1) return;
      dragged = true;
      apply(zoomAround(start.transform, distance(a, b) / before, local((a.x + b.x) / 2), width()));
    }
  });
  const end = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pointers.size > 0) begin();
    else start = undefined;
  };
  chart.addEventListener('pointerup', end);
  chart.addEventListener('pointercancel', end);
  // The marks are links: pressing on a label and moving would otherwise drag the link out of the page.
  chart.addEventListener('dragstart', (event) => {
    if (enabled()) event.preventDefault();
  });
  // A drag that ends on a mark is not a click on it.
  chart.addEventListener(
    'click',
    (event) => {
      if (!dragged) return;
      dragged = false;
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true },
  );

  // The layout keeps labels and gaps at their size, so a zoom does not move the marks quite linearly: a few
  // steps, each fitting the span as now drawn to the width, converge.
  const fit = (ids: readonly string[]) => {
    for (let step = 0; step < 3; step++) {
      const span = spanOf(ids);
      if (span) applyNow(fitSpan(transform, span, width()));
    }
    return transform;
  };
  // A "+N" count (a link to the list, without the script) zooms in to the marks it stands for, so their labels
  // unfold; where the chart cannot zoom further, the link goes to the list as before.
  chart.addEventListener('click', (event) => {
    const ids = (event.target as Element).closest('[data-events]')?.getAttribute('data-events')?.split(' ');
    if (!ids || !enabled()) return;
    const before = transform;
    if (fit(ids) === before) return;
    event.preventDefault();
    onUnfold?.(ids);
  });

  return {
    current: () => transform,
    fit,
    key(key, at = width() / 2) {
      if (!enabled()) return false;
      if (key === '+' || key === '=') applyNow(zoomAround(transform, KEY_STEP, at, width()));
      else if (key === '-' || key === '−' || key === '_') applyNow(zoomAround(transform, 1 / KEY_STEP, at, width()));
      else if (key === '0') applyNow(IDENTITY);
      else return false;
      return true;
    },
    set: (next) => applyNow(clampTransform(next, width())),
    reset() {
      transform = IDENTITY;
    },
  };
}
