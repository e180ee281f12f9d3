/**
 * The "Am I affected?" checker: journeys with and without JavaScript, back and change, focus, dates, printing.
 * Both accessibility engines (light, desktop width) and sideways scrolling are checked on every checker page, and
 * axe in dark at 360 px on a sample of each kind, by every-page.spec.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { JOURNEYS, PUBLISHED_ANSWERS, type Journey } from '../unit/checkerJourneys';
import { builtElements } from './builtFiles';

type Locale = 'en' | 'de';
type Text = Record<Locale, string>;
interface RawTree {
  start: string;
  questions: { id: string; options: { id: string; label: Text; next: string }[] }[];
  outcomes: { id: string; verdict: Text }[];
}
const tree = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content/checker/tree.yaml'), 'utf8')) as RawTree;

/** The labels a reader clicks for the journey's answers, read from the tree the pages are built from. */
function labelsOf(journey: Journey, locale: Locale): string[] {
  let node = tree.start;
  return journey.answers.map((answer) => {
    const option = tree.questions.find(({ id }) => id === node)?.options.find(({ id }) => id === answer);
    if (!option) throw new Error(`${journey.who}: no answer "${answer}" at "${node}"`);
    node = option.next;
    return option.label[locale];
  });
}

const verdictOf = (journey: Journey, locale: Locale) =>
  tree.outcomes.find(({ id }) => id === journey.outcome)!.verdict[locale];
const pathOf = (journey: Journey) => `${journey.answers.join('/')}/`;

async function answer(page: Page, label: string) {
  await page.getByRole('link', { name: label, exact: true }).click();
}

/** What every journey's result must show, with or without JavaScript. */
async function expectResult(page: Page, journey: Journey, locale: Locale) {
  await expect(page).toHaveURL(new RegExp(`/${locale}/check/${pathOf(journey)}$`));
  await expect(page.locator('h1')).toHaveText(verdictOf(journey, locale));
  const main = page.getByRole('main');
  for (const phrase of journey.says[locale]) await expect(main).toContainText(phrase);
  for (const phrase of journey.never?.[locale] ?? []) await expect(main).not.toContainText(phrase);
}

/** An answer card's label, without its chevron and the "previous answer" note that only shows after "Change". */
function answerText(link: Element): string {
  const clone = link.cloneNode(true) as Element;
  clone.querySelectorAll('.previous-answer, [aria-hidden="true"]').forEach((element) => element.remove());
  return clone.textContent ?? '';
}

/** White space as a reader sees it: the build puts no-break spaces inside dates and before dashes. */
const normalized = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The <main> of a served page, as a browser without JavaScript gets it. */
async function servedMain(request: APIRequestContext, path: string): Promise<Element> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const main = parseHTML(await response.text()).document.querySelector('main');
  expect(main, `${path}: a <main>`).not.toBeNull();
  return main as unknown as Element;
}

/** Set on the window before a journey: it survives only if no page load happens in between. */
const markWindow = (page: Page) =>
  page.evaluate(() => ((window as unknown as { checkerMark: number }).checkerMark = 1));
const windowIsMarked = (page: Page) =>
  page.evaluate(() => (window as unknown as { checkerMark?: number }).checkerMark === 1);

/**
 * The journeys a browser walks with JavaScript in each language. The script swaps in the next step's served page
 * (checkerIsland.ts), whose German text the journeys without JavaScript below read for every journey; in German
 * the browser walks the first journey of each first answer, which still covers every step count and branch root,
 * instead of all of them again (issue 25: they were a tenth of the browser suite's time).
 */
const journeysWithScript = (locale: Locale): Journey[] =>
  locale === 'en'
    ? JOURNEYS
    : JOURNEYS.filter(
        (journey, index) => JOURNEYS.findIndex(({ answers }) => answers[0] === journey.answers[0]) === index,
      );

for (const locale of ['en', 'de'] as const) {
  test.describe(`${locale}, with JavaScript`, () => {
    for (const journey of journeysWithScript(locale)) {
      test(`${journey.who} reaches the right result without a page load, focus on each new heading`, async ({
        page,
      }) => {
        await page.goto(`/${locale}/check/`);
        await markWindow(page);
        for (const label of labelsOf(journey, locale)) {
          await answer(page, label);
          await expect(page.locator('h1')).toBeFocused();
        }
        await expectResult(page, journey, locale);
        await expect(page.locator('[data-checker-status]')).toHaveText(verdictOf(journey, locale));
        expect(await windowIsMarked(page)).toBe(true);
        await expect(page).toHaveTitle(
          locale === 'en' ? /^Am I affected\? – Your result/ : /^Bin ich betroffen\? – Ihr Ergebnis/,
        );
      });
    }

    test('a shared result address restores the result, with the answers and their change links', async ({ page }) => {
      const journey = JOURNEYS.find(({ answers }) => answers.join('/') === 'germany/antivirus/yes')!;
      await page.goto(`/${locale}/check/${pathOf(journey)}`);
      await expectResult(page, journey, locale);
      await expect(page.locator('dl dd').filter({ hasText: labelsOf(journey, locale)[1]! })).toBeVisible();
      await expect(page.locator('dl a[data-checker-link]')).toHaveCount(3);
    });
  });

  test.describe(`${locale}, without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    /**
     * Without JavaScript an answer is a plain link, and following it is loading its address: the journeys read
     * the served pages instead of rendering each one, as the other way round the every-page gates render every
     * checker page with JavaScript off. One journey per language still clicks through in the browser.
     */
    for (const journey of JOURNEYS) {
      test(`${journey.who} reaches the right result through plain links`, async ({ request }) => {
        let path = `/${locale}/check/`;
        for (const label of labelsOf(journey, locale)) {
          const main = await servedMain(request, path);
          const link = [...main.querySelectorAll('a')].find((a) => normalized(answerText(a)) === normalized(label));
          expect(link, `${path}: a link "${label}"`).toBeDefined();
          path = link!.getAttribute('href')!;
        }
        expect(path).toBe(`/${locale}/check/${pathOf(journey)}`);
        const main = await servedMain(request, path);
        expect(normalized(main.querySelector('h1')?.textContent)).toBe(normalized(verdictOf(journey, locale)));
        for (const phrase of journey.says[locale]) expect(normalized(main.textContent)).toContain(normalized(phrase));
        for (const phrase of journey.never?.[locale] ?? [])
          expect(normalized(main.textContent)).not.toContain(normalized(phrase));
      });
    }

    test('a reader clicks through a journey in the browser', async ({ page }) => {
      const journey = JOURNEYS.find(({ answers }) => answers.join('/') === 'germany/antivirus/not-sure')!;
      await page.goto(`/${locale}/check/`);
      for (const label of labelsOf(journey, locale)) await answer(page, label);
      await expectResult(page, journey, locale);
    });

    test('the US-person question explains the term in plain words, folds the definition and links its source', async ({
      page,
    }) => {
      await page.goto(`/${locale}/check/germany/antivirus/`);
      await expect(page.locator('h1')).toHaveText(
        locale === 'en'
          ? 'Are you, or is your organisation, a US person?'
          : 'Sind Sie oder ist Ihre Organisation eine US-Person?',
      );
      const main = page.getByRole('main');
      await expect(main).toContainText(locale === 'en' ? 'US residents' : 'Einwohner der USA');
      const definition = main.locator('details.checker-definition');
      await expect(
        definition.getByText(locale === 'en' ? 'the texts we read do not say' : 'sagen die gelesenen Texte nicht'),
      ).toBeHidden();
      await definition.locator('summary').click();
      await expect(
        definition.getByText(locale === 'en' ? 'the texts we read do not say' : 'sagen die gelesenen Texte nicht'),
      ).toBeVisible();
      await expect(main.getByRole('link', { name: /Conventus/ }).first()).toHaveAttribute(
        'href',
        new RegExp(`/${locale}/.+#source-conventus-kaspersky$`),
      );
    });
  });
}

test('every checker address published before still opens a page, in both languages, and a retired one says where it moved', async ({
  request,
}) => {
  for (const locale of ['en', 'de']) {
    for (const answers of PUBLISHED_ANSWERS) {
      const path = `/${locale}/check/${answers.map((answer) => `${answer}/`).join('')}`;
      expect((await request.get(path)).status(), path).toBe(200);
    }
  }
  const main = await servedMain(request, '/en/check/germany/seller/yes/');
  expect(normalized(main.querySelector('h1')?.textContent)).toBe('This question has changed');
  expect(main.querySelector('a[data-moved-to]')?.getAttribute('href')).toBe('/en/check/germany/seller/');
});

test('the static pages reach every result in both languages', async ({ request }) => {
  for (const locale of ['en', 'de']) {
    const seen = new Set<string>();
    const results = new Set<string>();
    const queue = [`/${locale}/check/`];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      const options = builtElements(html)
        .filter((element) => element.name === 'a' && element.attribs.id?.startsWith('answer-'))
        .map((answerLink) => answerLink.attribs.href!);
      if (options.length === 0) results.add(path);
      queue.push(...options);
    }
    expect(results.size, `${locale} results`).toBe(88);
    expect(seen.size, `${locale} pages`).toBe(115);
  }
});

test.describe('moving around', () => {
  test('the back link and the browser’s back and forward buttons step through the answers', async ({ page }) => {
    await page.goto('/en/check/');
    await answer(page, 'United States');
    await answer(page, 'A business or other organisation');
    await expect(page.locator('h1')).toHaveText('Which Kaspersky products does your organisation use?');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/check\/us\/$/);
    await expect(page.locator('h1')).toHaveText('Which of these describes you best?');
    await expect(page.locator('h1')).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/check\/us\/business\/$/);
    await expect(page.locator('h1')).toHaveText('Which Kaspersky products does your organisation use?');
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/check\/$/);
    await expect(page.locator('h1')).toHaveText('Where are you or your organisation based?');
    await page.goForward();
    await expect(page.locator('h1')).toHaveText('Which of these describes you best?');
  });

  test('a change link returns to that question with the earlier answers kept and the previous answer marked', async ({
    page,
  }) => {
    await page.goto('/en/check/us/household/antivirus/');
    await page.getByRole('link', { name: /^Change\s+your answer to “Which of these describes you best\?”$/ }).click();
    await expect(page).toHaveURL(/\/en\/check\/us\/$/);
    await expect(page.locator('h1')).toBeFocused();
    await expect(page.locator('#answer-household .previous-answer')).toBeVisible();
    await expect(page.locator('#answer-household .previous-answer')).toHaveText('(your previous answer)');
    await expect(page.locator('#answer-business .previous-answer')).toBeHidden();
    await answer(page, 'A managed service provider, reseller or integrator');
    await answer(page, 'Only Kaspersky threat intelligence or security training');
    await expect(page.locator('h1')).toHaveText('Exempt offerings stayed allowed, but Kaspersky announced its US exit');
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page).toHaveURL(/\/en\/check\/$/);
  });

  test('the change link works without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/check/germany/antivirus/no/');
    await page.getByRole('link', { name: /^Ändern\s+\(Ihre Antwort auf „Was tun Sie mit Kaspersky\?“\)$/ }).click();
    await expect(page).toHaveURL(/\/de\/check\/germany\/#answer-antivirus$/);
    // Without a script, the address's fragment marks the previous answer (CSS :target).
    await expect(page.locator('#answer-antivirus .previous-answer')).toBeVisible();
    await expect(page.locator('#answer-white-label .previous-answer')).toBeHidden();
    await page.getByRole('link', { name: 'Zurück', exact: true }).click();
    await expect(page).toHaveURL(/\/de\/check\/$/);
    await context.close();
  });

  test('going back from a footnote jump keeps the result as it was', async ({ page }) => {
    await page.goto('/en/check/');
    await answer(page, 'Elsewhere');
    await answer(page, 'I use Kaspersky security software, such as antivirus, endpoint protection or VPN');
    await answer(page, 'No');
    await expect(page).toHaveURL(/\/en\/check\/elsewhere\/antivirus\/no\/$/);
    await page.locator('sup.cite a').first().click();
    await expect(page).toHaveURL(/\/en\/check\/elsewhere\/antivirus\/no\/#note-1$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/check\/elsewhere\/antivirus\/no\/$/);
    await expect(page.locator('h1')).toHaveText(/does not reach your use of Kaspersky/);
  });

  test('the keyboard alone answers a question', async ({ page }) => {
    await page.goto('/en/check/');
    const usOption = page.getByRole('link', { name: 'Elsewhere in the EU', exact: true });
    for (
      let presses = 0;
      presses < 40 && !(await usOption.evaluate((el) => el === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(usOption).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText('What do you do with Kaspersky?');
    await expect(page.locator('h1')).toBeFocused();
  });

  test('the language switch keeps the reader’s answers after a move', async ({ page }) => {
    await page.goto('/en/check/');
    await answer(page, 'Germany');
    // The step (and with it the switch's address) is swapped in before the address changes.
    await expect(page).toHaveURL(/\/en\/check\/germany\/$/);
    await page.getByRole('link', { name: 'Diese Seite auf Deutsch' }).click();
    await expect(page).toHaveURL(/\/de\/check\/germany\/$/);
  });
});

test.describe('dates and printing', { tag: '@dates' }, () => {
  test('"since" is counted from the reader’s date', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-01-08T12:00:00Z'));
    await page.goto('/en/check/us/household/antivirus/');
    await expect(page.locator('[data-since="2024-09-29"]').first()).toHaveText('3 months ago');
    await expect(page.getByText('Since 29 September 2024').first()).toBeVisible();
    await expect(page.getByText('Since 19 September 2024')).toBeVisible();
  });

  test.describe('for a reader east of UTC', () => {
    test.use({ timezoneId: 'Pacific/Kiritimati' });

    test('"since" and "read on" count from the reader’s own calendar day, a day ahead of UTC’s', async ({ page }) => {
      // 12:00 UTC on 28 September 2026 is 02:00 on 29 September on Kiritimati (UTC+14): two years to the day
      // after 29 September 2024 there, 23 months in UTC.
      await page.clock.setFixedTime(new Date('2026-09-28T12:00:00Z'));
      await page.goto('/en/check/us/household/antivirus/');
      await expect(page.locator('[data-since="2024-09-29"]').first()).toHaveText('2 years ago');
      await expect(page.locator('[data-read-on]')).toHaveText('Read on 29 September 2026.');
    });
  });

  test('a print button appears with JavaScript, and the print layout drops the controls', async ({ page }) => {
    await page.goto('/en/check/us/federal/agency/');
    await expect(page.getByRole('button', { name: 'Print this result' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('link', { name: 'Back', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this result' })).toBeHidden();
    await expect(page.getByText('Address of this result:')).toBeVisible();
    await expect(page.getByText(/^Read on \d+ \w+ \d{4}\.$/)).toBeVisible();
    // Paper gets each source's own address and no "2 years ago".
    await expect(
      page.locator('.citation-list').getByText('https://www.acquisition.gov/far/4.2002').first(),
    ).toBeVisible();
    await expect(page.locator('[data-since]').first()).toBeHidden();
  });

  test('the copy button puts the result’s address on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/de/check/us/vendor/');
    await page.getByRole('button', { name: 'Link zu diesem Ergebnis kopieren' }).click();
    await expect(page.getByRole('button', { name: 'Link kopiert.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/de\/check\/us\/vendor\/$/);
  });

  test('without JavaScript there is no print button that would do nothing', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/check/us/federal/agency/');
    await expect(page.getByRole('button', { name: 'Print this result' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy the link to this result' })).toBeHidden();
    await context.close();
  });
});

test('the overview draws every question, result and added section, and every answer’s link lands on one', async ({
  page,
}) => {
  await page.goto('/en/check/how-it-decides/');
  await expect(page.locator('.tree-outcome > p:first-child a')).toHaveCount(tree.outcomes.length);
  await expect(page.locator('section.tree-node h3')).toHaveCount(tree.questions.length);
  await expect(page.getByText('adds the section “In Germany” to the result')).toBeVisible();
  for (const href of await page
    .locator('.tree-level a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
    await expect(page.locator(href), href).toHaveCount(1);
  }
  await page.locator(`#node-${JOURNEYS[0]!.outcome} > p:first-child a`).click();
  await expect(page.locator('h1')).toHaveText(verdictOf(JOURNEYS[0]!, 'en'));
  await page.goto('/de/check/so-entscheidet-er/');
  await expect(page.locator('h1')).toHaveText('So entscheidet der Check');
});
