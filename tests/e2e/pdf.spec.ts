/**
 * The printable summary: the PDFs the build renders (checked with poppler-utils, as a reader's PDF viewer
 * would see them), the links to them on every page, and print styles on content pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils } from 'htmlparser2';
import { DIST, builtElements, readBuilt } from './builtFiles';
import { builtPagePaths, localeOf } from './builtPages';
import { PDF_VARIANTS, formatFileSize, pdfSummaryEnabled, summaryPath } from '../../src/lib/summary/pdf';
import { poppler } from './poppler';

const pdfBuilt = pdfSummaryEnabled(process.env);
const pages = builtPagePaths();

const DATES = {
  en: ['20 July 2024', '29 September 2024'],
  de: ['20. Juli 2024', '29. September 2024'],
};
const OUTLETS = ['heise', 'ZDNet', 'CRN', 'Swisscybersecurity'];
/** heise's article in the language of the PDF, whose address the sources list prints and links. */
const HEISE = { en: 'https://heise.de/-9802102', de: 'https://heise.de/-9802089' };

test.describe('the PDF summary', () => {
  test.skip(!pdfBuilt, 'built with PDF_SUMMARY=off: the tests "without the PDF summary" below apply instead');

  for (const variant of PDF_VARIANTS) {
    const file = join(DIST, variant.file);

    test(`${variant.file} has at most two ${variant.format} pages, its title and language, and weighs under 500 KB`, () => {
      expect(existsSync(file), `${variant.file} was not built`).toBe(true);
      expect(statSync(file).size).toBeLessThan(500_000);
      const info = poppler('pdfinfo', file);
      // Between one and two: a count that cannot be read, or a PDF of no pages, fails.
      const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      expect(pageCount, 'pages').toBeGreaterThanOrEqual(1);
      expect(pageCount, 'pages').toBeLessThanOrEqual(2);
      expect(info).toMatch(variant.format === 'A4' ? /Page size:.*\(A4\)/ : /Page size:.*\(letter\)/);
      expect(info).toMatch(/^Tagged:\s+yes/m);
      const title = builtElements(readBuilt(summaryPath(variant.locale))).find((element) => element.name === 'title');
      const htmlTitle = DomUtils.textContent(title!);
      expect(/^Title:\s+(.+)$/m.exec(info)?.[1]).toBe(htmlTitle);
      const raw = readFileSync(file, 'latin1');
      expect(/\/Lang\s*\(([a-z-]+)\)/.exec(raw)?.[1]).toBe(variant.locale);
      expect(raw, 'bookmarks (outline)').toContain('/Outlines');
    });

    test(`${variant.file} carries the key dates, the outlets and page numbers as text`, () => {
      const text = poppler('pdftotext', '-layout', file, '-').replace(/\s+/g, ' ');
      for (const phrase of [...DATES[variant.locale], ...OUTLETS]) expect(text).toContain(phrase);
      expect(text).toContain(variant.locale === 'en' ? 'Page 2 of 2' : 'Seite 2 von 2');
    });

    test(`${variant.file} has working links to the live site and to the sources`, () => {
      const raw = readFileSync(file, 'latin1');
      expect((raw.match(/\/Subtype\s*\/Link/g) ?? []).length).toBeGreaterThan(10);
      const targets = [...raw.matchAll(/\/URI\s*\(([^)]+)\)/g)].map((match) => match[1]!);
      expect(targets).toContain(HEISE[variant.locale]);
      expect(
        targets.some((target) => new URL(target).pathname === `/${variant.locale}/`),
        'a link back to the live site',
      ).toBe(true);
      expect(
        targets.every((target) => target.startsWith('https://')),
        targets.join(' '),
      ).toBe(true);
    });
  }

  test('every page links to the PDF of its language, with the size of the built file', () => {
    for (const path of pages) {
      const html = readBuilt(path);
      expect(html, path).not.toMatch(/__PDF_SIZE_/);
      const locale = localeOf(path);
      // The language chooser at / and the embeds (shown inside other sites) have no site footer.
      if (!locale || path.includes('/embed/')) continue;
      const file = `summary-${locale}.pdf`;
      const size = formatFileSize(statSync(join(DIST, file)).size, locale);
      const language = locale === 'en' ? 'English' : 'Deutsch';
      expect(html, path).toContain(`href="/${file}"`);
      expect(html, path).toContain(`(${language}, PDF, ${size})`);
    }
  });

  test('the overview offers the summary as PDF in A4 and, in English, US Letter', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.getByRole('link', { name: 'Download PDF summary (A4)' })).toHaveAttribute(
      'href',
      '/summary-en.pdf',
    );
    await expect(page.getByRole('link', { name: 'Download PDF summary (US Letter)' })).toHaveAttribute(
      'href',
      '/summary-en-letter.pdf',
    );
    await page.goto('/de/');
    await expect(page.getByRole('link', { name: 'PDF-Zusammenfassung herunterladen (A4)' })).toHaveAttribute(
      'href',
      '/summary-de.pdf',
    );
  });
});

test.describe('without the PDF summary', () => {
  test.skip(pdfBuilt, 'the PDF summary was built: the tests above apply instead');

  test('no PDF is built and no page links to one', () => {
    for (const variant of PDF_VARIANTS) expect(existsSync(join(DIST, variant.file)), variant.file).toBe(false);
    for (const path of pages) expect(readBuilt(path), path).not.toMatch(/\.pdf"|__PDF_SIZE_/);
  });
});

/** Every external link, in print, either shows its address (with or without https://) as its text or prints it after the link. */
async function unprintedAddresses(page: Page): Promise<string[]> {
  return page.locator('main a[href^="https://"]').evaluateAll((links) =>
    links
      .filter((link) => link.getClientRects().length > 0)
      .filter((link) => {
        const href = link.getAttribute('href')!;
        const after = getComputedStyle(link, '::after').content;
        const text = link.textContent?.trim() ?? '';
        return text !== href && `https://${text}` !== href && !after.includes(href);
      })
      .map((link) => link.getAttribute('href')!),
  );
}

for (const path of ['/en/what-is-banned/', '/de/quellen/', '/en/summary/', '/en/timeline/']) {
  test(`${path} prints without navigation, keeps its citations and prints link addresses`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('main')).toBeVisible();
    for (const chrome of ['header nav', 'header form[role="search"]', 'header a[hreflang]', 'a[href="#main"]']) {
      await expect(page.locator(chrome).first(), chrome).toBeHidden();
    }
    await expect(page.locator('.pdf-summary-link')).toBeHidden();
    expect(await unprintedAddresses(page)).toEqual([]);
    if ((await page.locator('sup.cite').count()) > 0) await expect(page.locator('sup.cite').first()).toBeVisible();
  });
}

test('a printed page keeps headings with what follows and list items and table rows whole', async ({ page }) => {
  await page.goto('/en/summary/');
  await page.emulateMedia({ media: 'print' });
  const style = (selector: string, property: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
  expect(await style('h2', 'break-after')).toBe('avoid');
  expect(await style('tr', 'break-inside')).toBe('avoid');
  expect(await style('li', 'break-inside')).toBe('avoid');
});

test('the printed timeline is its dated list of events', async ({ page }) => {
  await page.goto('/en/timeline/');
  await page.emulateMedia({ media: 'print' });
  const events = page.locator('.tl-list > li');
  expect(await events.count()).toBeGreaterThan(5);
  await expect(events.first().locator('time').first()).toBeVisible();
  expect(await events.first().evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
});
