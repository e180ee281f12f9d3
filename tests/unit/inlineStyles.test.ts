/** nu.spec hands the Nu Html Checker each distinct inline style sheet once (tests/e2e/inlineStyles.ts, on htmlPieces). */
import { describe, expect, it } from 'vitest';
import { inlineStyles, withoutStyles } from '../e2e/inlineStyles';

const page = `<!doctype html><html><head><meta content="a>b"><style>p{color:red}
a{color:blue}</style><title>t</title></head><body><p title="<style>">x</p><STYLE media="print">b{}</STYLE>
<p>Last line</p></body></html>`;

describe('the inline style sheets of a page', () => {
  it('are read in order with their text as written, not fooled by markup inside attribute values', () => {
    expect(inlineStyles(page)).toEqual(['p{color:red}\na{color:blue}', 'b{}']);
  });

  it('are taken out from the start tag to the end of the end tag, and nothing else is', () => {
    expect(withoutStyles(page)).toBe(
      page.replace('<style>p{color:red}\na{color:blue}</style>', '\n').replace('<STYLE media="print">b{}</STYLE>', ''),
    );
  });

  it('come out whole, with their line breaks left behind so the other lines keep their numbers', () => {
    const stripped = withoutStyles(page);
    expect(stripped).not.toContain('color');
    expect(inlineStyles(stripped)).toEqual([]);
    expect(stripped.split('\n').length).toBe(page.split('\n').length);
    expect(stripped.split('\n').findIndex((line) => line.includes('Last line'))).toBe(2);
    expect(stripped).toContain('<p title="<style>">x</p>');
  });

  it('leave a page without style sheets as it is', () => {
    const plain = '<!doctype html><title>t</title><p>Text</p>';
    expect(inlineStyles(plain)).toEqual([]);
    expect(withoutStyles(plain)).toBe(plain);
  });
});
