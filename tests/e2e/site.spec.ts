import { expect, test } from '@playwright/test';
import { builtPagePaths } from './builtPages';

const pages = builtPagePaths();

/** Links and fragments of every page are checked on the built files (build-output.spec); here a reader follows one. */
test('a citation leads to its note and on to the source entry', async ({ page }) => {
  await page.goto('/en/what-is-banned/');
  await page.locator('sup.cite a').first().click();
  const note = page.locator('.citation-list li:target');
  await expect(note).toBeVisible();
  await note.locator('a[href*="/en/sources/#source-"]').first().click();
  await expect(page).toHaveURL(/\/en\/sources\/#source-[\w-]+$/);
  await expect(page.locator(':target')).toBeVisible();
});

test('the navigation reaches every explainer page of the same language', async ({ page }) => {
  for (const locale of ['en', 'de'] as const) {
    await page.goto(`/${locale}/`);
    // Hidden ones included: the explainers are folded into a disclosure.
    const navLinks = await page
      .getByRole('navigation')
      .first()
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
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
    await expect(
      notes.getByText(/Ende September oder Anfang Oktober|end of September or beginning of October/).first(),
    ).toBeVisible();
    await expect(notes.getByText(/29\.\sSeptember|29\sSeptember|September\s29/).first()).toBeVisible();
  }
});

test('an unknown address answers 404 with the error page, in both languages', async ({ request }) => {
  const response = await request.get('/en/no-such-page/');
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toContain('Page not found');
  expect(html).toContain('Seite nicht gefunden');
  expect(html).toMatch(/<a href="\/en\/">Go to the overview<\/a>/);
  expect(html).toMatch(/<a href="\/de\/">Zum Überblick<\/a>/);
});
