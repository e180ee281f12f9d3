/**
 * Browser enhancement of the static timeline, the part that holds the state: which events are shown
 * (category filters, the embed's query options, the cluster buttons), which is selected (roving focus
 * and keys scoped to the chart, deep links), and the drawing: the chart is re-drawn with the same layout
 * and render code as at build time, across or down the page for the column's real width. Each other
 * concern has its module: chartZoom.ts (drag, wheel, pinch, + / − / 0), detailPanel.ts, embedHost.ts
 * (host messages, the embed's list view), readerExtras.ts ("N years ago", copy link).
 */
import { parsePartialDate, type PartialDate } from '../../lib/partialDate';
import type { Locale } from '../../lib/i18n';
import { drawnWidth, HORIZONTAL, layoutHorizontal, layoutVertical } from '../../lib/timeline/layout';
import { clusterEvents } from '../../lib/timeline/segments';
import { accessibleMarkName, renderTimelineSvg, type MarkText } from '../../lib/timeline/render';
import { inRange, parseEmbedOptions, type EmbedOptions } from '../../lib/timeline/embedOptions';
import { attachChartZoom, revealMark, type ZoomTransform } from './chartZoom';
import { createDetailPanel } from './detailPanel';
import { reportFrameHeight } from './embedFrame';
import { enhanceEmbedViews, listenToHost, tellHostSelected } from './embedHost';
import { enableCopyLinks, showTimeSince } from './readerExtras';

interface ClientEvent {
  id: string;
  date: PartialDate;
  end?: PartialDate | undefined;
  category: string;
  item: HTMLElement;
  mark: Omit<MarkText, 'accessibleName'>;
  title: string;
  dateText: string;
}

const NAVIGATION_KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']);

export function enhanceTimelines(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]')) enhance(root);
}

function enhance(root: HTMLElement): void {
  const locale = root.dataset.locale as Locale;
  const embed = root.dataset.embed === 'true';
  const chart = root.querySelector<HTMLElement>('[data-chart]')!;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  const ofTemplate = root.dataset.of ?? '{n} / {total}';
  const todayLabel = root.dataset.today ?? '';
  const svgAttr = (name: string) => chart.querySelector('svg')?.getAttribute(name) ?? '';
  const labelledBy = svgAttr('aria-labelledby');
  const describedBy = svgAttr('aria-describedby');

  const events: ClientEvent[] = [...root.querySelectorAll<HTMLElement>('.tl-list > [data-event]')].map((item) => {
    const id = item.dataset.event!;
    const mark = chart.querySelector<SVGElement>(`[data-event="${id}"]`);
    return {
      id,
      date: parsePartialDate(item.dataset.date!),
      end: item.dataset.end ? parsePartialDate(item.dataset.end) : undefined,
      category: item.dataset.category!,
      item,
      mark: { id, category: item.dataset.category!, label: mark?.textContent ?? id },
      title: item.querySelector('h3')?.textContent ?? id,
      dateText: item.querySelector('time')?.textContent ?? '',
    };
  });
  const byId = new Map(events.map((event) => [event.id, event]));
  const clusters = clusterEvents(events);

  const options: EmbedOptions | undefined = embed
    ? parseEmbedOptions(location.search, new Set(byId.keys()))
    : undefined;
  const categories = new Set(options?.categories ?? events.map((e) => e.category));
  /** The cluster drawn alone, down the page. */
  let zoom: number | undefined;
  /** The cluster a preset zoomed to across the page, and the transform it set. */
  let preset: { index: number; transform: ZoomTransform } | undefined;
  let selected: string | undefined;
  const isVertical = () => chart.clientWidth < HORIZONTAL.minWidth;
  let drawnVertical = isVertical();
  const resetButton = root.querySelector<HTMLButtonElement>('[data-zoom-reset]');

  const visibleEvents = () =>
    events.filter((e) => categories.has(e.category) && (!options || inRange(e.date.start, options)));
  const marks = () => [...chart.querySelectorAll<SVGAElement>('a[data-event]')];
  const detail = createDetailPanel(
    root.querySelector<HTMLElement>('[data-detail]')!,
    (id) => byId.get(id)!.item,
    (returnFocus) => {
      if (returnFocus && selected)
        marks()
          .find((m) => m.dataset.event === selected)
          ?.focus();
    },
  );

  function draw(): void {
    const started = performance.now();
    const shown = visibleEvents();
    const shownIds = new Set(shown.map((e) => e.id));
    for (const event of events) event.item.hidden = !shownIds.has(event.id);
    root.querySelector<HTMLElement>('[data-empty]')!.hidden = shown.length > 0;
    // Zoom counts clusters of all events, so the buttons keep their meaning while filters change.
    const inZoom = zoom === undefined ? shown : shown.filter((e) => clusters[zoom!]?.events.some((c) => c.id === e.id));
    const texts = new Map(
      inZoom.map((e, i) => [
        e.id,
        {
          ...e.mark,
          accessibleName: accessibleMarkName(
            e.mark.label,
            e.title,
            e.dateText,
            ofTemplate.replace('{n}', String(i + 1)).replace('{total}', String(inZoom.length)),
          ),
        },
      ]),
    );
    const focused = chart.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.event
      : undefined;
    const render = { locale, marks: texts, labelledBy, describedBy, todayLabel };
    drawnVertical = isVertical();
    let svg: SVGSVGElement;
    if (drawnVertical) {
      svg = renderTimelineSvg(document, layoutVertical(inZoom, { magnify: zoom !== undefined }), render);
    } else {
      // Drawn at the build's width for this column (scaled up a little, as before the script: nothing moves).
      // Zoomed by gesture, the layout is drawn k times as wide (labels keep their size) and the view shows the
      // part the transform points at; the transform is in screen pixels, the drawing in its own units.
      const transform = gestures.current();
      const width = drawnWidth(chart.clientWidth);
      const labels = new Map(inZoom.map((e) => [e.id, e.mark.label]));
      const base = layoutHorizontal(inZoom, { labels, width });
      const layout = layoutHorizontal(inZoom, { labels, width: width * transform.k, lanes: base.lanes });
      // Zoomed in, the row of counts keeps its room: the chart (and the embed's frame) keeps its height.
      layout.height = Math.max(layout.height, base.height);
      const unitsPerPixel = width / Math.max(1, chart.clientWidth);
      svg = renderTimelineSvg(document, layout, { ...render, viewX: -transform.x * unitsPerPixel, viewWidth: width });
    }
    chart.toggleAttribute('data-zoomable', !drawnVertical);
    // Only the chart drawn across zooms by gesture; down the page, the cluster buttons are the zoom.
    if (resetButton) resetButton.hidden = drawnVertical;
    chart.replaceChildren(svg);
    // Layout and render as a User Timing entry, for the bench (issue 26: at most 50 ms with 140 events) and DevTools.
    performance.measure('timeline:draw', { start: started });
    if (selected && !shownIds.has(selected)) detail.close({ returnFocus: false });
    rove();
    if (focused)
      marks()
        .find((m) => m.dataset.event === focused)
        ?.focus();
  }

  const gestures = attachChartZoom(chart, {
    enabled: () => !drawnVertical,
    onZoom: () => {
      draw();
      syncPresets();
    },
    onSettle: announceView,
    // The marks with their painted labels, so a preset or a count shows every label it unfolds whole.
    spanOf: paintedSpan,
    // Focus goes to the first of the unfolded marks: the reader is where the count was.
    onUnfold: (ids) =>
      marks()
        .find((m) => ids.includes(m.dataset.event!))
        ?.focus(),
  });

  /** The screen span of the marks' dots or bars with their painted labels (not folded ones), relative to the chart. */
  function paintedSpan(ids: readonly string[]): { left: number; right: number } | undefined {
    const left = chart.getBoundingClientRect().left;
    const boxes = ids.flatMap((id) => [
      ...chart.querySelectorAll(`[data-event="${id}"] :is(.tl-dot, .tl-bar, .tl-label:not([visibility]))`),
    ]);
    return boxes.length
      ? {
          left: Math.min(...boxes.map((el) => el.getBoundingClientRect().left)) - left,
          right: Math.max(...boxes.map((el) => el.getBoundingClientRect().right)) - left,
        }
      : undefined;
  }

  /** The screen span of a mark's dot or bar (not its label), relative to the chart. */
  function markSpan(id: string): { left: number; right: number } | undefined {
    const mark = marks().find((m) => m.dataset.event === id);
    const shape = mark?.querySelector('.tl-dot, .tl-bar') ?? mark;
    if (!shape) return undefined;
    const box = shape.getBoundingClientRect();
    const left = box.left - chart.getBoundingClientRect().left;
    return { left, right: left + box.width };
  }

  /** WCAG 2.4.11: after a zoom or a move, the focused or selected mark (with its label where both fit) is in view. */
  function keepInView(id: string | undefined): void {
    if (!id || drawnVertical) return;
    const mark = markSpan(id);
    if (mark) gestures.set(revealMark(gestures.current(), mark, paintedSpan([id]), chart.clientWidth));
  }

  /** Says politely which stretch of time is in view once a zoom or pan has come to rest. */
  function announceView(): void {
    const width = chart.clientWidth;
    const inView = visibleEvents().filter((e) => {
      const span = markSpan(e.id);
      return span && span.right >= 0 && span.left <= width;
    });
    const [first, last] = [inView[0], inView.at(-1)];
    if (!first || !last) return;
    live.textContent = (root.dataset.inView ?? '')
      .replace('{from}', first.dateText)
      .replace('{to}', last.dateText)
      .replace('{n}', String(inView.length));
  }
  // Crossing the breakpoint switches between the two drawings; a new width invalidates a zoom in pixels.
  let lastWidth = chart.clientWidth;
  new ResizeObserver(() => {
    if (chart.clientWidth === lastWidth) return;
    lastWidth = chart.clientWidth;
    // Unzoomed, the drawing stays while its orientation and drawn width (480, 640, 960) still fit.
    const fits = isVertical()
      ? drawnVertical
      : chart.querySelector('svg')?.dataset.width === String(drawnWidth(chart.clientWidth));
    if (gestures.current().k === 1 && fits) return;
    const shownPreset = preset?.index ?? zoom;
    gestures.reset();
    draw();
    // The preset the reader chose survives a new width or the switch between the two drawings.
    if (shownPreset !== undefined) showCluster(shownPreset);
  }).observe(chart);

  /** One tab stop for the whole chart: the selected mark, or the first. */
  function rove(): void {
    const all = marks();
    const current = all.find((m) => m.dataset.event === selected) ?? all[0];
    for (const mark of all) {
      mark.setAttribute('tabindex', mark === current ? '0' : '-1');
      mark.classList.toggle('is-selected', mark.dataset.event === selected);
    }
  }

  function select(id: string, { focus = false, announce = false, notify = true } = {}): void {
    selected = id;
    for (const event of events) event.item.classList.toggle('is-selected', event.id === id);
    rove();
    const mark = marks().find((m) => m.dataset.event === id);
    if (focus) mark?.focus();
    if (announce && !focus) live.textContent = mark?.getAttribute('aria-label') ?? '';
    detail.refresh(id);
    if (!embed) history.replaceState(history.state, '', `#${id}`);
    else if (notify) tellHostSelected(options?.id, id);
  }

  chart.addEventListener('keydown', (event) => {
    const current = (event.target as Element).closest<SVGAElement>('a[data-event]');
    if (!current) return;
    const all = marks();
    const index = all.indexOf(current);
    const span = markSpan(current.dataset.event!);
    if (gestures.key(event.key, span && (span.left + span.right) / 2)) {
      // + / − / 0 zoom around the focused mark, which stays focused (draw keeps it) and in view.
      keepInView(current.dataset.event);
    } else if (NAVIGATION_KEYS.has(event.key)) {
      const next =
        event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? all.length - 1
            : event.key === 'ArrowRight' || event.key === 'ArrowDown'
              ? index + 1
              : index - 1;
      const target = all[Math.max(0, Math.min(all.length - 1, next))];
      if (target) {
        select(target.dataset.event!, { focus: true });
        keepInView(target.dataset.event);
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      select(current.dataset.event!);
      detail.open(current.dataset.event!);
    } else if (event.key === 'Escape' && detail.isOpen) {
      detail.close();
    } else return;
    event.preventDefault();
  });

  chart.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('a[data-event]');
    if (!mark) return;
    event.preventDefault();
    select(mark.dataset.event!);
    detail.open(mark.dataset.event!);
  });

  for (const box of root.querySelectorAll<HTMLInputElement>('input[name="category"]')) {
    box.checked = categories.has(box.value);
    box.addEventListener('change', () => {
      if (box.checked) categories.add(box.value);
      else categories.delete(box.value);
      draw();
      live.textContent = (root.dataset.shown ?? '{n}').replace('{n}', String(visibleEvents().length));
    });
  }

  const zoomButtons = [...root.querySelectorAll<HTMLButtonElement>('[data-zoom]')];
  for (const button of zoomButtons) {
    button.addEventListener('click', () =>
      showCluster(button.dataset.zoom === '' ? undefined : Number(button.dataset.zoom)),
    );
  }
  /**
   * Down the page a preset draws only its cluster. Across, it zooms the whole chart to the cluster's marks, so
   * the reader can still pan from there to the years around it.
   */
  function showCluster(index: number | undefined): void {
    gestures.reset();
    preset = undefined;
    zoom = drawnVertical ? index : undefined;
    draw();
    const cluster = index === undefined ? undefined : clusters[index];
    if (!drawnVertical && cluster) preset = { index: index!, transform: gestures.fit(cluster.events.map((e) => e.id)) };
    syncPresets();
  }
  /** A preset is pressed only while the chart shows exactly it: zoomed or panned away, none is. */
  function syncPresets(): void {
    const { k, x } = gestures.current();
    const shown =
      preset && preset.transform.k === k && preset.transform.x === x
        ? String(preset.index)
        : k === 1 && x === 0
          ? String(zoom ?? '')
          : undefined;
    for (const button of zoomButtons) button.setAttribute('aria-pressed', String(button.dataset.zoom === shown));
  }
  resetButton?.addEventListener('click', () => showCluster(undefined));

  /**
   * "Show on chart" in each list entry (and so in the panel's copy): the chart view, the event's stretch of time,
   * its mark focused. Made here, not in the HTML, since it only works with the script (and the embed's bytes count).
   */
  for (const { id, item } of events) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tl-copy no-print';
    button.dataset.showOnChart = id;
    button.textContent = root.dataset.showOnChart ?? '';
    item.querySelector('[data-copy-link]')?.before(button, ' ');
  }
  root.addEventListener('click', (event) => {
    const id = (event.target as Element).closest<HTMLElement>('[data-show-on-chart]')?.dataset.showOnChart;
    if (!id || !byId.has(id)) return;
    root.querySelector<HTMLButtonElement>('button[data-view="chart"]')?.click();
    const cluster = clusters.findIndex((c) => c.events.some((e) => e.id === id));
    showCluster(cluster < 0 ? undefined : cluster);
    select(id, { focus: true });
    keepInView(id);
  });

  if (embed) {
    enhanceEmbedViews(root);
    reportFrameHeight(options?.id);
  }
  enableCopyLinks(root, (text) => (live.textContent = text));
  showTimeSince(root, locale);

  // The build wrote the chart twice (across and down); drawing keeps the one that fits, for the real width.
  draw();

  // A deep link on the page keeps the browser's jump to the event's entry, which holds the same details;
  // the embed has no such jump, so it opens the card below the chart. By default the embed opens nothing:
  // the chart is the first view, and a card never covers it.
  const initial = options?.event ?? decodeURIComponent(location.hash.slice(1));
  if (byId.has(initial)) {
    select(initial);
    if (embed) detail.open(initial, { focus: false });
  }
  if (embed) {
    listenToHost(
      (id) => byId.has(id),
      (id) => {
        if (id === selected) return;
        select(id);
        detail.open(id, { focus: false });
      },
    );
  } else {
    window.addEventListener('hashchange', () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (byId.has(id) && id !== selected) select(id);
    });
  }
  // Every control is wired. The script runs after the first paint (Timeline.astro), later than the load event
  // at times: tests wait for this attribute.
  root.dataset.ready = '';
}
