/**
 * The gates every built page must pass, with one visit per page (the suite must stay fast on two cores):
 * status 200, one h1, the right lang, no console errors, nothing fetched from another origin, and the whole
 * content without JavaScript; and axe (WCAG 2.0–2.2 A/AA) in the light scheme with the colour rules again in
 * the dark one. The one exception: the checker's 40-odd answer pages are one template filled from
 * content/checker/tree.yaml, so axe runs on every fifth of them (plus every question, which checker.spec
 * also checks at phone width); the rest get all the other gates. In the dark scheme, which changes colour
 * tokens only, the prose pages beyond the overview and "what is banned" are left to their light pass.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPagePaths, localeOf } from './builtPages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The dark scheme changes colours only, so its pass needs only the rules that look at colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS)).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages = builtPagePaths();

/** Pages two or more answers deep into the checker: the same template with other words. */
const isCheckerAnswerPage = (path: string) => /^\/(en|de)\/check\/[^/]+\/[^/]+\//.test(path);
const answerPages = pages.filter(isCheckerAnswerPage);
const axeChecked = (path: string) => !isCheckerAnswerPage(path) || answerPages.indexOf(path) % 5 === 0;
/** Explainer pages share one prose template and one set of colour tokens: the dark pass runs on two of each language. */
const PROSE_PAGES = /^\/(en|de)\/(background|kaspersky-response|germany-europe|msps-resellers|hintergrund|kasperskys-reaktion|deutschland-europa|msps-und-haendler)\/$/;
const darkChecked = (path: string) => axeChecked(path) && !PROSE_PAGES.test(path);

test('the build has the overview, the sources page and at least six explainer pages in each language', () => {
  for (const locale of ['en', 'de']) {
    expect(pages.filter((path) => localeOf(path) === locale).length).toBeGreaterThanOrEqual(7);
  }
  expect(pages).toContain('/');
});

for (const path of pages) {
  test(`${path}: loads cleanly${axeChecked(path) ? ', passes axe' : ''}${darkChecked(path) ? ' in light and dark' : ''}, and reads without JavaScript`, async ({ page, browser, baseURL }) => {
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
    if (axeChecked(path)) {
      expect(await axeViolations(page), 'axe, light').toEqual([]);
    }
    if (darkChecked(path)) {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, COLOUR_RULES), 'axe, dark').toEqual([]);
    }
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other hosts').toEqual([]);

    const withoutScript = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await withoutScript.newPage();
    await staticPage.goto(path);
    await expect(staticPage.locator('h1')).toBeVisible();
    expect((await staticPage.getByRole('main').innerText()).length, 'main content without JavaScript').toBeGreaterThan(300);
    await withoutScript.close();
  });
}
