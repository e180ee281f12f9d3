/**
 * The browser tests' reading of built pages (tests/e2e/builtFiles.ts): what a page loads and inlines, for the byte
 * budgets and the checks on other hosts, and its CSP, read with an HTML parser. Each case is markup a pattern
 * over the text got wrong.
 */
import { describe, expect, it } from 'vitest';
import { assetsOf, builtElements, cspOf, linkIs } from '../e2e/builtFiles';

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
