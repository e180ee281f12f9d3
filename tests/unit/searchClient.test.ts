/** The search page's pure parts: excerpts as text, the sections worth a link, and the 404's query. */
import { describe, expect, it } from 'vitest';
import { bestSections, excerptParts, queryFromPath } from '../../src/client/searchClient';

describe('excerptParts', () => {
  it('keeps marks and decodes the rest as text', () => {
    expect(excerptParts('a &lt;b&gt; <mark>UltraAV</mark> c')).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'UltraAV', marked: true },
      { text: ' c', marked: false },
    ]);
  });
});

describe('bestSections', () => {
  const section = (url: string, hits: number) => ({
    title: url,
    url,
    excerpt: '',
    locations: Array<number>(hits).fill(0),
  });
  it('links sections at an anchor, most hits first, at most three, never the page itself', () => {
    const result = {
      url: '/en/timeline/',
      excerpt: '',
      meta: {},
      sub_results: [
        section('/en/timeline/', 9),
        section('/en/timeline/#a', 1),
        section('/en/timeline/#b', 3),
        section('/en/timeline/#c', 1),
        section('/en/timeline/#d', 2),
      ],
    };
    expect(bestSections(result).map((each) => each.url)).toEqual([
      '/en/timeline/#b',
      '/en/timeline/#d',
      '/en/timeline/#a',
    ]);
  });
  it('leaves out a section without a hit', () => {
    expect(bestSections({ url: '/en/', excerpt: '', meta: {}, sub_results: [section('/en/#a', 0)] })).toEqual([]);
  });
  it("leaves out the section at the page's own title", () => {
    const result = {
      url: '/en/check/x/',
      excerpt: '',
      meta: { title: 'Verdict' },
      sub_results: [{ ...section('/en/check/x/#checker-heading', 5), title: 'Verdict' }],
    };
    expect(bestSections(result)).toEqual([]);
  });
  it('lists none for a page without sub-results', () => {
    expect(bestSections({ url: '/en/', excerpt: '', meta: {} })).toEqual([]);
  });
});

describe('queryFromPath', () => {
  it('turns the last part of a missing address into words', () => {
    expect(queryFromPath('/en/ultra-av/')).toBe('ultra av');
    expect(queryFromPath('/de/us%20person.html')).toBe('us person');
    expect(queryFromPath('/')).toBe('');
  });
  it('survives an address that does not decode', () => {
    expect(queryFromPath('/en/100%/')).toBe('100%');
  });
});
