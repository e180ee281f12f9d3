/**
 * The language switch keeps the reader's place (issue 24): ids of sections, glossary terms and timeline events
 * are shared between the languages, and the search page's ?q= means the same in both.
 */
import { expect, test } from '@playwright/test';

const switchLink = (page: import('@playwright/test').Page) => page.locator('header a[hreflang]');

for (const { name, from, to } of [
  { name: 'a section', from: '/en/what-is-banned/#who-was-covered', to: '/de/was-ist-verboten/#who-was-covered' },
  { name: 'a glossary term', from: '/en/glossary/#us-person', to: '/de/glossar/#us-person' },
  { name: 'a timeline event', from: '/de/timeline/#entity-list', to: '/en/timeline/#entity-list' },
  { name: 'a search query', from: '/en/search/?q=green%20card', to: '/de/suche/?q=green+card' },
]) {
  test(`the language switch carries ${name} across`, async ({ page }) => {
    await page.goto(from);
    await expect(switchLink(page)).toHaveAttribute('href', to);
    await switchLink(page).click();
    await expect(page).toHaveURL(new RegExp(`${to.replace(/[?+]/g, '\\$&')}$`));
    const hash = new URL(to, 'http://x').hash;
    if (hash) await expect(page.locator(hash)).toBeInViewport();
  });
}

test('a section reached after the page loaded is carried too', async ({ page }) => {
  await page.goto('/de/was-ist-verboten/');
  await expect(switchLink(page)).toHaveAttribute('href', '/en/what-is-banned/');
  await page.evaluate(() => (location.hash = '#reason'));
  await expect(switchLink(page)).toHaveAttribute('href', '/en/what-is-banned/#reason');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the switch still leads to the same page', async ({ page }) => {
    await page.goto('/en/glossary/#us-person');
    await expect(switchLink(page)).toHaveAttribute('href', '/de/glossar/');
  });
});
