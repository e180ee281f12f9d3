/**
 * The gates every built page must pass, one visit each: status 200, one h1, the right lang, no console errors,
 * nothing fetched from another origin; two accessibility engines, axe (every WCAG 2.0–2.2 A/AA rule) and IBM
 * Equal Access (its WCAG 2.2 policy, which adds rules such as label in name and group names), both in the light
 * scheme at desktop width; nothing scrolling sideways at 1280 and 320 px; no text under 12 px at 1280 px; and,
 * read from its built HTML, enough text in <main> and its one h1 without JavaScript. So every page meets both
 * engines at least once.
 *
 * The representative pages (every page outside the checker, and a sample of each kind of checker page: see
 * representativePages) get axe again in the dark scheme at 360 px, the sideways and text-size checks at 360 px,
 * and a browser visit with JavaScript off; the first page of each template in each language (templateSamples)
 * gets Equal Access in that pass too, so each template meets both engines in both schemes. The 314 checker pages
 * come from a few templates: repeating the dark pass and the second browser visit on each cost more than half the
 * suite's time (issue 25) and checks a template, not the page's text, which the light pass and the HTML reading
 * cover. Equal Access in that pass on every representative page cost a tenth of this spec's time; axe checks each
 * of them there, contrast and the 360 px layout included.
 *
 * Each engine starts with every document (engine.ts) and runs in place (axe.ts, equalAccess.ts). The main
 * element is found by its tag, not by role: a role query walks the whole page.
 */
import { expect, test as base, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { equalAccessViolations } from './equalAccess';
import { builtPagePaths, checkerKindOf, localeOf, representativePages, templateSamples } from './builtPages';
import { readBuilt } from './builtFiles';
import { readableWithoutScript } from './readableWithoutScript';
import { sidewaysScrollers, smallText } from './layout';
import { waitForTimeline } from './timelineReady';

const PHONE = { width: 360, height: 740 };
const SMALL_PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 720 };

/**
 * A tab per worker with these context options, reused from page to page: a fresh context per page costs more
 * than the lighter checks. One has JavaScript on, one off.
 */
type SharedTab = [
  (fixtures: { browser: Browser }, use: (page: Page) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
];
const sharedTab = (options: BrowserContextOptions): SharedTab => [
  async ({ browser }, use) => {
    const context = await browser.newContext(options);
    await use(await context.newPage());
    await context.close();
  },
  { scope: 'worker' },
];

const test = base.extend<object, { visitor: Page; withoutScript: Page }>({
  visitor: sharedTab({ viewport: DESKTOP }),
  withoutScript: sharedTab({ javaScriptEnabled: false }),
});

const pages = builtPagePaths();
const representative = representativePages(pages);
const templates = templateSamples(pages);

/** The error page (served for unknown addresses, see site.spec) says less than the others. */
const minTextOf = (path: string) => (path === '/404.html' ? 150 : 300);

test('the build has the overview, the sources page, every checker page and at least six explainer pages in each language', () => {
  for (const locale of ['en', 'de']) {
    expect(
      pages.filter((path) => localeOf(path) === locale && !path.includes('/check/')).length,
    ).toBeGreaterThanOrEqual(7);
    // 27 questions and 88 results (checker.spec walks them), 41 retired addresses that say where their answer
    // moved, and the page on how the checker decides.
    expect(pages.filter((path) => path.startsWith(`/${locale}/check/`)).length).toBe(157);
  }
  expect(pages).toContain('/');
});

test('the dark pass and the browser without JavaScript reach every kind of checker page in each language', () => {
  for (const locale of ['en', 'de']) {
    const kinds = representative.filter((path) => path.startsWith(`/${locale}/check/`)).map(checkerKindOf);
    expect(new Set(kinds)).toEqual(new Set(['start', 'question', 'result', 'moved', 'how-it-decides']));
  }
  expect(pages.filter((path) => !path.includes('/check/')).every((path) => representative.includes(path))).toBe(true);
});

test('Equal Access meets each template in the dark scheme, in each language', () => {
  expect(templates.every((path) => representative.includes(path))).toBe(true);
  for (const locale of ['en', 'de']) {
    const sampled = templates.filter((path) => localeOf(path) === locale);
    expect(
      sampled
        .filter((path) => path.includes('/check/'))
        .map(checkerKindOf)
        .sort(),
    ).toEqual(['how-it-decides', 'moved', 'question', 'result', 'start']);
    expect(sampled.filter((path) => !path.includes('/check/')).length).toBe(5);
  }
});

test('the engines report a planted fault, so a clean page is clean and not unchecked', async ({ visitor }) => {
  const plantImageWithoutAlt = () =>
    visitor.evaluate(() => {
      const image = document.createElement('img');
      image.src = '/favicon.svg';
      document.querySelector('main')!.append(image);
    });
  await visitor.goto('/en/');
  await plantImageWithoutAlt();
  expect((await axeViolations(visitor)).join('\n')).toContain('image-alt');
  expect((await equalAccessViolations(visitor)).join('\n')).toContain('img_alt_valid');
  // The next document gets both engines as it starts (engine.ts), as every page after the first does.
  await visitor.goto('/en/');
  expect(await visitor.evaluate(() => 'axe' in window && 'ace' in window)).toBe(true);
  await plantImageWithoutAlt();
  expect((await axeViolations(visitor)).join('\n')).toContain('image-alt');
  expect((await equalAccessViolations(visitor)).join('\n')).toContain('img_alt_valid');
});

test('the check on text size reports planted small text, and leaves text for screen readers alone', async ({
  visitor,
}) => {
  await visitor.goto('/en/');
  expect(await smallText(visitor)).toEqual([]);
  await visitor.evaluate(() => {
    document.querySelector('main p')!.insertAdjacentHTML('beforeend', '<small class="planted">fine print</small>');
    (document.querySelector('.planted') as HTMLElement).style.fontSize = '11px';
  });
  expect(await smallText(visitor)).toEqual(['small.planted 11px']);
});

for (const path of pages) {
  const representativeToo = representative.includes(path);
  const templateToo = templates.includes(path);
  const title = templateToo
    ? 'passes axe and Equal Access in light (desktop) and dark (360 px), and reads without JavaScript'
    : representativeToo
      ? 'passes axe and Equal Access in light (desktop), axe in dark (360 px), and reads without JavaScript'
      : 'passes axe and Equal Access in light (desktop), and its HTML reads without JavaScript';
  test(`${path}: loads cleanly, ${title}`, async ({ visitor: page, withoutScript, baseURL }) => {
    const withoutScriptHtml = readableWithoutScript(readBuilt(path));
    expect(withoutScriptHtml.h1, 'h1 in the HTML, without JavaScript').toBe(1);
    expect(withoutScriptHtml.text.length, 'text of main in the HTML, without JavaScript').toBeGreaterThan(
      minTextOf(path),
    );

    const errors: string[] = [];
    const foreign: string[] = [];
    const onConsole = (message: { type(): string; text(): string }) =>
      message.type() === 'error' && errors.push(message.text());
    const onPageError = (error: Error) => errors.push(error.message);
    const onRequest = (request: { url(): string }) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
    };
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('request', onRequest);
    try {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      // The timeline's script runs after the first paint: checked once it has run, and its errors are counted.
      await waitForTimeline(page);
      // Read in one call, without locators: the first locator on a document injects Playwright's own script,
      // which cost 70–100 ms a page; the page is loaded and static, so nothing here needs a retry.
      expect(
        await page.evaluate(() => {
          const main = document.querySelector('main');
          const box = main?.getBoundingClientRect();
          return {
            h1: document.querySelectorAll('h1').length,
            lang: document.documentElement.lang,
            // As Playwright's toBeVisible: a box that is not empty, and not hidden by CSS.
            mainVisible: Boolean(box?.width && box.height && main!.checkVisibility({ visibilityProperty: true })),
          };
        }),
      ).toEqual({ h1: 1, lang: localeOf(path) ?? 'en', mainVisible: true });
      expect(await axeViolations(page), 'axe, light, desktop').toEqual([]);
      expect(await equalAccessViolations(page), 'Equal Access, light, desktop').toEqual([]);
      expect(await sidewaysScrollers(page), 'sideways scrolling at 1280 px').toEqual([]);
      expect(await smallText(page), 'text under 12 px at 1280 px').toEqual([]);

      if (representativeToo) {
        await page.setViewportSize(PHONE);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page), 'axe, dark, 360 px').toEqual([]);
        if (templateToo) expect(await equalAccessViolations(page), 'Equal Access, dark, 360 px').toEqual([]);
        expect(await sidewaysScrollers(page), 'sideways scrolling at 360 px').toEqual([]);
        expect(await smallText(page), 'text under 12 px at 360 px').toEqual([]);
      }
      await page.setViewportSize(SMALL_PHONE);
      expect(await sidewaysScrollers(page), 'sideways scrolling at 320 px').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other hosts').toEqual([]);
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
    }

    if (!representativeToo) return;
    await withoutScript.goto(path);
    // One evaluate (which runs with the page's own scripts off), not locators, for the reason above.
    const withoutScriptPage = await withoutScript.evaluate(() => {
      const h1 = document.querySelector('h1');
      const box = h1?.getBoundingClientRect();
      return {
        h1Visible: Boolean(box?.width && box.height && h1!.checkVisibility({ visibilityProperty: true })),
        mainText: document.querySelector('main')?.innerText.length ?? 0,
      };
    });
    expect(withoutScriptPage.h1Visible, 'h1 visible without JavaScript').toBe(true);
    expect(withoutScriptPage.mainText, 'main content without JavaScript').toBeGreaterThan(minTextOf(path));
  });
}
