/**
 * The header (issue 24): the articles folded into one "Explainers" disclosure, the check as its own call to action
 * at every width, one row from 1024 px in both languages (German labels are longer), and menus that close on
 * Escape (focus back to the toggle) and on a tap outside. Also the 404 page, the glossary's A-Z list and the
 * disagreements page's contents.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';

const ARTICLE = { en: '/en/what-is-banned/', de: '/de/was-ist-verboten/' } as const;
const WORDS = {
  en: { menu: 'Menu', explainers: 'Explainers', check: 'Am I affected?', overview: 'Overview' },
  de: { menu: 'Menü', explainers: 'Erklärungen', check: 'Bin ich betroffen?', overview: 'Überblick' },
} as const;

const nav = (page: Page) => page.getByRole('navigation', { name: /^(Main|Hauptnavigation)$/ });
const menuToggle = (page: Page) => page.locator('.site-nav-menu > summary');
const explainersToggle = (page: Page) => page.locator('.site-nav-group > summary');

for (const locale of ['en', 'de'] as const) {
  for (const width of [1024, 1280]) {
    test(`${locale} at ${width} px: every top-level item and the check sit on one row`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(ARTICLE[locale]);
      const items = nav(page).locator('.site-nav-list > li > a, .site-nav-group > summary, [data-nav-check]');
      await expect(items).toHaveCount(6);
      const boxes = await items.evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      );
      const middles = boxes.map((box) => box.top + box.height / 2);
      expect(Math.max(...middles) - Math.min(...middles), JSON.stringify(middles)).toBeLessThan(4);
      await expect(nav(page).getByRole('link', { name: WORDS[locale].check })).toBeVisible();
      await expect(menuToggle(page)).toBeHidden();
    });
  }

  test(`${locale}: the explainers drop down, and close on Escape and on a click outside`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ARTICLE[locale]);
    const article = nav(page).locator('.site-nav-group-list a');
    await expect(article.first()).toBeHidden();
    await explainersToggle(page).click();
    await expect(article).toHaveCount(5);
    await expect(article.first()).toBeVisible();
    await expect(nav(page).locator('.site-nav-group-list [aria-current="page"]')).toHaveAttribute(
      'href',
      ARTICLE[locale],
    );
    await page.keyboard.press('Escape');
    await expect(article.first()).toBeHidden();
    await expect(explainersToggle(page)).toBeFocused();
    await explainersToggle(page).click();
    await page.locator('h1').click();
    await expect(article.first()).toBeHidden();
  });

  test(`${locale} at 360 px: the check shows beside the closed menu, which closes on Escape and on a tap outside`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(ARTICLE[locale]);
    await expect(nav(page).getByRole('link', { name: WORDS[locale].check })).toBeInViewport();
    const overview = nav(page).getByRole('link', { name: WORDS[locale].overview, exact: true });
    await expect(overview).toBeHidden();
    await menuToggle(page).click();
    await expect(overview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await expect(menuToggle(page)).toBeFocused();
    await menuToggle(page).click();
    await page.locator('h1').click();
    await expect(overview).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test('on a phone the menu row names the current page, but not the check, whose button is beside it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(ARTICLE.en);
  await expect(menuToggle(page)).toContainText('You are on');
  await page.goto('/en/check/us/household/antivirus/');
  await expect(menuToggle(page)).not.toContainText('You are on');
  await expect(menuToggle(page)).not.toContainText(WORDS.en.check);
  await expect(nav(page).getByRole('link', { name: WORDS.en.check })).toHaveAttribute('aria-current', 'page');
});

test('Escape closes the innermost menu first on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/');
  await menuToggle(page).click();
  await explainersToggle(page).click();
  await expect(nav(page).getByRole('link', { name: 'Background' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav(page).getByRole('link', { name: 'Background' })).toBeHidden();
  await expect(explainersToggle(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menuToggle(page)).toBeFocused();
  await expect(explainersToggle(page)).toBeHidden();
});

test('the site name carries its mark, drawn inline and hidden from screen readers', async ({ page }) => {
  await page.goto('/de/');
  const home = page.locator('header').getByRole('link', { name: 'Kaspersky und das US-Verbot' });
  await expect(home.locator('svg[aria-hidden="true"]')).toBeVisible();
});

test('the open menus pass axe in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ARTICLE.de);
  await explainersToggle(page).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  await menuToggle(page).click();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the phone menu and the explainers still open', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/en/');
    await menuToggle(page).click();
    await explainersToggle(page).click();
    await expect(nav(page).getByRole('link', { name: 'Background' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Am I affected?' })).toBeVisible();
  });
});

test.describe('the 404 page', () => {
  test('offers a search filled with the missing address, and the check, in both languages', async ({ page }) => {
    const response = await page.goto('/en/ultraav/');
    expect(response?.status()).toBe(404);
    const main = page.locator('main');
    await expect(main.getByRole('link', { name: 'Am I affected?' })).toHaveAttribute('href', '/en/check/');
    await expect(main.getByRole('link', { name: 'Bin ich betroffen?' })).toHaveAttribute('href', '/de/check/');
    const german = main.getByRole('searchbox', { name: 'Diese Website durchsuchen' });
    await expect(german).toHaveValue('ultraav');
    await main.getByRole('searchbox', { name: 'Search this site' }).press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=ultraav$/);
    await expect(page.locator('[data-search-results] > li > a').first()).toHaveAttribute(
      'href',
      '/en/check/us/household/ultraav/',
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the search form still leads to the search page', async ({ page }) => {
      await page.goto('/de/nirgendwo/');
      await page.locator('main').getByRole('searchbox', { name: 'Diese Website durchsuchen' }).fill('BSI');
      await page.locator('main').getByRole('button', { name: 'Suchen' }).click();
      await expect(page).toHaveURL(/\/de\/suche\/\?q=BSI$/);
    });
  });
});

for (const { locale, path } of [
  { locale: 'en', path: '/en/glossary/' },
  { locale: 'de', path: '/de/glossar/' },
] as const) {
  test(`${locale}: the glossary's A-Z list links only the letters that have terms, each to its first term`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    const letters = page.locator('[data-glossary-letters]');
    await expect(letters.locator('li')).toHaveCount(26);
    const linked = await letters
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
    expect(linked.length).toBeGreaterThan(3);
    for (const [letter, href] of linked) {
      const term = page.locator(`dt[id="${href!.slice(1)}"] dfn`);
      expect((await term.innerText()).normalize('NFD').charAt(0).toUpperCase()).toBe(letter);
    }
    const terms = await page.locator('dl.glossary dt dfn').allInnerTexts();
    const initials = new Set(terms.map((term) => term.normalize('NFD').charAt(0).toUpperCase()));
    expect(new Set(linked.map(([letter]) => letter))).toEqual(initials);
    await letters.getByRole('link', { name: 'U', exact: true }).click();
    await expect(page.locator(':target')).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test('the disagreements page lists its contents once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of ['/en/disagreements/', '/de/widersprueche/']) {
    await page.goto(path);
    const first = await page.locator('main article h2').first().getAttribute('id');
    const article = await page.locator('main article').first().getAttribute('id');
    // Links to an entry: from the contents only, whether they point at the entry or its heading.
    await expect(page.locator(`main a[href="#${article}"], main a[href="#${first}"]`)).toHaveCount(1);
  }
});
