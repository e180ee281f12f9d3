import { describe, expect, it } from 'vitest';
import { findUncitedBlocks, statementBlocks } from '../../src/lib/uncited';

const section = (body: string) => `<Section id="s" title="S">\n\n${body}\n\n</Section>\n`;

describe('statementBlocks', () => {
  it('splits paragraphs and top-level list items, leaving out headings and Editorial wrappers', () => {
    const body =
      '### A heading\n\nOne. <Cite source="a" />\n\n- first\n- second\n  continued\n\n<Editorial>\n\nOur words.\n\n</Editorial>';
    expect(statementBlocks(body)).toEqual(['One. <Cite source="a" />', '- first', '- second\n  continued']);
  });
});

describe('findUncitedBlocks', () => {
  it('passes cited paragraphs and list items, Editorial text and lists of links', () => {
    const mdx = section(
      'A fact. <Cite source="zdnet-de" quote="x" />\n\n- An item. <Cite source="conventus-kaspersky" />\n\n<Editorial>\n\nThe site\'s own lead-in:\n\n</Editorial>\n\n- [Timeline](/en/timeline/)\n- [Sources](/en/sources/)',
    );
    expect(findUncitedBlocks(mdx, 'p.mdx')).toEqual([]);
  });

  it('fails a paragraph without a citation, naming the file, the section and the words', () => {
    expect(findUncitedBlocks(section('Three measures came within days.'), 'p.mdx')).toEqual([
      'p.mdx: section "s" has a paragraph or list item without a citation; cite it or wrap the site\'s own words in <Editorial>: "Three measures came within days.…"',
    ]);
  });

  it('fails a paragraph whose only citation is commented out', () => {
    const problems = findUncitedBlocks(section('A claim. {/* <Cite source="crn-de" quote="x" /> */}'), 'p.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"A claim.');
  });

  it('reads a citation whose quote holds a ">"', () => {
    expect(findUncitedBlocks(section('A claim. <Cite source="conventus-kaspersky" quote="5 > 3" />'), 'p.mdx')).toEqual(
      [],
    );
  });

  it('fails each uncited list item, even when its neighbours are cited', () => {
    const problems = findUncitedBlocks(
      section('- cited <Cite source="a" />\n- not cited\n- [a link](/x/) and a claim'),
      'p.mdx',
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"- not cited…"');
    expect(problems[1]).toContain('"- [a link](/x/) and a claim…"');
  });
});
