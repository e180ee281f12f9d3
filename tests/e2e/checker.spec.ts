/**
 * The "Am I affected?" checker: journeys with and without JavaScript, back and change, focus, dates, printing.
 * Axe (light at desktop width, dark at 360 px) and sideways scrolling are checked on every checker page by
 * every-page.spec.
 */
import { expect, test, type Page } from '@playwright/test';

interface Journey {
  who: string;
  answers: Record<'en' | 'de', string[]>;
  path: string;
  verdict: Record<'en' | 'de', RegExp>;
}

const JOURNEYS: Journey[] = [
  {
    who: 'US household with antivirus',
    answers: { en: ['United States', 'An individual or household', 'Antivirus or endpoint protection'], de: ['Vereinigte Staaten', 'Privatperson oder Haushalt', 'Virenschutz oder Endpoint-Schutz'] },
    path: 'us/household/antivirus/',
    verdict: { en: /without a legal penalty.*no updates in the US since 29\sSeptember\s2024/, de: /straflos weiter nutzen.*seit dem 29\.\sSeptember\s2024 keine Updates/ },
  },
  {
    who: 'US business using threat intelligence',
    answers: { en: ['United States', 'A business or other organisation', 'Threat-intelligence products or services'], de: ['Vereinigte Staaten', 'Unternehmen oder andere Organisation', 'Threat-Intelligence-Produkte oder -Dienste'] },
    path: 'us/business/threat-intelligence/',
    verdict: { en: /exempt from the US ban/, de: /vom US-Verbot ausgenommen/ },
  },
  {
    who: 'US MSP reselling antivirus',
    answers: { en: ['United States', 'A managed service provider, reseller or integrator', 'Antivirus or endpoint protection'], de: ['Vereinigte Staaten', 'Managed Service Provider, Händler oder Integrator', 'Virenschutz oder Endpoint-Schutz'] },
    path: 'us/msp/antivirus/',
    verdict: { en: /Reselling, integrating or licensing.*banned since 29\sSeptember\s2024/, de: /Wiederverkauf, Integration und Lizenzierung.*seit dem 29\.\sSeptember\s2024 verboten/ },
  },
  {
    who: 'US federal agency',
    answers: { en: ['United States', 'A US federal agency or federal contractor'], de: ['Vereinigte Staaten', 'US-Bundesbehörde oder Auftragnehmer des Bundes'] },
    path: 'us/federal/',
    verdict: { en: /barred from Kaspersky products since 2017/, de: /schon seit 2017 tabu/ },
  },
  {
    who: 'German company with antivirus',
    answers: { en: ['Germany', 'Antivirus or endpoint protection'], de: ['Deutschland', 'Virenschutz oder Endpoint-Schutz'] },
    path: 'germany/antivirus/',
    verdict: { en: /US rules do not apply in Germany, but the BSI warns/, de: /US-Regeln gelten in Deutschland nicht, aber das BSI warnt/ },
  },
  {
    who: 'someone outside the US and the EU',
    answers: { en: ['Elsewhere'], de: ['Anderswo'] },
    path: 'elsewhere/',
    verdict: { en: /does not apply directly outside the United States/, de: /Außerhalb der USA gilt das US-Verbot nicht unmittelbar/ },
  },
];

async function answer(page: Page, label: string) {
  await page.getByRole('link', { name: label, exact: true }).click();
}

/** Set on the window before a journey: it survives only if no page load happens in between. */
const markWindow = (page: Page) => page.evaluate(() => ((window as unknown as { checkerMark: number }).checkerMark = 1));
const windowIsMarked = (page: Page) => page.evaluate(() => (window as unknown as { checkerMark?: number }).checkerMark === 1);

for (const locale of ['en', 'de'] as const) {
  test.describe(`${locale}, with JavaScript`, () => {
    for (const journey of JOURNEYS) {
      test(`${journey.who} reaches the right result without a page load, focus on each new heading`, async ({ page }) => {
        await page.goto(`/${locale}/check/`);
        await markWindow(page);
        for (const label of journey.answers[locale]) {
          await answer(page, label);
          await expect(page.locator('h1')).toBeFocused();
        }
        await expect(page).toHaveURL(new RegExp(`/${locale}/check/${journey.path}$`));
        await expect(page.locator('h1')).toHaveText(journey.verdict[locale]);
        await expect(page.locator('[data-checker-status]')).toHaveText(journey.verdict[locale]);
        expect(await windowIsMarked(page)).toBe(true);
        await expect(page).toHaveTitle(locale === 'en' ? /^Am I affected\? – Your result/ : /^Bin ich betroffen\? – Ihr Ergebnis/);
      });
    }

    test('a shared result address restores the result, with the answers and their change links', async ({ page }) => {
      await page.goto(`/${locale}/check/us/household/antivirus/`);
      await expect(page.locator('h1')).toHaveText(JOURNEYS[0]!.verdict[locale]);
      await expect(page.locator('dl dd').filter({ hasText: JOURNEYS[0]!.answers[locale][1]! })).toBeVisible();
      await expect(page.locator('dl a[data-checker-link]')).toHaveCount(3);
    });
  });

  test.describe(`${locale}, without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    for (const journey of JOURNEYS) {
      test(`${journey.who} reaches the right result through plain links`, async ({ page }) => {
        await page.goto(`/${locale}/check/`);
        for (const label of journey.answers[locale]) await answer(page, label);
        await expect(page).toHaveURL(new RegExp(`/${locale}/check/${journey.path}$`));
        await expect(page.locator('h1')).toHaveText(journey.verdict[locale]);
      });
    }
  });
}

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
      const options = [...html.matchAll(/<a href="([^"]+)" data-checker-link class="checker-option/g)].map((m) => m[1]!);
      if (options.length === 0) results.add(path);
      queue.push(...options);
    }
    expect(results.size, `${locale} results`).toBe(20);
    expect(seen.size, `${locale} pages`).toBe(26);
  }
});

test.describe('moving around', () => {
  test('the back link and the browser’s back and forward buttons step through the answers', async ({ page }) => {
    await page.goto('/en/check/');
    await answer(page, 'United States');
    await answer(page, 'A business or other organisation');
    await expect(page.locator('h1')).toHaveText('Which Kaspersky products do you use?');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/check\/us\/$/);
    await expect(page.locator('h1')).toHaveText('Which of these describes you best?');
    await expect(page.locator('h1')).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/check\/us\/business\/$/);
    await expect(page.locator('h1')).toHaveText('Which Kaspersky products do you use?');
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/check\/$/);
    await expect(page.locator('h1')).toHaveText('Where are you or your organisation based?');
    await page.goForward();
    await expect(page.locator('h1')).toHaveText('Which of these describes you best?');
  });

  test('a change link returns to that question with the earlier answers kept', async ({ page }) => {
    await page.goto('/en/check/us/household/antivirus/');
    await page.getByRole('link', { name: /^Change\s+your answer to “Which of these describes you best\?”$/ }).click();
    await expect(page).toHaveURL(/\/en\/check\/us\/$/);
    await expect(page.locator('h1')).toBeFocused();
    await answer(page, 'A managed service provider, reseller or integrator');
    await answer(page, 'Security training');
    await expect(page.locator('h1')).toHaveText(/exempt from the US ban, also for resellers/);
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page).toHaveURL(/\/en\/check\/$/);
  });

  test('the change link works without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/de/check/germany/antivirus/');
    await page.getByRole('link', { name: /^Ändern\s+\(Ihre Antwort auf „Welche Kaspersky-Produkte nutzen Sie\?“\)$/ }).click();
    await expect(page).toHaveURL(/\/de\/check\/germany\/$/);
    await page.getByRole('link', { name: 'Zurück', exact: true }).click();
    await expect(page).toHaveURL(/\/de\/check\/$/);
    await context.close();
  });

  test('going back from a footnote jump keeps the result as it was', async ({ page }) => {
    await page.goto('/en/check/');
    await answer(page, 'Elsewhere');
    await expect(page).toHaveURL(/\/en\/check\/elsewhere\/$/);
    await page.locator('sup.cite a').first().click();
    await expect(page).toHaveURL(/\/en\/check\/elsewhere\/#note-1$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/check\/elsewhere\/$/);
    await expect(page.locator('h1')).toHaveText(/does not apply directly outside the United States/);
  });

  test('the keyboard alone walks to a result', async ({ page }) => {
    await page.goto('/en/check/');
    const usOption = page.getByRole('link', { name: 'Elsewhere in the EU', exact: true });
    for (let presses = 0; presses < 40 && !(await usOption.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(usOption).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(/does not apply directly in the rest of the EU/);
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

test.describe('dates and printing', () => {
  test('"since" is counted from the reader’s date', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-01-08T12:00:00Z'));
    await page.goto('/en/check/us/household/antivirus/');
    await expect(page.locator('[data-since="2024-09-29"]').first()).toHaveText('3 months ago');
    await expect(page.getByText('Since 29 September 2024').first()).toBeVisible();
    await expect(page.getByText('Since September 2024')).toBeVisible();
  });

  test('a print button appears with JavaScript, and the print layout drops the controls', async ({ page }) => {
    await page.goto('/en/check/us/federal/');
    await expect(page.getByRole('button', { name: 'Print this result' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('link', { name: 'Back', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this result' })).toBeHidden();
    await expect(page.getByText('Address of this result:')).toBeVisible();
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
    await page.goto('/en/check/us/federal/');
    await expect(page.getByRole('button', { name: 'Print this result' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy the link to this result' })).toBeHidden();
    await context.close();
  });
});

test('the overview draws every result with a link to it', async ({ page }) => {
  await page.goto('/en/check/how-it-decides/');
  const resultLinks = page.locator('.tree-outcome > p:first-child a');
  await expect(resultLinks).toHaveCount(20);
  await page.goto('/de/check/so-entscheidet-er/');
  await expect(page.locator('h1')).toHaveText('So entscheidet der Check');
});
