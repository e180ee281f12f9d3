import type { Page } from '@playwright/test';

/**
 * What scrolls sideways at the page's current width: the document, or any element with a horizontal scroll
 * bar. The timeline's chart is the one exception: where it runs across, it pans by design (timeline.spec holds
 * its own width rules).
 */
export async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`document ${document.documentElement.scrollWidth}px`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('.tl-chart, [data-timeline-chart], figure svg')) continue;
      const style = getComputedStyle(element);
      if (/(auto|scroll)/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} scrolls`);
      }
    }
    return found;
  });
}
