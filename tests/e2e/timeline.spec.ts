/** The timeline page and its embed: complete without JavaScript, keyboard, deep links, filters, zoom, resize protocol. */
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { axeViolations } from './axe';
import { innerScrollers } from './layout';
import { gotoTimeline, waitForTimeline } from './timelineReady';

async function eventIds(page: Page): Promise<string[]> {
  return page.locator('.tl-list > li').evaluateAll((items) => items.map((li) => li.id));
}

const focusedEvent = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.event ?? null);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/en/timeline/', '/de/timeline/', '/en/embed/timeline/']) {
    test(`${path} shows every event in the chart and in the list, with dates and sources`, async ({ page }) => {
      await page.goto(path);
      const ids = await eventIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(13);
      // The build draws the chart across and down the page; CSS shows the one that fits.
      const marks = await page
        .locator('svg.tl-svg:visible a[data-event]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('data-event')));
      expect(marks).toEqual(ids);
      for (const item of await page.locator('.tl-list > li').all()) {
        await expect(item.locator('time')).toHaveCount(1);
        expect(await item.locator('.tl-sources li').count()).toBeGreaterThan(0);
      }
      await expect(page.locator('.tl-controls')).toBeHidden();
      await expect(page.locator('.tl-copy').first()).toBeHidden();
      await expect(page.locator('.tl-legend')).toBeVisible();
    });
  }

  test('shows both datings of the September deadline', async ({ page }) => {
    await page.goto('/de/timeline/');
    const item = page.locator('#updates-end');
    await expect(item.locator('time')).toHaveText('29. September 2024');
    await expect(item.locator('.tl-other-dating')).toContainText('Ende September oder Anfang Oktober');
  });

  test('never writes a day for an event known only to the month', async ({ page }) => {
    await page.goto('/en/timeline/');
    await expect(page.locator('#bsi-keeps-warning time')).toHaveText('June 2024');
  });
});

test('the keyboard walks through every event in date order, scoped to the chart', async ({ page }) => {
  await gotoTimeline(page, '/en/timeline/');
  const ids = await eventIds(page);
  // Arrow keys elsewhere on the page do nothing to the timeline.
  await page.keyboard.press('ArrowRight');
  expect(await page.locator('.tl-mark.is-selected').count()).toBe(0);
  for (let i = 0; i < 40 && (await focusedEvent(page)) === null; i++) await page.keyboard.press('Tab');
  expect(await focusedEvent(page)).toBe(ids[0]);
  const historyLength = await page.evaluate(() => history.length);
  const visited = [ids[0]];
  for (let i = 1; i < ids.length; i++) {
    await page.keyboard.press('ArrowRight');
    visited.push((await focusedEvent(page))!);
  }
  expect(visited).toEqual(ids);
  await expect(page).toHaveURL(new RegExp(`#${ids.at(-1)}$`));
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.keyboard.press('Home');
  expect(await focusedEvent(page)).toBe(ids[0]);
  await page.keyboard.press('End');
  expect(await focusedEvent(page)).toBe(ids.at(-1));
  await expect(page.locator(`a[data-event="${ids.at(-1)}"]`)).toHaveAttribute(
    'aria-label',
    new RegExp(`, ${ids.length} of ${ids.length}$`),
  );

  await page.keyboard.press('Enter');
  const detail = page.locator('[data-detail]');
  await expect(detail).toBeVisible();
  await expect(detail.locator('h2')).toBeFocused();
  await expect(detail).toContainText(await page.locator(`#${ids.at(-1)} h3`).innerText());
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  expect(await focusedEvent(page)).toBe(ids.at(-1));
  // Only one tab stop for the whole chart.
  await page.keyboard.press('Tab');
  expect(await focusedEvent(page)).toBeNull();
});

test('a deep link opens the page with the event selected in the chart and its entry in view', async ({ page }) => {
  await gotoTimeline(page, '/de/timeline/#entity-list');
  await expect(page.locator('a[data-event="entity-list"]')).toHaveClass(/is-selected/);
  await expect(page.locator('#entity-list')).toHaveClass(/is-selected/);
  await expect(page.locator('#entity-list h3')).toBeInViewport();
});

test('a click selects an event and updates the address', async ({ page }) => {
  await gotoTimeline(page, '/en/timeline/');
  await page.locator('a[data-event="ofac-sanctions"] .tl-label').click();
  await expect(page).toHaveURL(/#ofac-sanctions$/);
  await expect(page.locator('[data-detail]')).toContainText('twelve executives');
});

test('the category filter hides events in the chart and the list', async ({ page }) => {
  await gotoTimeline(page, '/en/timeline/');
  const total = await page.locator('svg.tl-svg a[data-event]').count();
  const filters = page.locator('.tl-controls');
  await filters.getByRole('checkbox', { name: 'Sanctions' }).uncheck();
  await expect(page.locator('svg.tl-svg a.tl-cat-sanctions')).toHaveCount(0);
  await expect(page.locator('svg.tl-svg a[data-event]')).toHaveCount(total - 2);
  await expect(page.locator('#ofac-sanctions')).toBeHidden();
  await expect(page.locator('[data-live]')).toHaveText(`${total - 2} events shown`);
  await filters.getByRole('checkbox', { name: 'Sanctions' }).check();
  await expect(page.locator('svg.tl-svg a[data-event]')).toHaveCount(total);
});

test('the 2024 preset zooms the chart to 2024, can be panned from there, and says when it no longer applies', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1200 });
  await gotoTimeline(page, '/en/timeline/');
  expect(await visibleTicks(page)).toContain('1997');
  const preset = page.getByRole('button', { name: '2024', exact: true });
  await preset.click();
  await expect(preset).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'All years' })).toHaveAttribute('aria-pressed', 'false');
  expect(await visibleTicks(page)).not.toContain('1997');
  const chart = (await page.locator('[data-chart]').boundingBox())!;
  const inChart = async (id: string) => {
    const box = await page.locator(`a[data-event="${id}"] :is(.tl-dot, .tl-bar)`).boundingBox();
    return box !== null && box.x + box.width >= chart.x && box.x <= chart.x + chart.width;
  };
  expect(await inChart('founded-in-moscow')).toBe(false);
  expect(await inChart('updates-end')).toBe(true);
  expect(await inChart('kaspersky-rejects-ban')).toBe(true);
  // The label of the last mark, which runs right of it, is not cut at the chart's edge.
  const label = (await page.locator('a[data-event="updates-end"] .tl-label').boundingBox())!;
  expect(label.x + label.width).toBeLessThanOrEqual(chart.x + chart.width);
  // Dragging to the right pans back towards the earlier years.
  const ticks = await visibleTicks(page);
  await page.mouse.move(chart.x + chart.width * 0.2, chart.y + chart.height - 20);
  await page.mouse.down();
  await page.mouse.move(chart.x + chart.width * 0.8, chart.y + chart.height - 20, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => visibleTicks(page)).not.toBe(ticks);
  await expect(preset).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'All years' }).click();
  await expect(page.getByRole('button', { name: 'All years' })).toHaveAttribute('aria-pressed', 'true');
  expect(await visibleTicks(page)).toContain('1997');
});

test('the embed options update the snippet and the live preview', async ({ page }) => {
  await gotoTimeline(page, '/en/timeline/');
  const code = page.locator('[data-snippet]');
  await expect(code).toContainText('<iframe src="https://');
  await expect(code).toContainText('/embed.js');
  await page.getByLabel('Colours').selectOption('dark');
  await page.getByLabel('Open on event').selectOption('entity-list');
  await expect(code).toContainText('/en/embed/timeline/?theme=dark&amp;event=entity-list');
  for (const frame of await page.locator('[data-preview] iframe').all())
    await expect(frame).toHaveAttribute('src', '/en/embed/timeline/?theme=dark&event=entity-list');
  expect(await page.locator('[data-preview] iframe').count()).toBe(2);
  await page.getByText('Preview').click();
  await expect(page.locator('[data-preview] iframe').first().contentFrame().locator('[data-detail]')).toContainText(
    'Entity List',
  );
  await expect(page.locator('.tl-preview-phone iframe')).toHaveJSProperty('clientWidth', 358);
});

test('the snippet is light and borderless by default, offers the reader’s system as an option, and "Copy code" shows it copied', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoTimeline(page, '/en/timeline/');
  const code = page.locator('[data-snippet]');
  await expect(code).toContainText('style="border:0"');
  await expect(code).not.toContainText('theme=');
  await expect(page.getByLabel('Colours')).toHaveValue('light');
  await page.getByLabel('Colours').selectOption('auto');
  await expect(code).toContainText('/en/embed/timeline/?theme=auto"');
  const copy = page.getByRole('button', { name: 'Copy code' });
  await copy.click();
  await expect(page.locator('[data-copy-snippet]')).toHaveText('Code copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());
  await expect(page.locator('[data-copy-snippet]')).toHaveText('Copy code', { timeout: 5000 });
});

test('"time since" is computed from the reader’s date', { tag: '@dates' }, async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T12:00:00Z'));
  await gotoTimeline(page, '/en/timeline/');
  await expect(page.locator('#founded-in-moscow .tl-since')).toHaveText('(29 years ago)');
});

for (const path of ['/en/timeline/', '/de/embed/timeline/']) {
  test(`${path}: the chart does not move when the script arrives (no layout shift)`, async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The chart code, imported after the first paint (Timeline.astro), is held back until the chart is measured.
    await page.route(/TimelineModule\.astro.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(path, { waitUntil: 'commit' });
    const chart = page.locator('.tl-scroll');
    await chart.waitFor();
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator('.tl-controls')).toBeVisible();
    const before = await chart.boundingBox();
    release();
    // The script has run once it has filled in "time since" (in the embed's chart view the list is not shown).
    await expect(page.locator('.tl-since').first()).toHaveJSProperty('hidden', false);
    expect(await chart.boundingBox()).toEqual(before);
  });
}

test('reduced motion turns transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await gotoTimeline(page, '/en/timeline/');
  const duration = await page
    .locator('.tl-dot')
    .first()
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.001);
});

test('at 360 px the chart runs down the page, fits its width, and zooms into 2024 with the cluster buttons', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await gotoTimeline(page, '/en/timeline/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.locator('svg.tl-svg')).toHaveAttribute('data-orientation', 'vertical');
  const scroller = page.locator('.tl-scroll');
  expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  // Zoom by gesture is for the chart drawn across; here the cluster buttons zoom, and no reset is shown.
  await expect(page.locator('[data-zoom-reset]')).toBeHidden();
  await page.getByRole('button', { name: '2024', exact: true }).click();
  await expect(page.locator('a[data-event="founded-in-moscow"]')).toHaveCount(0);
  expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await expect(page.locator('.tl-list > li').first()).toBeVisible();
});

test.describe('embedded on another site', () => {
  /** A second local server plays the host site: another origin (localhost vs 127.0.0.1) on the same machine. */
  let server: Server;
  let hostOrigin: string;
  test.beforeAll(async ({ baseURL }) => {
    server = createServer((request, response) => {
      const query = new URL(request.url ?? '/', 'http://host').search;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><html lang="en"><title>host</title><body>
        <iframe src="${baseURL}/en/embed/timeline/${query}" title="Timeline" height="300" width="800"
          sandbox="allow-scripts allow-same-origin allow-popups" data-kb-timeline></iframe>
        <script>window.messages = []; addEventListener('message', (e) => messages.push(e.data));</script>
        <script src="${baseURL}/embed.js"></script></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const host = async (page: Page, _baseURL: string, query = '') => {
    await page.goto(`${hostOrigin}/${query}`);
    await waitForTimeline(page);
  };

  test('the frame height follows its content through the loader, and the AMP message is sent too', async ({
    page,
    baseURL,
  }) => {
    await host(page, baseURL!);
    const frame = page.locator('iframe');
    await expect.poll(async () => Number(await frame.getAttribute('height'))).not.toBe(300);
    const messages = await page.evaluate(() => (window as unknown as { messages: Record<string, unknown>[] }).messages);
    const resize = messages.find((m) => m.type === 'kaspersky-ban-timeline:resize')!;
    expect(resize).toMatchObject({ v: 1 });
    expect(messages).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: resize.height });
    const contentHeight = await page
      .frameLocator('iframe')
      .locator('html')
      .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    expect(Math.abs(Number(await frame.getAttribute('height')) - contentHeight)).toBeLessThanOrEqual(2);
  });

  test('a message of the wrong origin or shape changes nothing', async ({ page, baseURL }) => {
    await host(page, baseURL!);
    const frame = page.locator('iframe');
    await expect.poll(async () => Number(await frame.getAttribute('height'))).not.toBe(300);
    const before = await frame.getAttribute('height');
    await page.evaluate(() => {
      window.postMessage({ type: 'kaspersky-ban-timeline:resize', v: 1, height: 250 }, '*');
      window.postMessage({ type: 'kaspersky-ban-timeline:resize', v: 2, height: 250 }, '*');
    });
    await page
      .frameLocator('iframe')
      .locator('body')
      .evaluate(() => {
        window.parent.postMessage({ type: 'kaspersky-ban-timeline:resize', v: 1, height: 'tall' }, '*');
        window.parent.postMessage({ type: 'other', v: 1, height: 250 }, '*');
        window.parent.postMessage('handled', '*');
      });
    // Messages arrive in the order they were sent: once the last one is in, the others have been handled.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { messages: unknown[] }).messages.includes('handled')))
      .toBe(true);
    expect(await frame.getAttribute('height')).toBe(before);
  });

  test('?event= opens the embed on that event and selecting tells the host', async ({ page, baseURL }) => {
    await host(page, baseURL!, '?event=entity-list&theme=dark');
    const embed = page.frameLocator('iframe');
    await expect(embed.locator('[data-detail]')).toContainText('Entity List');
    await expect(embed.locator('html')).toHaveAttribute('data-theme', 'dark');
    await embed.locator('a[data-event="ofac-sanctions"] .tl-label').click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { messages: { type?: string; event?: string }[] }).messages
            .filter((m) => m.type === 'kaspersky-ban-timeline:navigate')
            .map((m) => m.event),
        ),
      )
      .toContain('ofac-sanctions');
    // The host may ask for an event in turn.
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ type: 'kaspersky-ban-timeline:goto', v: 1, event: 'updates-end' }, '*'),
    );
    await expect(embed.locator('[data-detail]')).toContainText('Kaspersky Security Network');
  });

  test('hostile query values fall back to the defaults', async ({ page }) => {
    await gotoTimeline(page, '/en/embed/timeline/?theme=%3Cscript%3E&categories=nope&from=2024-99&event=%3Cimg%3E');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await page.locator('svg.tl-svg a[data-event]').count()).toBeGreaterThanOrEqual(13);
    // The unknown event is ignored: as by default, no card opens.
    await expect(page.locator('svg.tl-svg a[data-event]').first()).toBeVisible();
    await expect(page.locator('[data-detail]')).toBeHidden();
  });

  test('categories and a date range narrow the embed', async ({ page }) => {
    await gotoTimeline(page, '/en/embed/timeline/?categories=sanctions&from=2024');
    await expect(page.locator('svg.tl-svg a[data-event]')).toHaveCount(2);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.locator('.tl-list > li:visible')).toHaveCount(2);
  });

  test('the attribution opens the full timeline in a new tab', async ({ page }) => {
    await gotoTimeline(page, '/de/embed/timeline/');
    const link = page.getByRole('link', { name: /ganze Chronik/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', '/de/timeline/');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const path of ['/en/timeline/', '/de/embed/timeline/?event=sales-ban-in-force']) {
      test(`${path} has no axe violations with the detail panel open`, async ({ page }) => {
        await gotoTimeline(page, path);
        if (!path.includes('event=')) await page.locator('a[data-event="updates-end"] .tl-label').click();
        await expect(page.locator('[data-detail]')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

/** Everything a reader sees of the chart: overflow, label sizes, and boxes of labels and marks. */
async function chartGeometry(page: Page) {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.tl-svg')].find(
      (el) => el.getClientRects().length > 0,
    )!;
    const frame = svg.getBoundingClientRect();
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const inView = (r: { left: number; right: number }) => r.right > frame.left && r.left < frame.right;
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent && inView(box(t)));
    const sizes = texts.map((t) => {
      const ctm = t.getScreenCTM()!;
      return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b) };
    });
    // A mark folded into a "+N" count keeps its label in the document, unpainted: it is no label a reader sees.
    const marks = [...svg.querySelectorAll<SVGAElement>('a[data-event]')].map((a) => ({
      id: a.dataset.event!,
      label: box(a.querySelector('.tl-label')!),
      labelled: !a.querySelector('.tl-label[visibility="hidden"]'),
      mark: box(a.querySelector('.tl-dot, .tl-bar')!),
    }));
    const scroller = svg.closest('.tl-scroll')!;
    return {
      frame: { left: frame.left, right: frame.right },
      orientation: svg.dataset.orientation,
      sideways: scroller.scrollWidth > scroller.clientWidth + 1 || document.documentElement.scrollWidth > innerWidth,
      smallest: sizes.reduce((min, s) => (s.px < min.px ? s : min)),
      marks: marks.filter((m) => inView(m.labelled ? m.label : m.mark)),
    };
  });
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

test.describe('fits a news article at every width', () => {
  for (const width of [320, 360, 640, 1000, 1280]) {
    for (const locale of ['en', 'de'] as const) {
      for (const path of [`/${locale}/timeline/`, `/${locale}/embed/timeline/`]) {
        test(`${path} at ${width} px: no sideways scrolling, labels of 12 px or more, no label over another label or mark`, async ({
          page,
        }) => {
          await page.setViewportSize({ width, height: 900 });
          await gotoTimeline(page, path);
          await page.evaluate(() => document.fonts.ready);
          const chart = await chartGeometry(page);
          // Across from a 480 px column up (issue 26): at 640 px the embed and the page run across too.
          expect(chart.orientation).toBe(chart.frame.right - chart.frame.left < 480 ? 'vertical' : 'horizontal');
          expect(chart.sideways).toBe(false);
          expect(chart.smallest.px, `"${chart.smallest.text}"`).toBeGreaterThanOrEqual(12);
          expect(chart.marks.length).toBeGreaterThanOrEqual(13);
          if (chart.orientation === 'vertical') {
            for (const { id, label } of chart.marks)
              expect(label.right, `label of ${id} is cut off`).toBeLessThanOrEqual(chart.frame.right);
          }
          for (const a of chart.marks.filter((m) => m.labelled)) {
            for (const b of chart.marks) {
              if (a === b) continue;
              if (b.labelled) expect(overlaps(a.label, b.label), `labels of ${a.id} and ${b.id}`).toBe(false);
              expect(overlaps(a.label, b.mark), `label of ${a.id} and mark of ${b.id}`).toBe(false);
            }
          }
          if (path.includes('embed')) {
            // The frame grows to the content: nothing inside scrolls, and no card opens by default.
            expect(await page.evaluate(innerScrollers)).toEqual([]);
            await expect(page.locator('[data-detail]')).toBeHidden();
          }
        });
      }
    }
  }
});

test('every marker’s accessible name starts with its visible label (WCAG 2.5.3), and the two category fieldsets have distinct names', async ({
  page,
}) => {
  for (const path of ['/en/timeline/', '/de/timeline/', '/de/embed/timeline/']) {
    await gotoTimeline(page, path);
    const names = await page
      .locator('svg.tl-svg a[data-event]')
      .evaluateAll((links) =>
        links.map((a) => [a.querySelector('.tl-label')!.textContent!, a.getAttribute('aria-label')!]),
      );
    expect(names.length).toBeGreaterThanOrEqual(13);
    for (const [label, name] of names)
      expect(name!.startsWith(`${label}: `), `"${name}" starts with "${label}"`).toBe(true);
  }
  await gotoTimeline(page, '/en/timeline/');
  const legends = await page.locator('fieldset > legend').allInnerTexts();
  expect(legends).toContain('Show categories');
  expect(new Set(legends).size).toBe(legends.length);
});

/** The tick labels in view: they name the visible time domain. */
const visibleTicks = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.tl-svg')!;
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('.tl-axis .tick text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left >= frame.left && r.right <= frame.right;
      })
      .map((t) => t.textContent)
      .join(' ');
  });

test('on a phone the embed does not shift as its script runs: the reset button, hidden there, starts hidden', async ({
  page,
}) => {
  // 412 px (Lighthouse's phone): the zoom buttons fill one row, and a reset button shown at first would take a second.
  await page.setViewportSize({ width: 412, height: 800 });
  await gotoTimeline(page, '/en/embed/timeline/');
  await expect(page.locator('svg.tl-svg a[data-event]').first()).toBeVisible();
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
  expect(shift).toBe(0);
  await expect(page.locator('[data-zoom-reset]')).toBeHidden();
});

test('the keys + / − / 0 and the reset button zoom the time axis, and focus stays on the mark', async ({ page }) => {
  await gotoTimeline(page, '/en/timeline/');
  const whole = await visibleTicks(page);
  await page.locator('a[data-event="entity-list"]').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  const zoomed = await visibleTicks(page);
  expect(zoomed).not.toBe(whole);
  expect(await focusedEvent(page)).toBe('entity-list');
  await page.keyboard.press('-');
  expect(await visibleTicks(page)).not.toBe(zoomed);
  await page.keyboard.press('0');
  expect(await visibleTicks(page)).toBe(whole);
  await page.keyboard.press('+');
  const reset = page.getByRole('button', { name: 'Reset zoom' });
  await expect(reset).toBeVisible();
  await reset.click();
  expect(await visibleTicks(page)).toBe(whole);
});

/** The chart's time domain as drawn: the SVG's viewBox (which part of the wide drawing is shown) and its width. */
const timeView = (page: Page) =>
  page
    .locator('svg.tl-svg')
    .first()
    .evaluate((svg) => `${svg.getAttribute('viewBox')} ${svg.getBoundingClientRect().width}`);

test('a plain wheel scrolls the page and leaves the time axis alone; ctrl+wheel zooms; a drag pans; a click after a drag opens nothing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1100 });
  await gotoTimeline(page, '/en/timeline/');
  const whole = await visibleTicks(page);
  const domain = await timeView(page);
  const box = (await page.locator('svg.tl-svg').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  expect(await timeView(page)).toBe(domain);
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(() => visibleTicks(page)).not.toBe(whole);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // Zoomed away from every preset, none of them says it is pressed.
  await expect(page.getByRole('button', { name: 'All years' })).toHaveAttribute('aria-pressed', 'false');
  // The range in view is announced politely once the zoom rests.
  await expect(page.locator('[data-live]')).toHaveText(/^In view: .+ to .+, \d+ events$/);
  // A drag along the axis pans.
  const zoomed = await timeView(page);
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height - 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height - 20, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => timeView(page)).not.toBe(zoomed);
  await expect(page.locator('[data-detail]')).toBeHidden();
});

test('after zooming with + + + and End, the focused mark and its label are inside the chart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoTimeline(page, '/en/timeline/');
  await page.locator('svg.tl-svg a[data-event]').first().focus();
  const chart = (await page.locator('[data-chart]').boundingBox())!;
  /** The focused mark's dot or bar and its painted label, each as a box on screen. */
  const focusedParts = async () => {
    const id = await focusedEvent(page);
    expect(id).not.toBeNull();
    const parts = page.locator(`a[data-event="${id}"] :is(.tl-dot, .tl-bar, .tl-label:not([visibility]))`);
    return Promise.all((await parts.all()).map(async (part) => (await part.boundingBox())!));
  };
  for (const key of ['+', '+', '+', 'End']) await page.keyboard.press(key);
  const last = await focusedParts();
  // The last mark's label runs right of its dot: keeping only the dot in view would cut it at the chart's edge.
  expect(last).toHaveLength(2);
  for (const box of last) {
    expect(box.x).toBeGreaterThanOrEqual(chart.x);
    expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width);
  }
  await page.keyboard.press('Home');
  for (const box of await focusedParts()) {
    expect(box.x).toBeGreaterThanOrEqual(chart.x);
    expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width);
  }
});

// In a column 640 to 959 px wide (a tablet, most embeds), the chart is drawn 640 wide: a "+" draws it 960 wide,
// which the CSS that picks the drawing for the column once took for the 960 drawing and hid, focus and all.
for (const path of ['/en/timeline/', '/en/embed/timeline/']) {
  test(`${path} at 720 px: + zooms, and the chart stays on screen with its mark focused`, async ({ page }) => {
    await page.setViewportSize({ width: 720, height: 900 });
    await gotoTimeline(page, path);
    await page.locator('svg.tl-svg a[data-event]').first().focus();
    const id = await focusedEvent(page);
    const whole = await visibleTicks(page);
    for (const key of ['+', '+']) {
      await page.keyboard.press(key);
      expect(await focusedEvent(page)).toBe(id);
      expect((await page.locator('svg.tl-svg').boundingBox())?.height ?? 0).toBeGreaterThan(100);
    }
    expect(await visibleTicks(page)).not.toBe(whole);
  });
}

test.describe('touch', () => {
  test.use({ hasTouch: true });
  test('a two-finger pinch on the chart zooms the time axis', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await gotoTimeline(page, '/en/timeline/');
    const whole = await visibleTicks(page);
    const box = (await page.locator('[data-chart]').boundingBox())!;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    const middle = box.x + box.width / 2;
    await touch('touchStart', [
      { x: middle - 40, y },
      { x: middle + 40, y: y + 10 },
    ]);
    for (let step = 1; step <= 6; step++)
      await touch('touchMove', [
        { x: middle - 40 - step * 25, y },
        { x: middle + 40 + step * 25, y: y + 10 },
      ]);
    await touch('touchEnd', []);
    await expect.poll(() => visibleTicks(page)).not.toBe(whole);
  });
});

test('a deep link marks its entry and "Show on chart" zooms to its mark', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoTimeline(page, '/en/timeline/#withdrawal-announced');
  const entry = page.locator('#withdrawal-announced');
  await expect(entry).toHaveClass(/is-selected/);
  await expect(entry.locator('h3')).toBeInViewport();
  await entry.getByRole('button', { name: 'Show on chart' }).click();
  expect(await focusedEvent(page)).toBe('withdrawal-announced');
  await expect(page.locator('a[data-event="withdrawal-announced"]')).toBeInViewport();
  await expect(page.getByRole('button', { name: '2024', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('a deep link into the embed opens its event below the chart', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await gotoTimeline(page, '/en/embed/timeline/#withdrawal-announced');
  const detail = page.locator('[data-detail]');
  await expect(detail).toBeVisible();
  await expect(detail).toContainText((await page.locator('#withdrawal-announced h3').textContent()) ?? '');
  await expect(page.locator('a[data-event="withdrawal-announced"]')).toHaveClass(/is-selected/);
  const figure = (await page.locator('.tl-figure').boundingBox())!;
  expect((await detail.boundingBox())!.y).toBeGreaterThanOrEqual(figure.y + figure.height - 1);
});

test.describe('a deep link without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lands on the list entry', async ({ page }) => {
    await page.goto('/en/timeline/#withdrawal-announced');
    await expect(page.locator('#withdrawal-announced h3')).toBeInViewport();
  });
});

test.describe('the embed in an article', () => {
  test('the list view shows every event, and nothing inside the frame scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 900 });
    await gotoTimeline(page, '/en/embed/timeline/');
    await expect(page.locator('.tl-list')).toBeHidden();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.tl-list > li').first()).toBeInViewport();
    expect(await page.locator('.tl-list > li').count()).toBeGreaterThanOrEqual(13);
    await expect(page.locator('.tl-figure')).toBeHidden();
    expect(await page.evaluate(innerScrollers)).toEqual([]);
    await page.getByRole('button', { name: 'Chart', exact: true }).click();
    await expect(page.locator('.tl-figure')).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const width of [320, 1280]) {
      test(`at ${width} px everything is in one labelled region, and only the frame's own document scrolls`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('/de/embed/timeline/');
        const region = page.getByRole('region', { name: 'Chronik: Kaspersky und die USA, 1997 bis 2024' });
        await expect(region.locator('.tl-list > li')).toHaveCount(
          await page.locator('svg.tl-svg:visible a[data-event]').count(),
        );
        expect(await page.evaluate(innerScrollers)).toEqual([]);
      });
    }
  });
});
