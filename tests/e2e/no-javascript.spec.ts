import { expect, test } from '@playwright/test';
import { builtPagePaths } from './builtPages';

test.use({ javaScriptEnabled: false });

for (const path of builtPagePaths()) {
  test(`${path} shows its whole content without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const text = await page.getByRole('main').innerText();
    expect(text.length).toBeGreaterThan(300);
  });
}
