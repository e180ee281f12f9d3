/** Search: the header form leads to the search page, which finds pages in the reader's language only. */
import { expect, test } from '@playwright/test';

test('a search from the English header lists English pages only', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('Entity List');
  await page.getByRole('searchbox', { name: 'Search this site' }).press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=Entity\+List/);
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/en\//);
  await expect(page.locator('[data-search-status]')).toContainText('results for “Entity List”');
});

test('the German search finds German pages', async ({ page }) => {
  await page.goto('/de/suche/?q=Bundesamt');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^\/de\//);
});

test('without JavaScript the search page lists every page instead', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/search/?q=anything');
  await expect(page.getByText('needs JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'What is banned, and since when' }).last()).toBeVisible();
  await context.close();
});
