/**
 * Pan and zoom of the horizontal chart: drag pans the time axis, the wheel and a two-finger pinch zoom it,
 * and the keys + / − / 0 zoom in, out and back. Pointer Events do this in a few lines; d3-zoom would bring
 * d3-transition, d3-drag and d3-interpolate along, about 8 KB gzip beyond the timeline's script budget.
 * Only the time axis moves, and `x` is clamped so the chart never leaves its frame. Changes are instant
 * (no animation), which also suits reduced motion.
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

/** Zooms by `factor` around the screen point `at`, keeping the chart inside its frame of `width`. */
export function zoomAround(transform: ZoomTransform, factor: number, at: number, width: number): ZoomTransform {
  const k = Math.min(MAX_ZOOM, Math.max(1, transform.k * factor));
  return clampTransform({ k, x: at - ((at - transform.x) * k) / transform.k }, width);
}

export function clampTransform({ k, x }: ZoomTransform, width: number): ZoomTransform {
  return { k, x: Math.min(0, Math.max(width - width * k, x)) };
}

export interface ChartZoom {
  current(): ZoomTransform;
  /** Handles + / − / 0; returns whether the key was one of them. */
  key(key: string): boolean;
  /** Back to the whole chart, without a re-draw (the caller re-draws). */
  reset(): void;
}

/** `enabled` says whether the chart is the zoomable, horizontal one; `onZoom` re-draws it. */
export function attachChartZoom(chart: HTMLElement, enabled: () => boolean, onZoom: (transform: ZoomTransform) => void): ChartZoom {
  let transform = IDENTITY;
  const apply = (next: ZoomTransform) => {
    if (next.k === transform.k && next.x === transform.x) return;
    transform = next;
    onZoom(transform);
  };
  const width = () => chart.clientWidth;
  const local = (clientX: number) => clientX - chart.getBoundingClientRect().left;

  chart.addEventListener(
    'wheel',
    (event) => {
      if (!enabled()) return;
      const factor = Math.pow(2, -event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002));
      const next = zoomAround(transform, factor, local(event.clientX), width());
      // At the limits the wheel scrolls the page as usual.
      if (next.k === transform.k) return;
      event.preventDefault();
      apply(next);
    },
    { passive: false },
  );

  // Active pointers by id: one drags, two pinch.
  const pointers = new Map<number, number>();
  let dragged = false;
  let start: { transform: ZoomTransform; pointers: Map<number, number> } | undefined;
  const begin = () => (start = { transform, pointers: new Map(pointers) });

  chart.addEventListener('pointerdown', (event) => {
    if (!enabled() || event.button !== 0) return;
    pointers.set(event.pointerId, event.clientX);
    dragged = false;
    begin();
  });
  chart.addEventListener('pointermove', (event) => {
    if (!start || !pointers.has(event.pointerId)) return;
    pointers.set(event.pointerId, event.clientX);
    const ids = [...pointers.keys()];
    if (ids.length === 1) {
      const dx = event.clientX - start.pointers.get(event.pointerId)!;
      if (!dragged && Math.abs(dx) < DRAG_THRESHOLD) return;
      // Capture only once it is a drag, so a plain click still lands on the mark under the pointer.
      if (!dragged) chart.setPointerCapture(event.pointerId);
      dragged = true;
      apply(clampTransform({ k: start.transform.k, x: start.transform.x + dx }, width()));
    } else if (ids.length === 2) {
      const [a, b] = ids as [number, number];
      const before = Math.abs(start.pointers.get(a)! - start.pointers.get(b)!);
      const now = Math.abs(pointers.get(a)! - pointers.get(b)!);
      if (before < 1) return;
      dragged = true;
      apply(zoomAround(start.transform, now / before, local((pointers.get(a)! + pointers.get(b)!) / 2), width()));
    }
  });
  const end = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (pointers.size > 0) begin();
    else start = undefined;
  };
  chart.addEventListener('pointerup', end);
  chart.addEventListener('pointercancel', end);
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

  return {
    current: () => transform,
    key(key) {
      if (!enabled()) return false;
      const middle = width() / 2;
      if (key === '+' || key === '=') apply(zoomAround(transform, KEY_STEP, middle, width()));
      else if (key === '-' || key === '−' || key === '_') apply(zoomAround(transform, 1 / KEY_STEP, middle, width()));
      else if (key === '0') apply(IDENTITY);
      else return false;
      return true;
    },
    reset() {
      transform = IDENTITY;
    },
  };
}
