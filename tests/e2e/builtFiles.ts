import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import budgets from '../budgets.json' with { type: 'json' };

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function fileForPath(sitePath: string): string {
  return join(DIST, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
}

export function readBuilt(sitePath: string): string {
  return readFileSync(fileForPath(sitePath), 'utf8');
}

/** Bytes of a built file (by its site path), gzip-compressed as a CDN sends it. */
export function gzipBytes(sitePath: string): number {
  return gzipSync(readFileSync(fileForPath(sitePath))).length;
}

/** An element of a built page: its name, attributes (`attribs`) and children. */
export type BuiltElement = ReturnType<typeof DomUtils.findAll>[number];

/**
 * Every element of a built page in document order, read with an HTML parser rather than patterns (an attribute
 * may hold a `>` or a quote; markup inside a script's text is no element): htmlparser2, as the build reads its
 * own HTML (src/lib/htmlPieces.ts). It keeps a <template>'s elements in the tree, where the timeline's
 * after-paint script is, which a DOM puts in a separate fragment.
 */
export function builtElements(html: string): BuiltElement[] {
  // With each element's place in the page (startIndex, endIndex inclusive), so a test can cut one out.
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  return DomUtils.findAll(() => true, document.children);
}

const isStyle = (element: BuiltElement) => element.name === 'style';

/** The text of each <style> element of a page, as written, in document order. */
export function inlineStyles(elements: BuiltElement[]): string[] {
  return elements.filter(isStyle).map((style) => DomUtils.textContent(style));
}

/**
 * The page (`html`, whose `elements` these are) with its <style> elements taken out, each replaced by the line
 * breaks it held, so that a line number in the rest of the page still points at the same line of the page as built.
 */
export function withoutStyles(html: string, elements: BuiltElement[]): string {
  let result = '';
  let from = 0;
  for (const style of elements.filter(isStyle)) {
    const [start, end] = [style.startIndex!, style.endIndex! + 1];
    result += html.slice(from, start) + '\n'.repeat(html.slice(start, end).split('\n').length - 1);
    from = end;
  }
  return result + html.slice(from);
}

/** The page's Content-Security-Policy, as its <meta http-equiv> states it ('' without one). */
export function cspOf(elements: BuiltElement[]): string {
  const meta = elements.find(
    (element) => element.name === 'meta' && element.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
  return meta?.attribs.content ?? '';
}

/** What a page loads and inlines as it renders, read from its HTML once. */
export interface BuiltAssets {
  /**
   * Same-origin scripts it loads or preloads. The script in the timeline's <template> counts: the page imports it
   * after the first paint (Timeline.astro).
   */
  js: string[];
  /** Same-origin style sheets it links. */
  css: string[];
  /** The text of its inline scripts, and of its inline style sheets. */
  inline: { script: string; style: string };
}

/** Whether a <link> is of this kind (`rel` holds a list of kinds). */
export const linkIs = (element: BuiltElement, rel: string): boolean =>
  element.name === 'link' && (element.attribs.rel ?? '').split(/\s+/).includes(rel);

export function assetsOf(html: string): BuiltAssets {
  const elements = builtElements(html);
  const local = (urls: (string | undefined)[]) => [
    ...new Set(urls.filter((url): url is string => url?.startsWith('/') ?? false)),
  ];
  const links = (rel: string) => elements.filter((e) => linkIs(e, rel));
  const inlineScripts = elements
    .filter((e) => e.name === 'script' && e.attribs.src === undefined)
    .map((e) => DomUtils.textContent(e))
    .join('');
  return {
    js: local([
      ...elements.filter((e) => e.name === 'script').map((e) => e.attribs.src),
      ...links('modulepreload').map((e) => e.attribs.href),
    ]),
    css: local(links('stylesheet').map((e) => e.attribs.href)),
    inline: { script: inlineScripts, style: inlineStyles(elements).join('') },
  };
}

/**
 * The JavaScript files a page runs: those it loads or preloads, and every file they import, statically or with
 * import("./…") (a chunk imported later is still JavaScript the page runs; bundles carry no modulepreload link
 * for what they import).
 */
export function modulesOf(assets: BuiltAssets): string[] {
  const pending = [...assets.js];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    // The bundles' relative import specifiers, as Vite writes them in minified code (no HTML is read here).
    for (const [, relative] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(normalize(join(dirname(file), relative!)));
    }
  }
  return [...seen];
}

/** Bytes (gzip) of all the JavaScript a page runs, the one count of the JS budget: its inline scripts and modulesOf. */
export function scriptBytes(assets: BuiltAssets): number {
  return modulesOf(assets).reduce((sum, file) => sum + gzipBytes(file), 0) + inlineBytes(assets.inline.script);
}

/** Bytes (gzip) of a page's inline scripts or styles, sent with its HTML. */
export function inlineBytes(text: string): number {
  return text === '' ? 0 : gzipSync(text).length;
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
