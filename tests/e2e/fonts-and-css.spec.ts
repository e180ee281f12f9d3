/**
 * Gates on the built files that keep fonts and CSS off the critical path (issue 13): no page preloads a font or
 * waits for a stylesheet, every inlined style is in the page's CSP, and the embed's weight stays within
 * tests/budgets.json.
 */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths } from './builtPages';
import { DIST, assetsOf, builtElements, cspOf, inlineStyles, modulesOf, pageTypeOf, readBuilt } from './builtFiles';
import budgets from '../budgets.json' with { type: 'json' };

const pages = builtPagePaths();

test('no page loads a web font or waits for a stylesheet request', () => {
  for (const path of pages) {
    const html = readBuilt(path);
    // The site sets its text in the reader's system faces (issue 13); the CSP's font-src 'none' says so too.
    expect(html, path).not.toMatch(/@font-face|<link\b[^>]*\bas="font"/);
    expect(html, path).toContain("font-src 'none'");
    expect(assetsOf(html).css, path).toEqual([]);
  }
});

test('every inlined style is allowed by its page’s CSP hash', () => {
  for (const path of pages) {
    const html = readBuilt(path);
    const elements = builtElements(html);
    const policy = cspOf(elements);
    for (const css of inlineStyles(elements)) {
      const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
      expect(policy, `${path}: style starting "${css.slice(0, 40)}"`).toContain(hash);
    }
  }
});

test('the embed with everything it loads stays within its budget (the goal is a third of a TimelineJS3 page)', () => {
  for (const path of pages.filter((page) => pageTypeOf(page) === 'embed')) {
    const html = readBuilt(path);
    const modules = modulesOf(assetsOf(html));
    const bytes =
      Buffer.byteLength(html) + [...modules].reduce((sum, file) => sum + statSync(join(DIST, file)).size, 0);
    expect(bytes, `${path}: HTML and ${[...modules].join(', ')}`).toBeLessThanOrEqual(budgets.embedUncompressed.bytes);
  }
});
