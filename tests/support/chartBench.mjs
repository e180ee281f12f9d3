/**
 * Issue 26's scale goal, in the browser: laying out and rendering the timeline with 140 events takes at most
 * 50 ms. The timeline page at 1280 px gets the 140-event fixture in its list (as timeline-layout.spec does), and
 * its script records every redraw, layout and render, as the User Timing measure "timeline:draw" (enhance.ts).
 * Measured: the first draw, then zooming in and out by keyboard and two column widths, each a redraw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { withFixtureEvents } from './manyEvents.ts';
import { waitForTimeline } from '../e2e/timelineReady.ts';

export const DRAW_GOAL_MS = 50;
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'timeline-140.json');

/** Durations (ms) of the 140-event chart's draws: `first`, the draw after each load; `redraws`, the rest. */
export async function chartDrawTimes({ baseURL, executablePath, args, rounds = 5 }) {
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const browser = await chromium.launch({ executablePath, args });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/en/timeline/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: withFixtureEvents(await response.text(), fixture) });
    });
    const draws = () => page.evaluate(() => performance.getEntriesByName('timeline:draw').length);
    /** Does `act`, then waits for the redraw it causes (redraws are batched to one per frame). */
    const redraw = async (act) => {
      const before = await draws();
      await act();
      await page.waitForFunction((n) => performance.getEntriesByName('timeline:draw').length > n, before);
    };
    const first = [];
    const redraws = [];
    // Each round a fresh load, so the first draw (the one a reader waits for) is measured more than once.
    for (let round = 0; round < rounds; round += 1) {
      await page.goto(`${baseURL}/en/timeline/`);
      await waitForTimeline(page);
      await page.locator('.tl-scroll svg.tl-svg a[data-event]').first().focus();
      for (const key of ['+', '+', '+', '-', '-', '-']) await redraw(() => page.keyboard.press(key));
      for (const width of [1000, 1280]) await redraw(() => page.setViewportSize({ width, height: 900 }));
      const [load, ...rest] = await page.evaluate(() =>
        performance.getEntriesByName('timeline:draw').map((e) => e.duration),
      );
      first.push(load);
      redraws.push(...rest);
    }
    return { first, redraws };
  } finally {
    await browser.close();
  }
}
