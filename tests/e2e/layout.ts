import type { Page } from '@playwright/test';

/**
 * What scrolls sideways at the page's current width: the document, or any element with a horizontal scroll
 * bar. Nothing is excused: the timeline's chart pans by its own gestures, not by a scroll bar.
 */
export async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`document ${document.documentElement.scrollWidth}px`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      if (/(auto|scroll)/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} scrolls`);
      }
    }
    return found;
  });
}

/** Elements inside a document that scroll on their own (a box with overflow auto or scroll and more content than room). Run it in the page: `page.evaluate(innerScrollers)`. */
export const innerScrollers = () =>
  [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => {
      const style = getComputedStyle(el);
      return (
        (/auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
        (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
      );
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
