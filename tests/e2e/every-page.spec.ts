/**
 * The gates every built page must pass, with one visit per page (the suite must stay fast on two cores):
 * status 200, one h1, the right lang, no console errors, nothing fetched from another origin; two
 * accessibility engines, axe (every WCAG 2.0–2.2 A/AA rule) in the light scheme at desktop width and again in
 * the dark scheme at 360 px, where the page must not scroll sideways, and IBM Equal Access (its WCAG 2.2 policy)
 * once, at desktop width (the rules it adds to axe, such as label in name and group names, do not depend on
 * the scheme); and the whole content with JavaScript off. Of the checker's answer pages it visits one per
 * question and per result, the result with the most added sections (builtPages.ts); every page still goes
 * through the file gates (build-output.spec) and Nu.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { equalAccessViolations } from './equalAccess';
import { browserCheckedPagePaths, localeOf } from './builtPages';

const PHONE = { width: 360, height: 740 };

/** One tab with JavaScript off per worker: opening one per page costs more than the check itself. */
const test = base.extend<object, { withoutScript: Page }>({
  withoutScript: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const pages = browserCheckedPagePaths();

/** The error page (served for unknown addresses, see site.spec) says less than the others. */
const minTextOf = (path: string) => (path === '/404.html' ? 150 : 300);

test('the build has the overview, the sources page and at least six explainer pages in each language', () => {
  for (const locale of ['en', 'de']) {
    expect(pages.filter((path) => localeOf(path) === locale).length).toBeGreaterThanOrEqual(7);
  }
  expect(pages).toContain('/');
});

for (const path of pages) {
  test(`${path}: loads cleanly, passes axe in light (desktop) and dark (360 px) and Equal Access, and reads without JavaScript`, async ({ page, withoutScript, baseURL }) => {
    // Two runs of each engine take a few seconds; a loaded two-core machine can take several times that.
    test.setTimeout(60_000);
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });

    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', localeOf(path) ?? 'en');
    await expect(page.getByRole('main')).toBeVisible();
    expect(await axeViolations(page), 'axe, light, desktop').toEqual([]);
    expect(await equalAccessViolations(page), 'Equal Access, light, desktop').toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize(PHONE);
    expect(await axeViolations(page), 'axe, dark, 360 px').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'width at 360 px').toBeLessThanOrEqual(PHONE.width);
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other hosts').toEqual([]);

    await withoutScript.goto(path);
    await expect(withoutScript.locator('h1')).toBeVisible();
    expect((await withoutScript.getByRole('main').innerText()).length, 'main content without JavaScript').toBeGreaterThan(minTextOf(path));
  });
}
