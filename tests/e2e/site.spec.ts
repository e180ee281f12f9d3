import { expect, test } from '@playwright/test';
import { builtPagePaths, localeOf } from './builtPages';

const pages = builtPagePaths();

test('the build has the overview, the sources page and at least six explainer pages in each language', () => {
  for (const locale of ['en', 'de']) {
    expect(pages.filter((path) => localeOf(path) === locale).length).toBeGreaterThanOrEqual(7);
  }
  expect(pages).toContain('/');
});

for (const path of pages) {
  test(`${path} loads with one h1, the right language, no console errors and nothing from other hosts`, async ({ page, baseURL }) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.protocol.startsWith('data') && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', localeOf(path) ?? 'en');
    await expect(page.getByRole('main')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

for (const path of pages.filter((p) => localeOf(p))) {
  test(`every citation on ${path} leads to a note and on to an existing source entry`, async ({ page, request }) => {
    await page.goto(path);
    const refs = await page.locator('sup.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of new Set(refs)) {
      await expect(page.locator(href!), `${href} on ${path}`).toHaveCount(1);
    }
    const entryLinks = await page
      .locator('.citation-list a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    for (const href of new Set(entryLinks)) {
      const [target, anchor] = href.split('#');
      const html = await (await request.get(target!)).text();
      expect(html, `${href} cited on ${path}`).toContain(`id="${anchor}"`);
    }
  });
}

test('the navigation reaches every explainer page of the same language', async ({ page }) => {
  for (const locale of ['en', 'de'] as const) {
    await page.goto(`/${locale}/`);
    const navLinks = await page.getByRole('navigation').first().getByRole('link').evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')!),
    );
    expect(navLinks.length).toBeGreaterThanOrEqual(7);
    for (const href of navLinks) {
      expect(href.startsWith(`/${locale}/`)).toBe(true);
      expect(pages).toContain(href);
    }
  }
});

test('the language switch keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/what-is-banned/');
  await page.getByRole('link', { name: 'Diese Seite auf Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/was-ist-verboten\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('link', { name: 'This page in English' }).click();
  await expect(page).toHaveURL(/\/en\/what-is-banned\/$/);
});

test('the language switch on the sources page leads to the German sources page', async ({ page }) => {
  await page.goto('/en/sources/');
  await page.getByRole('link', { name: 'Diese Seite auf Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/quellen\/$/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the disagreement on the date of the September deadline is stated with both sources cited', async ({ page }) => {
  for (const path of ['/en/what-is-banned/', '/de/was-ist-verboten/']) {
    await page.goto(path);
    const notes = page.locator('.citation-list');
    await expect(notes.getByText(/Ende September oder Anfang Oktober|end of September or beginning of October/).first()).toBeVisible();
    await expect(notes.getByText(/29\. September|29 September|September 29/).first()).toBeVisible();
  }
});
