import { describe, expect, it } from 'vitest';
import {
  findCitationProblems,
  normaliseForQuoteMatch,
  numberCitations,
  type CitableSource,
} from '../../src/lib/citations';
import { extractCiteTags } from '../../src/lib/mdx';

const sources = new Map<string, CitableSource>([
  [
    'heise-de',
    {
      id: 'heise-de',
      kind: 'article',
      body: 'Ende September oder\nAnfang Oktober werden auch „Downloads“ illegal – sagt heise.',
    },
  ],
  ['bis-press-release', { id: 'bis-press-release', kind: 'external', body: '' }],
]);

describe('quote matching', () => {
  it('ignores differences of white space, typographic quotes and dashes', () => {
    expect(normaliseForQuoteMatch('„Downloads“ illegal – sagt')).toBe('"Downloads" illegal - sagt');
    expect(
      findCitationProblems(
        [{ source: 'heise-de', quote: 'oder Anfang Oktober werden auch "Downloads" illegal - sagt' }],
        sources,
        'p.mdx',
      ),
    ).toEqual([]);
  });

  it('names the file, the source id and the quote when a quote is not in the source', () => {
    expect(
      findCitationProblems([{ source: 'heise-de', quote: 'Ende Oktober' }], sources, 'content/pages/en/a.mdx'),
    ).toEqual(['content/pages/en/a.mdx: quote not found in source "heise-de": "Ende Oktober"']);
  });

  it('rejects an unknown source id and lists the known ones', () => {
    expect(findCitationProblems([{ source: 'heise', quote: 'x' }], sources, 'f.mdx')[0]).toMatch(
      /^f\.mdx: unknown source id "heise" \(known ids: bis-press-release, heise-de\)$/,
    );
  });

  it('allows an external source without a quote, but not an article', () => {
    expect(findCitationProblems([{ source: 'bis-press-release' }], sources, 'f')).toEqual([]);
    expect(findCitationProblems([{ source: 'heise-de' }], sources, 'f')).toEqual([
      'f: citation of article "heise-de" needs a verbatim quote',
    ]);
  });

  it('checks a quote of an external source against the passages it keeps, like an article’s', () => {
    const external = new Map([
      ['final-determination', { id: 'final-determination', kind: 'external' as const, body: '' }],
    ]);
    expect(
      findCitationProblems(
        [{ source: 'final-determination', quote: 'poses undue and unacceptable risks' }],
        external,
        'f',
      ),
    ).toEqual(['f: quote not found in source "final-determination": "poses undue and unacceptable risks"']);
  });

  it('lists every problem, not only the first', () => {
    expect(
      findCitationProblems([{ source: 'a' }, { source: 'heise-de', quote: 'nope' }], sources, 'f').join('\n'),
    ).toMatch(/unknown source id "a"[\s\S]*quote not found in source "heise-de": "nope"/);
  });
});

describe('citations in MDX', () => {
  it('reads source and quote of every <Cite /> in order, with either quote style', () => {
    const mdx = `Text <Cite source="heise-de" quote="Ende September" /> and\n<Cite\n  source='crn-de'\n  quote='sagte "er"' /> and <Cite source="bis-press-release" />`;
    expect(extractCiteTags(mdx)).toEqual([
      { source: 'heise-de', quote: 'Ende September' },
      { source: 'crn-de', quote: 'sagte "er"' },
      { source: 'bis-press-release', quote: undefined },
    ]);
  });

  it('reads a quote that holds a ">" whole', () => {
    expect(extractCiteTags('Text <Cite source="conventus-kaspersky" quote="5 > 3" />.')).toEqual([
      { source: 'conventus-kaspersky', quote: '5 > 3' },
    ]);
  });

  it('leaves out a <Cite /> that is commented out, so it gets no footnote number', () => {
    const mdx = 'One. {/* <Cite source="old" quote="x" /> */} Two. <Cite source="heise-en" quote="y" />';
    expect(extractCiteTags(mdx)).toEqual([{ source: 'heise-en', quote: 'y' }]);
  });

  it('fails on a quote written as an expression, which the build cannot check', () => {
    expect(() => extractCiteTags('Text <Cite source="heise-en" quote={"x"} />.')).toThrow(
      /<Cite> attribute "quote" must be a plain string/,
    );
  });

  it('fails on a <Cite /> without a source', () => {
    expect(() => extractCiteTags('<Cite quote="x" />')).toThrow(/without a source attribute/);
  });

  it('numbers each distinct citation once, in order of first use', () => {
    const numbered = numberCitations([
      { source: 'a', quote: 'x' },
      { source: 'b' },
      { source: 'a', quote: ' x ' },
      { source: 'a', quote: 'y' },
    ]);
    expect(numbered.map((c) => `${c.source}:${c.quote ?? ''}`)).toEqual(['a:x', 'b:', 'a:y']);
  });
});
