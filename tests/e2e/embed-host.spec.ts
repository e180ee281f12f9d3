/**
 * The embed as a host page has it: a 640 px article on another origin pastes the real snippet (with embed.js).
 * The frame ends as tall as its content in every state, nothing inside it scrolls, and a plain wheel over the
 * chart scrolls the article, not the chart.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { innerScrollers } from './layout';
import { gotoTimeline, waitForTimeline } from './timelineReady';

/** Serves an article `width` px wide that pastes `snippet` (pointed at the local build) on localhost, while the build is on 127.0.0.1. */
async function hostPage(page: Page, baseURL: string, snippet: string, width = 640) {
  const site = new URL(snippet.match(/src="(https?:\/\/[^/]+)/)![1]!).origin;
  const html = snippet.replaceAll(site, baseURL);
  const server = createServer((_, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="en"><title>article</title><body style="margin:0">
      <article style="width:${width}px"><p style="height:300px">Article text.</p>${html}<p style="height:1200px">More text.</p></article></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/`);
  await waitForTimeline(page);
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const realSnippet = async (page: Page) => {
  await gotoTimeline(page, '/en/timeline/');
  return (await page.locator('[data-snippet]').textContent())!;
};

test.describe('the embed in an article on another origin', () => {
  test('a 640 px host page on another origin that pastes the real snippet: the frame is as tall as its content in chart, list and open-event states', async ({
    page,
    baseURL,
  }) => {
    const snippet = await realSnippet(page);
    const oembed = (await (await page.request.get('/en/embed/timeline/oembed.json')).json()) as {
      html: string;
      height: number;
      width: number;
    };
    expect(oembed.html).toBe(snippet);
    expect(oembed.width).toBe(640);
    // A light frame with no border by default, even for a reader whose system is dark.
    expect(snippet).toContain('style="border:0"');
    expect(snippet).not.toContain('theme=');
    await page.emulateMedia({ colorScheme: 'dark' });
    const host = await hostPage(page, baseURL!, snippet);
    try {
      const frame = page.locator('iframe[data-kb-timeline]');
      const embed = page.frameLocator('iframe[data-kb-timeline]');
      const fits = async () => {
        const content = await embed.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
        const box = await frame.evaluate((el) => el.clientHeight);
        return { content, box, equal: box === content };
      };
      const expectFit = async (state: string) => {
        await expect.poll(async () => (await fits()).equal, state).toBe(true);
        expect(await embed.locator('html').evaluate(innerScrollers), state).toEqual([]);
        expect(
          await embed.locator('html').evaluate((el) => el.scrollHeight <= el.clientHeight + 1),
          `${state}: the frame's document scrolls`,
        ).toBe(true);
        return (await fits()).box;
      };
      await expect(embed.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(await embed.locator('body').evaluate((el) => getComputedStyle(el).colorScheme)).not.toBe('dark');
      expect(await frame.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
      // The colour key and the footer line (sources, date, licence, data files) are in view.
      await expect(embed.locator('.tl-legend')).toBeVisible();
      await expect(embed.locator('.tl-embed-footer')).toContainText('CC BY 4.0');
      await expect(embed.locator('.tl-embed-footer a', { hasText: 'CSV' })).toBeVisible();
      const chart = await expectFit('chart');
      // The height in the snippet is the default one: without the script, the frame would be just as tall.
      expect(Math.abs(chart - oembed.height), `snippet says ${oembed.height}, content is ${chart}`).toBeLessThanOrEqual(
        8,
      );
      await expect(embed.locator('[data-detail]')).toBeHidden();
      await embed.getByRole('button', { name: 'List', exact: true }).click();
      const list = await expectFit('list');
      expect(list).toBeGreaterThan(chart);
      await embed.getByRole('button', { name: 'Chart', exact: true }).click();
      await embed.locator('a[data-event="entity-list"] .tl-label').click();
      await expect(embed.locator('[data-detail]')).toBeVisible();
      const open = await expectFit('open event');
      expect(open).toBeGreaterThan(chart);
      // The card opens below the chart, never over it.
      const figure = (await embed.locator('.tl-figure').boundingBox())!;
      const card = (await embed.locator('[data-detail]').boundingBox())!;
      expect(card.y).toBeGreaterThanOrEqual(figure.y + figure.height - 1);
      await embed.getByRole('button', { name: 'Close' }).click();
      expect(await expectFit('closed again')).toBe(chart);
      console.log(`frame heights at 640 px: chart ${chart}, list ${list}, open event ${open}`);
    } finally {
      await host.close();
    }
  });

  test('in a 1000 px article a plain wheel over the chart scrolls the article and leaves the time axis alone; ctrl+wheel zooms it', async ({
    page,
    baseURL,
  }) => {
    // A column wide enough for the chart drawn across, the one that zooms, in this build.
    const host = await hostPage(page, baseURL!, await realSnippet(page), 1000);
    try {
      const embed = page.frameLocator('iframe[data-kb-timeline]');
      const svg = embed.locator('svg.tl-svg');
      await page.evaluate(() => scrollTo({ top: 200, behavior: 'instant' }));
      const domain = await svg.evaluate((el) => el.getAttribute('viewBox'));
      const box = (await svg.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(200);
      expect(await svg.evaluate((el) => el.getAttribute('viewBox'))).toBe(domain);
      const at = await page.evaluate(() => scrollY);
      const now = (await svg.boundingBox())!;
      await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
      await expect.poll(() => svg.evaluate((el) => el.getAttribute('viewBox'))).not.toBe(domain);
      expect(await page.evaluate(() => scrollY)).toBe(at);
    } finally {
      await host.close();
    }
  });
});
