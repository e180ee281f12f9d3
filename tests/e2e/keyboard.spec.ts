/** Keyboard only: from the top of the overview, Tab walks every interactive element in reading order, visibly. */
import { expect, test } from '@playwright/test';

// A disclosure's <summary> takes focus too (the folded "Updated … · what changed" line).
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [tabindex="0"]';

for (const path of ['/en/', '/de/']) {
  test(`Tab reaches every interactive element of ${path} in reading order, with a visible focus`, async ({ page }) => {
    await page.goto(path);
    // Number the elements in document order, which is the page's reading order. Only those shown count: the
    // overview's timeline chart is built twice (across and down the page) and CSS shows the one that fits.
    const total = await page
      .locator(INTERACTIVE)
      .filter({ visible: true })
      .evaluateAll((elements) => {
        elements.forEach((element, index) => element.setAttribute('data-kb-index', String(index)));
        return elements.length;
      });
    const order: number[] = [];
    for (let step = 0; step < total; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element?.dataset.kbIndex) return null;
        const style = getComputedStyle(element);
        return {
          index: Number(element.dataset.kbIndex),
          html: element.outerHTML.slice(0, 100),
          visibleFocus:
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
        };
      });
      if (!focused) break;
      expect(focused.visibleFocus, `no visible focus on ${focused.html}`).toBe(true);
      order.push(focused.index);
    }
    expect(order).toEqual([...Array(total).keys()]);
  });
}
