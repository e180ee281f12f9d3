/**
 * Issue 26: the chart's layout as the reader sees it. Across from a 480 px column up, down the page below; no
 * label on a label, a mark or a leader (real bounding boxes); nothing scrolls sideways; and with 140 events (the
 * fixture of tests/support/timelineFixture.ts, put into the page's list before its script draws) the chart at
 * 1280 px stays under 900 px high and folds what it cannot label into "+N" links.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { withFixtureEvents } from '../support/manyEvents';
import { FIXTURE_FILE, type FixtureEvent } from '../support/timelineFixture';
import { sidewaysScrollers } from './layout';
import { gotoTimeline } from './timelineReady';

interface Drawn {
  orientation: string | null;
  chartWidth: number;
  height: number;
  overlaps: string[];
  smallestLabel: number;
  counts: string[];
}

/** The visible chart: its orientation, and every label that touches another label, another mark or another leader. */
function measure(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.tl-svg')].find(
      (el) => el.getBoundingClientRect().width > 0,
    )!;
    const box = (el: Element) => el.getBoundingClientRect();
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const owner = (el: Element) =>
      el.closest('[data-event]')?.getAttribute('data-event') ?? el.getAttribute('data-for') ?? '';
    const labels = [...svg.querySelectorAll('.tl-label')].filter((el) => el.getAttribute('visibility') !== 'hidden');
    const marks = [...svg.querySelectorAll('.tl-dot, .tl-bar')];
    const leaders = [...svg.querySelectorAll('.tl-leader')];
    // Leaders across stand in their own layer, in mark order; down the page each sits inside its mark's link.
    const leaderOwners = svg.querySelector('.tl-leaders')
      ? [...svg.querySelectorAll('.tl-mark')]
          .filter((mark) => mark.querySelector('.tl-label:not([visibility])'))
          .map((mark) => mark.getAttribute('data-event')!)
      : leaders.map(owner);
    const overlaps: string[] = [];
    for (const label of labels) {
      const a = box(label);
      for (const mark of marks)
        if (owner(mark) !== owner(label) && hit(a, box(mark)))
          overlaps.push(`label ${owner(label)} / mark ${owner(mark)}`);
      for (const other of labels)
        if (other !== label && hit(a, box(other))) overlaps.push(`label ${owner(label)} / label ${owner(other)}`);
      leaders.forEach((leader, i) => {
        if (leaderOwners[i] !== owner(label) && hit(a, box(leader)))
          overlaps.push(`label ${owner(label)} / leader ${leaderOwners[i]}`);
      });
    }
    return {
      orientation: svg.getAttribute('data-orientation'),
      chartWidth: svg.parentElement!.clientWidth,
      height: box(svg).height,
      overlaps,
      smallestLabel: Math.min(...labels.map((label) => box(label).height)),
      counts: [...svg.querySelectorAll('.tl-more')].map((link) => link.getAttribute('aria-label')!),
    };
  });
}

for (const width of [320, 360, 480, 640, 1000, 1280]) {
  for (const path of ['/en/timeline/', '/de/timeline/', '/en/embed/timeline/']) {
    test(`${path} at ${width} px: the layout for its column, no label on a label, mark or leader, no sideways scroll`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await gotoTimeline(page, path);
      await expect(page.locator('.tl-scroll svg.tl-svg')).toHaveCount(1);
      const drawn = await measure(page);
      expect(drawn.orientation).toBe(drawn.chartWidth >= 480 ? 'horizontal' : 'vertical');
      expect(drawn.overlaps).toEqual([]);
      // A 12 px label's box (the size drawn down the page) is about 14 px high, less a rounding error when the
      // drawing is scaled; 11 px text would be under 13.
      expect(drawn.smallestLabel).toBeGreaterThanOrEqual(13.5);
      expect(await sidewaysScrollers(page)).toEqual([]);
    });
  }
}

test('the overview at 1280 px: the chart across, with its colour key', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/');
  const drawn = await measure(page);
  expect(drawn.orientation).toBe('horizontal');
  expect(drawn.overlaps).toEqual([]);
  await expect(page.locator('.tl-key')).toBeVisible();
  await expect(page.locator('.tl-key li')).toHaveCount(4);
});

/** The timeline page with the fixture's 126 extra events in its list (the chart is drawn from the list). */
async function withManyEvents(page: Page): Promise<void> {
  const fixture = JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as FixtureEvent[];
  await page.route('**/en/timeline/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withFixtureEvents(await response.text(), fixture) });
  });
}

test('140 events at 1280 px: under 900 px high, nothing overlaps, the rest folded into "+N" links', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await withManyEvents(page);
  await gotoTimeline(page, '/en/timeline/');
  await expect(page.locator('.tl-list > li')).toHaveCount(140);
  await expect(page.locator('.tl-scroll svg.tl-svg a[data-event]')).toHaveCount(140);
  const drawn = await measure(page);
  expect(drawn.orientation).toBe('horizontal');
  expect(drawn.height).toBeLessThanOrEqual(900);
  expect(drawn.overlaps).toEqual([]);
  expect(drawn.counts.length).toBeGreaterThan(0);
  for (const name of drawn.counts) expect(name).toMatch(/^\+\d+: \d+ more events?, /);
  const count = page.locator('.tl-more').first();
  await expect(count).toHaveAttribute('data-domain', /^\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d$/);
  expect(await sidewaysScrollers(page)).toEqual([]);
});

test('the embed in a 640 px column: a compact chart, not a staircase of lanes, what does not fit folded into "+N"', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await gotoTimeline(page, '/en/embed/timeline/');
  const drawn = await measure(page);
  expect(drawn.orientation).toBe('horizontal');
  // Nine lanes (the 480 drawing's eight, and one for "Updates end" under the labels that cover its date).
  expect(drawn.height).toBeLessThanOrEqual(530);
  expect(drawn.overlaps).toEqual([]);
  expect(drawn.counts.length).toBeGreaterThan(0);
});

test('the embed in a 640 px column shows the story\'s last event, "Updates end", with its label by default', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await gotoTimeline(page, '/en/embed/timeline/');
  const label = page.locator('.tl-scroll a[data-event="updates-end"] .tl-label');
  await expect(label).toBeVisible();
  await expect(label).not.toHaveAttribute('visibility', 'hidden');
  await expect(label).toHaveAttribute('text-anchor', 'end');
  const chart = (await page.locator('[data-chart]').boundingBox())!;
  const box = (await label.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width);
  expect((await measure(page)).overlaps).toEqual([]);
  // German: "Updates enden" is wider; running left it would cover the dates of the marks whose labels cover its
  // own, so no order of lanes fits it at this width. It stays in a "+1" count that unfolds it.
  await gotoTimeline(page, '/de/embed/timeline/');
  await expect(page.locator('.tl-scroll a[data-event="updates-end"]')).toHaveClass(/tl-folded/);
  await expect(page.locator('.tl-scroll .tl-more[data-events~="updates-end"]')).toHaveCount(1);
});

test('after the "2024" preset at 1280 px no label, "Today" included, reaches past the chart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoTimeline(page, '/en/timeline/');
  await page.getByRole('button', { name: '2024', exact: true }).click();
  await expect(page.getByRole('button', { name: '2024', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const chart = (await page.locator('.tl-scroll').boundingBox())!;
  const cut = await page.locator('.tl-scroll svg.tl-svg :is(.tl-label:not([visibility]), .tl-today text)').evaluateAll(
    (texts, { left, right }) =>
      texts
        .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
        // Wholly outside is out of view (panned away); partly inside is cut (half a pixel for rounding).
        .filter(({ box }) => box.right > left && box.left < right && (box.left < left - 0.5 || box.right > right + 0.5))
        .map(({ text }) => text),
    { left: chart.x, right: chart.x + chart.width },
  );
  expect(cut).toEqual([]);
  // The view ends after the break before "Today": its label is there, whole, at the chart's right edge.
  const today = (await page.locator('.tl-scroll .tl-today text').boundingBox())!;
  expect(today.x).toBeGreaterThanOrEqual(chart.x);
  expect(today.x + today.width).toBeLessThanOrEqual(chart.x + chart.width + 0.5);
});

/** The ids a count folds, and whether each of those marks has its label drawn. */
const countedMarks = (page: Page, ids: string[]) =>
  page.evaluate(
    (ids) =>
      ids.map((id) => document.querySelector(`.tl-scroll a[data-event="${id}"] .tl-label:not([visibility])`) !== null),
    ids,
  );

test('a "+N" count zooms in to the marks it folds, so their labels unfold, and focus goes to them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await withManyEvents(page);
  await gotoTimeline(page, '/en/timeline/');
  const svg = page.locator('.tl-scroll svg.tl-svg');
  await expect(svg.locator('a[data-event]')).toHaveCount(140);
  const count = svg.locator('.tl-more').first();
  const ids = (await count.getAttribute('data-events'))!.split(' ');
  // Without the script the count is a link to the first folded event's entry in the list.
  await expect(count).toHaveAttribute('href', `#${ids[0]}`);
  await expect(page.locator(`.tl-list > li#${ids[0]}`)).toHaveCount(1);
  expect(await countedMarks(page, ids)).not.toContain(true);
  const view = await svg.getAttribute('viewBox');
  await count.click();
  await expect(svg).not.toHaveAttribute('viewBox', view!);
  expect(await countedMarks(page, ids)).toContain(true);
  // The reader's place: focus on the first of its marks, the range in view said politely, no jump to the list.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event'))).toBe(ids[0]);
  await expect(page.locator('[data-live]')).not.toBeEmpty();
  expect(new URL(page.url()).hash).toBe('');
  expect((await measure(page)).overlaps).toEqual([]);
});

test('in the embed at 640 px, Enter on a "+N" count unfolds its events, and the chart keeps its height', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await gotoTimeline(page, '/en/embed/timeline/');
  const count = page.locator('.tl-scroll .tl-more').first();
  const ids = (await count.getAttribute('data-events'))!.split(' ');
  expect(await countedMarks(page, ids)).not.toContain(true);
  const { height } = await measure(page);
  await count.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => countedMarks(page, ids)).not.toContain(false);
  const zoomed = await measure(page);
  expect(zoomed.overlaps).toEqual([]);
  expect(Math.abs(zoomed.height - height)).toBeLessThanOrEqual(1);
});

for (const width of [320, 360]) {
  test(`at ${width} px the "2024" button magnifies the cluster: each label beside its own mark, none on another`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await gotoTimeline(page, '/en/timeline/');
    /** How far each label's middle is from its own mark (0 beside it), and whether another dot is nearer. */
    const pairs = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.tl-scroll svg.tl-svg a[data-event]')].map((link) => {
          const middle = (el: Element) => {
            const box = el.getBoundingClientRect();
            return (box.top + box.bottom) / 2;
          };
          const y = middle(link.querySelector('.tl-label')!);
          const mark = link.querySelector('.tl-dot, .tl-bar')!.getBoundingClientRect();
          const others = [...document.querySelectorAll('.tl-scroll svg.tl-svg .tl-dot')]
            .filter((dot) => !link.contains(dot))
            .map((dot) => Math.abs(middle(dot) - y));
          const distance = Math.max(0, mark.top - y, y - mark.bottom);
          return { id: link.getAttribute('data-event'), distance, nearerDot: Math.min(...others) < distance - 1 };
        }),
      );
    const span = () =>
      page.evaluate(() => {
        const top = (id: string) =>
          document
            .querySelector(`.tl-scroll a[data-event="${id}"] .tl-bar, .tl-scroll a[data-event="${id}"] .tl-dot`)!
            .getBoundingClientRect().top;
        return top('updates-end') - top('bsi-keeps-warning');
      });
    const before = await span();
    await page.getByRole('button', { name: '2024', exact: true }).click();
    await expect(page.locator('.tl-scroll a[data-event="founded-in-moscow"]')).toHaveCount(0);
    // June to October gets about twice the room it had among all the years.
    expect(await span()).toBeGreaterThan(1.8 * before);
    const found = await pairs();
    expect(found).toHaveLength(9);
    for (const { id, distance, nearerDot } of found) {
      expect(distance, id!).toBeLessThanOrEqual(26);
      expect(nearerDot, `${id}: another dot is nearer its label`).toBe(false);
    }
    const drawn = await measure(page);
    expect(drawn.overlaps).toEqual([]);
    expect(drawn.smallestLabel).toBeGreaterThanOrEqual(13.5);
    expect(await sidewaysScrollers(page)).toEqual([]);
  });
}
