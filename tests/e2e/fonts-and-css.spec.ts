/**
 * Gates on the built files that keep fonts and CSS off the critical path (issue 13): the cut fonts cover every
 * character a page shows, no page preloads a font or waits for a stylesheet, every inlined style is in the
 * page's CSP, and font bytes and the embed's weight stay within tests/budgets.json.
 */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths } from './builtPages';
import { DIST, assetsOf, pageTypeOf, readBuilt } from './builtFiles';
import { SUBSET_RANGES } from '../../src/integrations/fonts.mjs';
import budgets from '../budgets.json' with { type: 'json' };

const pages = builtPagePaths();
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text a page shows: markup, scripts and styles removed, character references decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => ENTITIES[name] ?? entity);
}

const inSubset = (codePoint: number) => codePoint < 0x20 || SUBSET_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);

test('the cut fonts hold every character a built page shows', () => {
  const missing = new Map<string, string>();
  for (const path of pages) {
    for (const character of visibleText(readBuilt(path))) {
      if (!inSubset(character.codePointAt(0)!) && !missing.has(character)) missing.set(character, path);
    }
  }
  const report = [...missing].map(([character, path]) => `U+${character.codePointAt(0)!.toString(16).toUpperCase()} "${character}" on ${path}`);
  // Add the character's range to SUBSET_RANGES in src/integrations/fonts.mjs.
  expect(report).toEqual([]);
});

test('no page preloads a font or waits for a stylesheet request', () => {
  for (const path of pages) {
    const html = readBuilt(path);
    expect(html, path).not.toMatch(/<link\b[^>]*\bas="font"/);
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

test('the fonts a page declares stay within its font budget', () => {
  for (const path of pages) {
    const files = new Set([...readBuilt(path).matchAll(/url\("?(\/[^")]+\.woff2)"?\)/g)].map((m) => m[1]!));
    const bytes = [...files].reduce((sum, file) => sum + statSync(join(DIST, file)).size, 0);
    expect(bytes, `${path}: ${[...files].join(', ')}`).toBeLessThanOrEqual(budgets.pageTypes[pageTypeOf(path)].font);
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
    const bytes = Buffer.byteLength(html) + [...modules].reduce((sum, file) => sum + statSync(join(DIST, file)).size, 0);
    expect(bytes, `${path}: HTML and ${[...modules].join(', ')}`).toBeLessThanOrEqual(budgets.embedUncompressed.bytes);
  }
});
