import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import budgets from '../budgets.json' with { type: 'json' };

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function fileForPath(sitePath: string): string {
  return join(DIST, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
}

export function readBuilt(sitePath: string): string {
  return readFileSync(fileForPath(sitePath), 'utf8');
}

export function gzipBytes(sitePath: string): number {
  return gzipSync(readFileSync(fileForPath(sitePath))).length;
}

/**
 * Same-origin addresses a page loads as it renders (scripts, styles, preloads, images), without fragments. The
 * script in the timeline's <template> counts: the page imports it after the first paint (Timeline.astro).
 */
export function assetsOf(html: string): { js: string[]; css: string[] } {
  const attr = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => m[1]!).filter((href) => href.startsWith('/'));
  return {
    js: [
      ...new Set([
        ...attr(/<script[^>]*\ssrc="([^"]+)"/g),
        ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
      ]),
    ],
    css: [...new Set(attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))],
  };
}

/**
 * Bytes (gzip) of all the JavaScript a page runs, the one count of the JS budget: its inline scripts, the
 * bundles it loads or preloads, and every bundle those import statically (which carry no modulepreload link).
 */
export function scriptBytes(sitePath: string): number {
  const html = readBuilt(sitePath);
  const pending = [...assetsOf(html).js];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    // Static imports, and import("./…"): a chunk imported later is still JavaScript the page runs.
    for (const [, relative] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(normalize(join(dirname(file), relative!)));
    }
  }
  return [...seen].reduce((sum, file) => sum + gzipBytes(file), 0) + inlineBytes(html, 'script');
}

/** Bytes (gzip) of the inline scripts and styles of a page. */
export function inlineBytes(html: string, tag: 'script' | 'style'): number {
  const bodies = [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
    (m) => m[1]!,
  );
  return bodies.length === 0 ? 0 : gzipSync(bodies.join('')).length;
}

export type PageType = keyof typeof budgets.pageTypes;

/** Which budget a page answers to, by its address. */
export function pageTypeOf(path: string): PageType {
  if (/\/embed\//.test(path)) return 'embed';
  if (/\/timeline\//.test(path)) return 'timeline';
  if (/\/check\//.test(path)) return 'checker';
  if (/\/(sources|quellen)\//.test(path)) return 'sources';
  // The 404 page carries a search form whose script fills in the missing address, like the search page.
  if (/\/(search|suche)\//.test(path) || /\/404\.html$/.test(path)) return 'search';
  return 'article';
}
