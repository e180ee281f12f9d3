/**
 * The timeline's script runs after the first paint (Timeline.astro), at times after the load event that
 * `page.goto` waits for: a test that uses the timeline's controls waits until each root has `data-ready`.
 */
import type { Page } from '@playwright/test';

/**
 * Waits until every timeline in the page and in its frames (an embed on a host page) has its controls wired;
 * returns at once where there is none. A function, not a locator: no Playwright script is injected into a page
 * that has no timeline (every-page.spec visits them all), and it polls by time since a frame out of view gets
 * no animation frames.
 */
export async function waitForTimeline(page: Page): Promise<void> {
  const allReady = () => !document.querySelector('[data-timeline]:not([data-ready])');
  for (const frame of page.frames()) {
    // A plain evaluate first: waitForFunction installs Playwright's injected script in the document, which cost
    // every-page.spec about 40 ms on each of the 300 pages without a timeline. A frame still loading its document
    // throws here (its context goes away); waitForFunction outlasts that.
    if (await frame.evaluate(allReady).catch(() => false)) continue;
    await frame.waitForFunction(allReady, undefined, { polling: 50 });
  }
}

/** `page.goto` for a page with the timeline, returning once its script has wired the controls. */
export async function gotoTimeline(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForTimeline(page);
}
