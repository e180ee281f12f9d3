/**
 * Printouts as a reader gets them: Chromium's PDF of an article, the timeline and a checker result (A4), read
 * with pdftotext (poppler-utils) page by page. Each sheet must say where it came from and how current it is,
 * give every cited source's address, and carry no time counted from today, no hint for a screen, and no page
 * with only navigation on it. The timeline's printout carries its chart.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t, type Locale } from '../../src/lib/i18n';
import { timelineStrings } from '../../src/lib/timeline/strings';
import { poppler } from './poppler';
import { gotoTimeline } from './timelineReady';

const PRINTOUTS: { kind: 'article' | 'timeline' | 'checker'; locale: Locale; path: string }[] = [
  { kind: 'article', locale: 'en', path: '/en/what-is-banned/' },
  { kind: 'article', locale: 'de', path: '/de/was-ist-verboten/' },
  { kind: 'timeline', locale: 'en', path: '/en/timeline/' },
  { kind: 'timeline', locale: 'de', path: '/de/timeline/' },
  { kind: 'checker', locale: 'en', path: '/en/check/us/household/antivirus/' },
  { kind: 'checker', locale: 'de', path: '/de/check/us/household/antivirus/' },
];

/** The printed text of each page of the PDF, in reading order (pdftotext -layout keeps a line's words together). */
async function printPages(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', file))?.[1]);
  testInfo.annotations.push({ type: 'pages', description: `${name}: ${count}` });
  // Fails closed: no page count read, or none printed, is a failure, not an empty list that checks nothing.
  expect(count, `${name}: pages printed`).toBeGreaterThan(0);
  return Array.from({ length: count }, (_, index) =>
    poppler('pdftotext', '-layout', '-f', String(index + 1), '-l', String(index + 1), file, '-'),
  );
}

/** A source's own address, from its front matter. */
function sourceUrl(id: string): string {
  const file = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'sources', `${id}.md`), 'utf8');
  return /^url:\s*['"]?([^'"\s]+)/m.exec(file)![1]!;
}

/** Addresses wrap anywhere on paper, so they are compared without white space. */
const squeezed = (text: string) => text.replace(/\s+/g, '');
const flowing = (text: string) => text.replace(/\s+/g, ' ');
/** "29 years ago", "(2 years ago)", "vor 29 Jahren", "vor einem Jahr". */
const RELATIVE_AGE =
  /\b(?:years?|months?|days?) ago\b|\bvor (?:\d+|einem|zwei|drei) (?:Jahr|Jahren|Monaten?|Tagen?)\b/i;

for (const { kind, locale, path } of PRINTOUTS) {
  test(`the printed ${kind} (${path}) has its address, dates, sources' addresses and nothing for a screen`, async ({
    page,
  }, testInfo) => {
    const ui = t(locale);
    await page.goto(path);
    const address = await page.locator('link[rel="canonical"]').getAttribute('href');
    const cited = await page
      .locator('main a[href*="#source-"]')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).hash.replace('#source-', '')),
      );
    expect(cited.length, 'the page cites sources').toBeGreaterThan(0);

    const pages = await printPages(page, testInfo, `${kind}-${locale}`);
    const text = flowing(pages.join('\n'));

    // Where the sheet came from and how current it is.
    expect(squeezed(pages[0]!)).toContain(squeezed(address!));
    expect(flowing(pages[0]!)).toContain(ui.sourcesUpTo);
    if (kind !== 'checker') expect(flowing(pages[0]!)).toContain(ui.lastReviewed);
    // Every cited source with its own address, once the link to the sources page is of no use.
    for (const id of new Set(cited)) expect(squeezed(text), `address of ${id}`).toContain(squeezed(sourceUrl(id)));
    // Nothing that is wrong the day after printing or that only a screen can do.
    expect(text).not.toMatch(RELATIVE_AGE);
    const strings = timelineStrings(locale);
    for (const hint of [strings.keyboardHint, strings.intro, ui.skipToContent])
      expect(text).not.toContain(flowing(hint).slice(0, 40));
    // No sheet of navigation alone: the footer and its links do not print, and every page carries body text.
    expect(text).not.toContain(ui.footerNote);
    for (const [index, sheet] of pages.entries()) {
      expect(
        sheet.split(/\s+/).filter((word) => /\p{L}{3,}/u.test(word)).length,
        `page ${index + 1} of ${pages.length}`,
      ).toBeGreaterThan(20);
    }
  });
}

for (const locale of ['en', 'de'] as const) {
  test(`the printed timeline (${locale}) carries its chart: the axis labels stand in a row on the first page`, async ({
    page,
  }, testInfo) => {
    await gotoTimeline(page, `/${locale}/timeline/`);
    // The chart drawn across at A4's width: its axis labels, left to right.
    const ticks = await page
      .locator('.tl-scroll svg:visible .tl-axis text, .tl-scroll svg:visible [class*="tick"] text')
      .allTextContents();
    expect(ticks.length).toBeGreaterThan(3);
    const [first] = await printPages(page, testInfo, `timeline-chart-${locale}`);
    const row = new RegExp(ticks.map((tick) => tick.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    expect(first).toMatch(row);
    // "Today" is wrong the day after printing.
    expect(first).not.toContain(timelineStrings(locale).today);
  });
}

test('the printed timeline shows every event’s sources, which stay folded on screen', async ({ page }) => {
  await page.goto('/en/timeline/');
  const firstSources = page.locator('.tl-sources').first();
  await expect(firstSources.locator('li').first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(firstSources.locator('li').first()).toBeVisible();
  await expect(page.locator('.tl-hint')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(firstSources.locator('li').first()).toBeHidden();
});

test.describe('the summary on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const locale of ['en', 'de'] as const) {
    test(`/${locale}/summary/ stacks its table rows with labels, breaks no word and shows the QR code only on paper`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/summary/`);
      const rows = page.locator('.summary-body tbody tr');
      expect(await rows.count()).toBeGreaterThan(5);
      const cell = page.locator('.summary-body table').last().locator('tbody td').nth(1);
      expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
      // The cell shows its column's heading as a label, taken from the table's own header row.
      const heading = await page.locator('.summary-body table').last().locator('th').nth(1).textContent();
      expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain(heading!.trim());
      // A word breaks only where the browser hyphenates it, never at an arbitrary letter.
      for (const property of ['overflow-wrap', 'word-break'] as const) {
        expect(await cell.evaluate((td, name) => getComputedStyle(td).getPropertyValue(name), property)).toMatch(
          /^(normal|break-word)$/,
        );
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expect(page.locator('.summary-qr')).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.summary-qr')).toBeVisible();
    });
  }
});

test.describe('notes grouped by source, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('one entry per source; a mark leads to its entry and each lettered back-link returns to its mark', async ({
    page,
  }) => {
    await page.goto('/en/what-is-banned/');
    const entries = page.locator('.citation-list > li');
    const sources = await entries.evaluateAll((items) =>
      items.map((item) => item.querySelector('a')!.getAttribute('href')),
    );
    expect(new Set(sources).size).toBe(sources.length);
    const marks = page.locator('main sup.cite');
    expect(await marks.count()).toBeGreaterThan(sources.length);
    // Every mark has an id of its own, and every back-link leads to one of them.
    const markIds = await marks.evaluateAll((sups) => sups.map((sup) => sup.id));
    expect(new Set(markIds).size).toBe(markIds.length);
    const backlinks = await page
      .locator('.note-backlinks a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect([...new Set(backlinks)].sort()).toEqual([...markIds].sort());

    const second = marks.nth(1);
    const id = await second.getAttribute('id');
    await second.locator('a').click();
    const entry = page.locator('.citation-list > li:target');
    await expect(entry).toBeVisible();
    await entry.locator(`.note-backlinks a[href="#${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator('sup.cite:target')).toBeInViewport();
  });
});
