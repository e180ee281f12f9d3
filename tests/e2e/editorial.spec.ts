/** Where the sources disagree, and the corrections log: both pages, the notes on the pages they concern, the footer, the feeds. */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths, localeOf } from './builtPages';
import { builtElements, linkIs, readBuilt } from './builtFiles';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const idsIn = (folder: string) =>
  readdirSync(join(CONTENT, folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));
const disagreementIds = idsIn('disagreements');
const correctionIds = idsIn('corrections');

const PAGES = {
  en: {
    disagreements: '/en/disagreements/',
    corrections: '/en/corrections/',
    h1: ['Where the sources disagree', 'Corrections and updates'],
  },
  de: {
    disagreements: '/de/widersprueche/',
    corrections: '/de/korrekturen/',
    h1: ['Wo sich die Quellen widersprechen', 'Korrekturen und Aktualisierungen'],
  },
} as const;

for (const locale of ['en', 'de'] as const) {
  const { disagreements, corrections, h1 } = PAGES[locale];

  test(`${disagreements} lists every disagreement with the sources' words, the reading followed and the pages it concerns`, async ({
    page,
  }) => {
    await page.goto(disagreements);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1[0]);
    for (const id of disagreementIds) {
      const entry = page.locator(`article#${id}`);
      await expect(entry.getByRole('heading', { level: 2 })).toBeVisible();
      expect(await entry.locator('blockquote').count(), `${id}: verbatim quotes`).toBeGreaterThan(0);
      expect(await entry.getByRole('heading', { level: 3 }).count(), `${id}: sources, reading`).toBeGreaterThanOrEqual(
        2,
      );
      expect(
        await entry.locator(`a[href^="/${locale}/"]`).count(),
        `${id}: links to the pages it concerns`,
      ).toBeGreaterThan(0);
    }
  });

  test(`${corrections} lists every correction newest first, each with what was wrong and what is right`, async ({
    page,
  }) => {
    await page.goto(corrections);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1[1]);
    const entries = page.locator('article[id]');
    await expect(entries).toHaveCount(correctionIds.length);
    const dates = await entries
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const id of correctionIds) {
      expect(await page.locator(`article#${id} h3`).count(), `${id}: wrong and right`).toBeGreaterThanOrEqual(2);
    }
  });

  test(`the footer leads to both pages (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: h1[0] }).click();
    await expect(page).toHaveURL(new RegExp(`${disagreements}$`));
    await page.getByRole('contentinfo').getByRole('link', { name: h1[1] }).click();
    await expect(page).toHaveURL(new RegExp(`${corrections}$`));
  });
}

test('the language switch pairs the two pages of each language', async ({ page }) => {
  await page.goto('/en/disagreements/');
  await page.getByRole('link', { name: 'Diese Seite auf Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/widersprueche\/$/);
  await page.goto('/de/korrekturen/');
  await page.getByRole('link', { name: 'This page in English' }).click();
  await expect(page).toHaveURL(/\/en\/corrections\/$/);
});

test('the sources page leads to the disagreements', async ({ page }) => {
  await page.goto('/de/quellen/');
  await page
    .getByRole('region', { name: 'Wie wir geprüft haben' })
    .getByRole('link', { name: 'Wo sich die Quellen widersprechen' })
    .click();
  await expect(page).toHaveURL(/\/de\/widersprueche\/$/);
});

for (const [path, heading, disagreements, corrections] of [
  ['/en/sources/', 'How we checked', '/en/disagreements/', '/en/corrections/'],
  ['/de/quellen/', 'Wie wir geprüft haben', '/de/widersprueche/', '/de/korrekturen/'],
] as const) {
  test(`${path} tells readers how the site checked, and shows no editors' working notes`, async ({ page }) => {
    await page.goto(path);
    const method = page.getByRole('region', { name: heading });
    await expect(method.locator(`a[href="${disagreements}"]`)).toHaveCount(1);
    await expect(method.locator(`a[href="${corrections}"]`)).toHaveCount(1);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const note of [
      /search tool|Suchwerkzeug/i,
      /checker\.md|primary-sources\.md/,
      /research notes|Recherchenotizen/i,
      /was not opened|nicht aufgerufen/i,
      /taken from the address|stammt aus der Adresse/i,
    ]) {
      expect(text, String(note)).not.toMatch(note);
    }
  });
}

test('a source only the timeline and the checker cite in one language is listed as cited there (m5)', async ({
  page,
}) => {
  await page.goto('/en/sources/');
  const entry = page.locator('#source-heise-de');
  await expect(entry.locator('a[href="/en/timeline/"]')).toHaveCount(1);
  await expect(entry.locator('a[href="/en/check/"]')).toHaveCount(1);
  await expect(entry).not.toContainText('Not cited on any page yet');
  await page.goto('/de/quellen/');
  await expect(page.locator('#source-heise-en a[href="/de/timeline/"]')).toHaveCount(1);
});

/** The corrections that name a page key, read from content/ as the build reads them. */
const correctionsOf = (key: string) =>
  idsIn('corrections')
    .map((id) => readFileSync(join(CONTENT, 'corrections', `${id}.yaml`), 'utf8'))
    .filter((yaml) => new RegExp(`^pages: \\[([^\\]]*\\b)?${key}\\b`, 'm').test(yaml))
    .map((yaml) => /^date: "([\d-]+)"/m.exec(yaml)![1]!);

test('a page shows its corrections as one folded line dated by the newest, whose entries lead to the log', async ({
  page,
}) => {
  const dates = correctionsOf('what-is-banned').sort();
  expect(dates.length).toBeGreaterThan(0);
  await page.goto('/en/what-is-banned/');
  const notes = page.getByRole('region', { name: 'Corrections and updates to this page' });
  const line = notes.locator('summary');
  await expect(line).toHaveText(
    new RegExp(`^Updated\\s\\d{1,2}\\s\\w+\\s\\d{4} · what changed \\(${dates.length}\\)$`),
  );
  await expect(line.locator('time')).toHaveAttribute('datetime', dates.at(-1)!);
  const link = notes.getByRole('link', { name: 'Licensing for resale or integration' });
  await expect(link).toBeHidden();
  await line.click();
  await link.click();
  await expect(page).toHaveURL(/\/en\/corrections\/#licensing-for-resale-or-integration$/);
  await expect(page.locator(':target')).toContainText('What is right');
});

test('on paper the folded notes print open, as plain text', async ({ page }) => {
  await page.goto('/de/was-ist-verboten/');
  await page.emulateMedia({ media: 'print' });
  const notes = page.getByRole('region', { name: 'Korrekturen und Aktualisierungen dieser Seite' });
  await expect(notes.getByRole('link').first()).toBeVisible();
});

test('a page built from data shows its notes too: the German timeline', async ({ page }) => {
  await page.goto('/de/timeline/');
  const notes = page.getByRole('region', { name: 'Korrekturen und Aktualisierungen dieser Seite' });
  await notes.locator('summary').click();
  await notes.getByRole('link', { name: 'Was der Eintrag in die Entity List bewirkte' }).click();
  await expect(page).toHaveURL(/\/de\/korrekturen\/#entity-list-wording$/);
});

test("the checker's questions show no notes, its results show them folded, also when reached without a page load", async ({
  page,
}) => {
  const corrections = page.getByRole('region', { name: 'Corrections and updates to this page' });
  await page.goto('/en/check/');
  await expect(page.locator('[data-page-notices]')).toBeEmpty();
  await page.goto('/en/check/elsewhere/antivirus/not-sure/');
  await expect(corrections.locator('summary')).toContainText('what changed');
  await expect(page.getByRole('region', { name: 'Sources disagree on this' }).locator('details')).not.toHaveAttribute(
    'open',
  );
  // With the island: answer the questions in place, then go back to a question.
  await page.goto('/en/check/');
  for (const path of [
    '/en/check/elsewhere/',
    '/en/check/elsewhere/antivirus/',
    '/en/check/elsewhere/antivirus/not-sure/',
  ]) {
    await page.locator(`a[data-checker-link][href="${path}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  }
  await expect(page).toHaveURL(/\/en\/check\/elsewhere\/antivirus\/not-sure\/$/);
  await expect(corrections).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/check\/elsewhere\/antivirus\/$/);
  await expect(corrections).toHaveCount(0);
});

test('"Sources disagree on this" leads to the disagreement', async ({ page }) => {
  await page.goto('/de/was-ist-verboten/');
  const box = page.getByRole('region', { name: 'Hier widersprechen sich die Quellen' });
  await box.getByRole('link', { name: 'Wann die zweite Stufe begann' }).click();
  await expect(page).toHaveURL(/\/de\/widersprueche\/#second-stage-date$/);
  await expect(page.locator(':target')).toContainText('Ende September oder Anfang Oktober');
});

for (const locale of ['en', 'de'] as const) {
  test(`the ${locale} feed is well-formed RSS with one item per correction, each linking to its entry`, async ({
    page,
    request,
  }) => {
    const response = await request.get(`/${locale}/corrections.xml`);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    await page.goto(`/${locale}/`);
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        language: doc.querySelector('channel > language')?.textContent,
        links: [...doc.querySelectorAll('item > link')].map(
          (link) => new URL(link.textContent!).pathname + new URL(link.textContent!).hash,
        ),
        dated: [...doc.querySelectorAll('item')].every(
          (item) => !Number.isNaN(Date.parse(item.querySelector('pubDate')?.textContent ?? '')),
        ),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.language).toBe(locale);
    expect(feed.dated).toBe(true);
    expect(feed.links.map((link) => link.split('#')[1]).sort()).toEqual([...correctionIds].sort());
    expect(new Set(feed.links.map((link) => link.split('#')[0]))).toEqual(new Set([PAGES[locale].corrections]));
  });
}

test("every page's head links to the corrections feed of its language", () => {
  // The embed is a widget for other sites' frames, not a page of this site: it has no head links of the site's.
  const sitePages = builtPagePaths().filter((path) => !path.includes('/embed/'));
  const missing = sitePages.filter((path) => {
    const feed = `/${localeOf(path) ?? 'en'}/corrections.xml`;
    return !builtElements(readBuilt(path)).some(
      (element) =>
        linkIs(element, 'alternate') &&
        element.attribs.type === 'application/rss+xml' &&
        Boolean(element.attribs.title) &&
        element.attribs.href === feed,
    );
  });
  expect(missing).toEqual([]);
});
