import type { Page } from '@playwright/test';

/**
 * Makes sure an accessibility engine (its source defines `window[name]`) is in the page's current document, and
 * that every later document of the page starts with it: an init script, compiled by the browser as the document
 * starts, instead of the engine's 650 KB source sent through the DevTools protocol again for each document (about
 * 100 ms a page). Neither way is governed by the page's CSP, so the page keeps its real policy. Init scripts run
 * in frames too (the engine there is idle) and not at all with JavaScript off; a test's context may drop them
 * between tests, so a document without the engine adds the script again.
 */
export async function ensureEngine(page: Page, name: 'axe' | 'ace', source: string): Promise<void> {
  if (await page.evaluate((global) => global in window, name)) return;
  // Playwright wraps an init script in a function, where ace.js's top-level `var ace` would stay local.
  await page.addInitScript({ content: `${source}\n;window.${name} = ${name};` });
  await page.evaluate(source);
}
