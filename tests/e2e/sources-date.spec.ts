/**
 * Time on the site: every page that states facts shows the date of the newest source it cites, and the
 * "last reviewed" date only as the editorial date it is. No page implies its facts were checked later.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DomUtils } from 'htmlparser2';
import { DIST, builtElements, readBuilt } from './builtFiles';
import { builtPagePaths, localeOf } from './builtPages';
import { pdfSummaryEnabled } from '../../src/lib/summary/pdf';

const LABEL = { en: 'Sources up to', de: 'Quellen bis' };
/** Pages without facts of their own: the language chooser, the error page, and the embed, which links to the timeline. */
const WITHOUT_FACTS = /^\/(?:404\.html|(?:en|de)\/embed\/.*)?$/;

test('every page that states facts shows the date of its newest source in its footer', () => {
  const checked = builtPagePaths().filter((path) => !WITHOUT_FACTS.test(path) && path.endsWith('/'));
  expect(checked.length).toBeGreaterThan(40);
  for (const path of checked) {
    const locale = localeOf(path)!;
    // The site's footer, a child of <body>: an article may hold a <footer> of its own (a quote's attribution).
    const footer = builtElements(readBuilt(path)).find(
      (element) => element.name === 'footer' && DomUtils.isTag(element.parent!) && element.parent.name === 'body',
    );
    expect(footer, `${path}: the site's footer`).toBeDefined();
    // "Sources up to" right before a <time> with a year, a month or a day.
    const dated = DomUtils.findAll((element) => element.name === 'time', [footer!]).filter(
      (time) =>
        /^\d{4}(?:-\d{2}){0,2}$/.test(time.attribs.datetime ?? '') &&
        time.prev !== null &&
        DomUtils.isText(time.prev) &&
        time.prev.data.endsWith(`${LABEL[locale]} `),
    );
    expect(dated.length, path).toBe(1);
    expect(DomUtils.textContent(footer!), path).not.toMatch(/Last reviewed|Zuletzt geprüft/);
  }
});

// Law firms' summaries (Fenwick, Conventus) are dated to the year only, and a year may end as late as its
// last day, so since 2 December 2026 the newest date of a page that cites one is "2024", never a day in it.
test(
  'the sources page gives the newest source’s date in its precision, in each language’s form',
  { tag: '@dates' },
  async ({ page }) => {
    await page.goto('/en/sources/');
    await expect(page.locator('footer')).toContainText('Sources up to 2024');
    await expect(page.locator('footer')).toContainText(/Last editorial review:\s\d{1,2}\s\S+\s\d{4}/);
    await page.goto('/de/quellen/');
    await expect(page.locator('footer')).toContainText('Quellen bis 2024');
    await expect(page.locator('footer')).toContainText(/Letzte redaktionelle Durchsicht:\s\d{1,2}\.\s\S+\s\d{4}/);
  },
);

test('a page whose newest source gives a day shows the day', { tag: '@dates' }, async ({ page }) => {
  // Kaspersky's response page: its newest source is Help Net Security's report of 24 September 2024.
  // (The overview now also cites law-firm briefings dated only to the year, so it shows "2024".)
  await page.goto('/en/kaspersky-response/');
  await expect(page.locator('footer [data-sources-up-to]')).toHaveText('Sources up to 24 September 2024');
  await page.goto('/de/kasperskys-reaktion/');
  await expect(page.locator('footer [data-sources-up-to]')).toHaveText('Quellen bis 24. September 2024');
});

test(
  'the checker states its sources’ date where it used to state a date for its rules',
  { tag: '@dates' },
  async ({ page }) => {
    for (const [path, text] of [
      ['/en/check/', 'Sources up to 2024'],
      ['/de/check/', 'Quellen bis 2024'],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('main [data-sources-up-to]')).toHaveText(text);
      await expect(page.locator('main')).not.toContainText(/Rules as of|Regeln mit Stand/);
    }
  },
);

test(
  'the summary’s masthead gives the sources’ date and the editorial date, on screen and in the PDF',
  { tag: '@dates' },
  async ({ page }) => {
    await page.goto('/en/summary/');
    const masthead = page.locator('.summary-meta');
    // The summary cites the Conventus briefing, which gives only the year 2024.
    await expect(masthead).toContainText('Sources up to 2024');
    await expect(masthead).toContainText('Last editorial review:');
    if (pdfSummaryEnabled(process.env)) {
      for (const [file, text] of [
        ['summary-en.pdf', 'Sources up to 2024'],
        ['summary-de.pdf', 'Quellen bis 2024'],
      ] as const) {
        const pdfText = execFileSync('pdftotext', ['-l', '1', join(DIST, file), '-'], { encoding: 'utf8' });
        expect(pdfText, file).toContain(text);
      }
    }
  },
);
