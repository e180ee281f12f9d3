/**
 * The browser tests' reading of built pages (tests/e2e/builtFiles.ts): what a page loads and inlines, for the byte
 * budgets and the checks on other hosts, its CSP, and its inline style sheets, which nu.spec hands the Nu Html
 * Checker once each; read with an HTML parser. Each case is markup a pattern over the text got wrong.
 */
import { describe, expect, it } from 'vitest';
import { assetsOf, builtElements, cspOf, inlineStyles, linkIs, withoutStyles } from '../e2e/builtFiles';

const page = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'sha256-abc='">
<link rel="preload modulepreload" href="/_astro/a.js" data-note="rel=&quot;stylesheet&quot; href=&quot;/x.css&quot;">
<link title="a > b" rel="stylesheet" href="/_astro/site.css">
<link rel="icon" href="/favicon.svg">
<style>p{color:red}</style>
<script>document.body.insertAdjacentHTML('beforeend', '<script src="/fake.js"></' + 'script>');</script>
</head><body>
<p title="<script src=&quot;/in-attribute.js&quot;>">x</p>
<template><script type="module" src="/_astro/later.js"></script></template>
<script type="module" src="/_astro/a.js"></script>
<script type="application/ld+json">{"a":1}</script>
</body></html>`;

describe('what a built page loads', () => {
  it('lists each same-origin script and preload once, the one inside a <template> included', () => {
    expect(assetsOf(page).js).toEqual(['/_astro/later.js', '/_astro/a.js']);
  });

  it('takes no script from a script’s text or an attribute value, and no style sheet from another link’s data', () => {
    expect(assetsOf(page).js).not.toContain('/fake.js');
    expect(assetsOf(page).js).not.toContain('/in-attribute.js');
    expect(assetsOf(page).css).toEqual(['/_astro/site.css']);
  });

  it('joins the text of the inline scripts and style sheets, without the scripts loaded from a file', () => {
    const { inline } = assetsOf(page);
    expect(inline.style).toBe('p{color:red}');
    expect(inline.script).toContain("insertAdjacentHTML('beforeend'");
    expect(inline.script).toContain('{"a":1}');
  });

  it('reads a <link> of several kinds as each of them', () => {
    const links = builtElements(page).filter((element) => element.name === 'link');
    expect(links.filter((link) => linkIs(link, 'modulepreload')).map((link) => link.attribs.href)).toEqual([
      '/_astro/a.js',
    ]);
    expect(links.filter((link) => linkIs(link, 'icon')).map((link) => link.attribs.href)).toEqual(['/favicon.svg']);
  });
});

describe('the CSP a built page states', () => {
  it('is read from its <meta http-equiv>, whatever the case of the header name', () => {
    expect(cspOf(builtElements(page))).toBe("default-src 'self'; style-src 'sha256-abc='");
  });

  it('is empty where the page states none', () => {
    expect(cspOf(builtElements('<!doctype html><title>t</title>'))).toBe('');
  });
});

describe('the inline style sheets of a page', () => {
  const styled = `<!doctype html><html><head><meta content="a>b"><style>p{color:red}
a{color:blue}</style><title>t</title></head><body><p title="<style>">x</p><STYLE media="print">b{}</STYLE>
<p>Last line</p></body></html>`;
  const cut = (html: string) => withoutStyles(html, builtElements(html));

  it('are read in order with their text as written, not fooled by markup inside attribute values', () => {
    expect(inlineStyles(builtElements(styled))).toEqual(['p{color:red}\na{color:blue}', 'b{}']);
  });

  it('are taken out from the start tag to the end of the end tag, and nothing else is', () => {
    expect(cut(styled)).toBe(
      styled
        .replace('<style>p{color:red}\na{color:blue}</style>', '\n')
        .replace('<STYLE media="print">b{}</STYLE>', ''),
    );
  });

  it('come out whole, with their line breaks left behind so the other lines keep their numbers', () => {
    const stripped = cut(styled);
    expect(stripped).not.toContain('color');
    expect(inlineStyles(builtElements(stripped))).toEqual([]);
    expect(stripped.split('\n').length).toBe(styled.split('\n').length);
    expect(stripped.split('\n').findIndex((line) => line.includes('Last line'))).toBe(2);
    expect(stripped).toContain('<p title="<style>">x</p>');
  });

  it('leave a page without style sheets as it is', () => {
    const plain = '<!doctype html><title>t</title><p>Text</p>';
    expect(inlineStyles(builtElements(plain))).toEqual([]);
    expect(cut(plain)).toBe(plain);
  });
});
