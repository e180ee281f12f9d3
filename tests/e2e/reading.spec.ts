/**
 * Reading on a phone and through a long page: the menu fits from 320 px, long pages have contents, and the
 * built text keeps dates on one line.
 */
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { axeViolations } from './axe';
import { sidewaysScrollers } from './layout';
import { builtPagePaths, localeOf } from './builtPages';
import { readBuilt } from './builtFiles';
import { MIN_SECTIONS_FOR_CONTENTS } from '../../src/lib/pageContents';

const WIDTHS = [320, 360, 1280];
const LONG_PAGES = { en: '/en/background/', de: '/de/hintergrund/' } as const;
const MENU = { en: 'Menu', de: 'Menü' } as const;
const ON_THIS_PAGE = { en: 'On this page', de: 'Auf dieser Seite' } as const;
const MAIN = { en: 'Main', de: 'Hauptnavigation' } as const;
const pages = builtPagePaths();

for (const [locale, path] of Object.entries(LONG_PAGES) as [keyof typeof LONG_PAGES, string][]) {
  for (const width of WIDTHS) {
    test(`${path} at ${width} px: nothing scrolls sideways and every navigation link is reachable`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      expect(await sidewaysScrollers(page)).toEqual([]);
      const nav = page.getByRole('navigation', { name: MAIN[locale] });
      const menu = nav.getByText(MENU[locale], { exact: true });
      if (width < 768) {
        // The check stays beside the closed menu; the list itself is hidden.
        await expect(nav.locator('.site-nav-list a').first()).toBeHidden();
        await menu.click();
      } else {
        await expect(menu).toBeHidden();
      }
      // The explainers are a disclosure of their own at every width.
      await nav.locator('.site-nav-group > summary').click();
      const links = nav.getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(9);
      for (const link of await links.all()) {
        await expect(link).toBeInViewport();
      }
      await expect(nav.locator('[aria-current="page"]')).toBeVisible();
      expect(await sidewaysScrollers(page)).toEqual([]);
    });
  }
}

test('on a phone the menu opens and closes by keyboard, and names the current page while closed', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(LONG_PAGES.de);
  const nav = page.getByRole('navigation', { name: MAIN.de });
  await expect(nav).toContainText('Hintergrund');
  const summary = nav.locator('.site-nav-menu > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('link', { name: 'Quellen' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link').first()).toBeFocused();
  await summary.focus();
  await page.keyboard.press('Space');
  await expect(nav.getByRole('link', { name: 'Quellen' })).toBeHidden();
  // Search and the language switch stay on screen beside the closed menu.
  await expect(page.getByRole('searchbox')).toBeInViewport();
  await expect(page.locator('header a[hreflang="en"]')).toBeInViewport();
});

test('without JavaScript the menu still opens', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(LONG_PAGES.en);
  const nav = page.getByRole('navigation', { name: MAIN.en });
  await nav.getByText(MENU.en, { exact: true }).click();
  await expect(nav.getByRole('link', { name: 'Sources' })).toBeVisible();
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open menu and open contents pass axe at 320 px in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 320, height: 700 });
    for (const [locale, path] of Object.entries(LONG_PAGES) as [keyof typeof LONG_PAGES, string][]) {
      await page.goto(path);
      await page.getByRole('navigation', { name: MAIN[locale] }).locator('.site-nav-menu > summary').click();
      await page.getByRole('navigation', { name: ON_THIS_PAGE[locale] }).locator('summary').click();
      expect(await axeViolations(page)).toEqual([]);
    }
  });
}

test('every page with four or more h2 has contents that link to each of them, in order', () => {
  let withContents = 0;
  const missing: string[] = [];
  for (const path of pages) {
    const { document } = parseHTML(readBuilt(path));
    // A hidden panel's heading (the timeline's selected event) is no place to jump to (lib/pageContents.ts).
    const headings = [...document.querySelectorAll('h2:not([data-not-in-contents])')];
    // A checker result is read top to bottom in GOV.UK's order (verdict, what to do, why, sources); contents
    // would split its verdict panel, so its pages have none (CheckerPage.astro).
    if (headings.length < MIN_SECTIONS_FOR_CONTENTS || /^\/(en|de)\/check\//.test(path)) continue;
    const contents = document.querySelector('nav.page-contents');
    const locale = localeOf(path) ?? 'en';
    const targets = [...(contents?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    const expected = headings.map((h) => `#${h.id || '(no id)'}`);
    if (contents?.getAttribute('aria-label') !== ON_THIS_PAGE[locale] || targets.join(' ') !== expected.join(' ')) {
      missing.push(`${path}: ${targets.join(' ') || 'no contents'} ≠ ${expected.join(' ')}`);
    }
    withContents++;
  }
  expect(missing).toEqual([]);
  // The twelve explainer pages, the summary, corrections, disagreements and the checker's pages in both languages.
  expect(withContents).toBeGreaterThanOrEqual(14);
});

test('on a data page the contents sit under its own title on a phone and beside the text on a desktop', async ({
  page,
}) => {
  for (const path of ['/de/korrekturen/', '/en/summary/']) {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const contents = page.locator('nav.page-contents');
    const title = page.getByRole('heading', { level: 1 });
    const [titleBox, contentsBox] = [(await title.boundingBox())!, (await contents.boundingBox())!];
    expect(contentsBox.y, path).toBeGreaterThan(titleBox.y + titleBox.height - 1);
    await expect(contents.getByRole('link').first()).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(contents.getByRole('link').first()).toBeVisible();
    expect((await contents.boundingBox())!.x, path).toBeGreaterThan(
      (await title.boundingBox())!.x + (await title.boundingBox())!.width,
    );
    // A list that fits beside the text stays in view (the corrections log's fourteen entries do not: MAX_STICKY_ENTRIES).
    if (path !== '/en/summary/') continue;
    await page.getByRole('heading', { level: 2 }).nth(3).scrollIntoViewIfNeeded();
    await expect(contents.getByRole('link').first(), path).toBeInViewport();
  }
});

test('the contents are a collapsed list under the title on a phone, and open, sticky and marking the section in view on a desktop', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(LONG_PAGES.de);
  const contents = page.getByRole('navigation', { name: ON_THIS_PAGE.de });
  const title = page.getByRole('heading', { level: 1 });
  expect((await contents.boundingBox())!.y).toBeGreaterThan((await title.boundingBox())!.y);
  await expect(contents.getByRole('link').first()).toBeHidden();
  await contents.locator('summary').click();
  const fourth = contents.getByRole('link').nth(3);
  const target = (await fourth.getAttribute('href'))!;
  await fourth.click();
  expect(new URL(page.url()).hash).toBe(encodeURI(target));
  await expect(page.locator(`[id="${decodeURIComponent(target.slice(1))}"]`)).toBeInViewport();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(LONG_PAGES.de);
  const links = contents.getByRole('link');
  await expect(links.first()).toBeVisible();
  // The fourth heading at the top of the window, past the marker's line at a fifth of its height.
  await page
    .locator('article h2')
    .nth(3)
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await expect(contents).toBeInViewport();
  const titleBox = (await contents.boundingBox())!;
  expect(titleBox.x).toBeGreaterThan(800);
  await expect(links.nth(3)).toHaveAttribute('aria-current', 'location');
  await expect(contents.locator('[aria-current]')).toHaveCount(1);
});

test('German body text hyphenates on a phone and not on a desktop; English does not', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(LONG_PAGES.de);
  const hyphens = () =>
    page
      .locator('article .prose p')
      .first()
      .evaluate((p) => getComputedStyle(p).hyphens);
  expect(await hyphens()).toBe('auto');
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await hyphens()).toBe('manual');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(LONG_PAGES.en);
  expect(await hyphens()).toBe('manual');
});

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)';
const BROKEN_DATE = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,2}\\.? ${MONTH}(?!\\p{L})|(?<!\\p{L})${MONTH} \\d{4}(?!\\d)`,
  'u',
);

test('no date in the built text can break between day, month and year (code and scripts aside)', () => {
  const broken: string[] = [];
  for (const path of pages) {
    const text = readBuilt(path)
      .replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, '\u0000');
    const match = BROKEN_DATE.exec(text);
    if (match) broken.push(`${path}: "${match[0]}"`);
  }
  expect(broken).toEqual([]);
});
