/**
 * Gates on the built files that keep fonts and CSS off the critical path (issue 13): no page preloads a font or
 * waits for a stylesheet, every inlined style is in the page's CSP, and the embed's weight stays within
 * tests/budgets.json.
 */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths } from './builtPages';
import { DIST, assetsOf, pageTypeOf, readBuilt } from './builtFiles';
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
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
      const hash = `'sha256-${createHash('sha256').update(css!).digest('base64')}'`;
      expect(policy, `${path}: style starting "${css!.slice(0, 40)}"`).toContain(hash);
    }
  }
});

test('the embed with everything it loads stays within its budget (the goal is a third of a TimelineJS3 page)', () => {
  /** A module and the modules it imports statically, as the browser fetches them. */
  const withImports = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const [, relative] of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) {
      withImports(new URL(relative!, `http://site${file}`).pathname, seen);
    }
    return seen;
  };
  for (const path of pages.filter((page) => pageTypeOf(page) === 'embed')) {
    const html = readBuilt(path);
    const modules = new Set(assetsOf(html).js.flatMap((file) => [...withImports(file)]));
    const bytes =
      Buffer.byteLength(html) + [...modules].reduce((sum, file) => sum + statSync(join(DIST, file)).size, 0);
    expect(bytes, `${path}: HTML and ${[...modules].join(', ')}`).toBeLessThanOrEqual(budgets.embedUncompressed.bytes);
  }
});
