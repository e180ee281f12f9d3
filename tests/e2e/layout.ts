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

/**
 * Text set under 12 px at the page's current width: each element that holds such text and is on screen, with its
 * size. Text clipped to a pixel for screen readers only (sr-only) is not read by eye and is left out, and so is
 * SVG text, whose size on screen depends on the drawing's scale: timeline.spec measures the chart's labels.
 */
export async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('svg')) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || !element.checkVisibility({ visibilityProperty: true })) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 12) found.add(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${size}px`);
    }
    return [...found];
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
