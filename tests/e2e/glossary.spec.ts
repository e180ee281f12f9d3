/**
 * The glossary: a page per language, and the first use of each term on the other pages marked as a link to its
 * entry. The marks are checked in the built files (every page, quickly), the reading in a browser.
 */
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { builtPagePaths, localeOf } from './builtPages';
import { readBuilt } from './builtFiles';
import { generatedPath } from '../../src/lib/routes';

const GLOSSARY = { en: generatedPath('en', 'glossary'), de: generatedPath('de', 'glossary') } as const;
const EXPLAINER = { en: '/en/what-is-banned/', de: '/de/was-ist-verboten/' } as const;
const pages = builtPagePaths();

function entryIds(locale: 'en' | 'de'): Set<string> {
  const { document } = parseHTML(readBuilt(GLOSSARY[locale]));
  return new Set([...document.querySelectorAll('dl.glossary dt[id]')].map((dt) => dt.id));
}

test('the glossary exists in both languages, alphabetical, with the same entries, linked from every footer and the sitemap', () => {
  const en = entryIds('en');
  const de = entryIds('de');
  expect(en.size).toBeGreaterThanOrEqual(10);
  expect([...de].sort()).toEqual([...en].sort());
  for (const locale of ['en', 'de'] as const) {
    const { document } = parseHTML(readBuilt(GLOSSARY[locale]));
    const terms = [...document.querySelectorAll('dl.glossary dt dfn')].map((dfn) => dfn.textContent!.trim());
    expect(terms).toEqual([...terms].sort(new Intl.Collator(locale, { sensitivity: 'base' }).compare));
    // Each definition carries at least one footnote mark that leads to a note of the page.
    for (const dd of document.querySelectorAll('dl.glossary dd')) {
      const marks = [...dd.querySelectorAll('sup.cite a')].map((a) => a.getAttribute('href')!);
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(document.getElementById(mark.slice(1)), mark).not.toBeNull();
    }
    expect(document.querySelector('[data-sources-up-to]')).not.toBeNull();
    expect(document.querySelector('[data-pagefind-body] dl.glossary')).not.toBeNull();
  }
  for (const path of pages.filter((candidate) => localeOf(candidate))) {
    const locale = localeOf(path)!;
    if (path.includes('/embed/')) continue;
    expect(readBuilt(path), path).toContain(`<a href="${GLOSSARY[locale]}">`);
  }
  const sitemap = readBuilt('/sitemap-0.xml');
  expect(sitemap).toContain(`${GLOSSARY.en}</loc>`);
  expect(sitemap).toContain(`${GLOSSARY.de}</loc>`);
});

test('every marked term on every page resolves to an entry of the same language, once per entry, never in headings or links', () => {
  const ids = { en: entryIds('en'), de: entryIds('de') };
  const problems: string[] = [];
  let markedPages = 0;
  let marks = 0;
  for (const path of pages) {
    const { document } = parseHTML(readBuilt(path));
    const terms = [...document.querySelectorAll('a.term')];
    if (terms.length === 0) continue;
    markedPages++;
    marks += terms.length;
    const locale = localeOf(path);
    const seen = new Set<string>();
    for (const term of terms) {
      const [target, id = ''] = term.getAttribute('href')!.split('#');
      if (!locale || target !== GLOSSARY[locale] || !ids[locale].has(id))
        problems.push(`${path}: ${term.outerHTML} leads nowhere`);
      if (seen.has(id)) problems.push(`${path}: "${id}" is marked twice`);
      seen.add(id);
      if (term.parentElement?.closest('h1, h2, h3, h4, h5, h6, a, nav, header, footer, code, pre, sup, blockquote')) {
        problems.push(
          `${path}: ${term.outerHTML} is marked inside ${term.parentElement.closest('h1, h2, h3, h4, h5, h6, a, nav, header, footer, code, pre, sup, blockquote')!.tagName}`,
        );
      }
      if (!term.closest('main')) problems.push(`${path}: ${term.outerHTML} is outside <main>`);
    }
  }
  expect(problems).toEqual([]);
  for (const path of [...Object.values(GLOSSARY), '/en/embed/timeline/', '/de/embed/timeline/']) {
    expect(readBuilt(path), path).not.toContain('class="term"');
  }
  expect(markedPages).toBeGreaterThanOrEqual(20);
  expect(marks).toBeGreaterThanOrEqual(100);
});

for (const locale of ['en', 'de'] as const) {
  test(`${locale}: a marked term on an explainer page is reached by keyboard and leads to its definition`, async ({
    page,
  }) => {
    await page.goto(EXPLAINER[locale]);
    const first = page.locator('main a.term').first();
    const href = (await first.getAttribute('href'))!;
    let focused = false;
    for (let presses = 0; presses < 120 && !focused; presses++) {
      await page.keyboard.press('Tab');
      focused = await first.evaluate((element) => element === document.activeElement);
    }
    expect(focused).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
    const entry = page.locator(`[id="${href.split('#')[1]}"]`);
    await expect(entry).toBeInViewport();
    await expect(entry.locator('dfn')).toBeVisible();
    // The language switch leads to the same entry of the other glossary (the ids are shared).
    const other = locale === 'en' ? 'de' : 'en';
    await expect(page.locator(`header a[hreflang="${other}"]`)).toHaveAttribute(
      'href',
      `${GLOSSARY[other]}#${href.split('#')[1]}`,
    );
  });
}

test('without JavaScript a marked term still leads to its definition', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(EXPLAINER.de);
  const first = page.locator('main a.term').first();
  const id = (await first.getAttribute('href'))!.split('#')[1]!;
  await first.click();
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await context.close();
});
