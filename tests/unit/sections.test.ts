import { describe, expect, it } from 'vitest';
import { findParityProblems, splitSections } from '../../src/lib/sections';

const sameSource = (id: string) => (id === 'heise-de' ? 'heise-en' : id);
const page = (where: string, mdx: string) => ({ where, mdx });

const EN = `<Section id="stages" title="Two stages">

Text. <Cite source="zdnet-de" quote="x" /> More. <Cite source="heise-en" quote="y" />

</Section>

<Section id="exempt" title="Exempt">

Text. <Cite source="final-determination" />

</Section>
`;

describe('splitSections', () => {
  it('returns each section with the distinct sources it cites', () => {
    const { sections, problems } = splitSections(EN, 'en.mdx');
    expect(problems).toEqual([]);
    expect(sections).toEqual([
      { id: 'stages', sources: ['zdnet-de', 'heise-en'] },
      { id: 'exempt', sources: ['final-determination'] },
    ]);
  });

  it('flags text outside sections, Markdown h2 headings inside them, missing titles and repeated ids', () => {
    const mdx = `Intro.\n\n<Section id="a">\n\n## Heading\n\n</Section>\n\n<Section id="a" title="Again">\n\nx\n\n</Section>`;
    const { problems } = splitSections(mdx, 'p.mdx');
    expect(problems).toEqual([
      'p.mdx: section "a" needs a title',
      'p.mdx: section "a" contains another h2 section',
      'p.mdx: section id "a" is used twice',
      'p.mdx: text outside a <Section> has no counterpart key: "Intro.…"',
    ]);
  });
});

describe('splitSections reads the MDX syntax', () => {
  it('reads a title that holds a ">" and counts the citations inside', () => {
    const mdx =
      '<Section id="a" title="Before > after">\n\nText. <Cite source="heise-en" quote="5 > 3" />\n\n</Section>\n';
    expect(splitSections(mdx, 'p.mdx')).toEqual({ sections: [{ id: 'a', sources: ['heise-en'] }], problems: [] });
  });

  it('takes a comment between sections for no text, but an expression that renders text for text outside', () => {
    const body = '<Section id="a" title="A">\n\nText. <Cite source="heise-en" />\n\n</Section>\n';
    expect(splitSections(`{/* a note for editors */}\n\n${body}`, 'p.mdx').problems).toEqual([]);
    expect(splitSections(`{"Intro"}\n\n${body}`, 'p.mdx').problems).toEqual([
      'p.mdx: text outside a <Section> has no counterpart key: "{"Intro"}…"',
    ]);
  });

  it('does not count a commented-out citation as a source of the section', () => {
    const mdx =
      '<Section id="a" title="A">\n\nText. <Cite source="heise-en" /> {/* <Cite source="crn-de" /> */}\n\n</Section>\n';
    expect(splitSections(mdx, 'p.mdx').sections).toEqual([{ id: 'a', sources: ['heise-en'] }]);
  });
});

describe('findParityProblems', () => {
  it('accepts a translation that cites a source or its translation in every section', () => {
    const de = EN.replace('heise-en', 'heise-de').replace('Two stages', 'Zwei Stufen');
    expect(findParityProblems(page('en.mdx', EN), page('de.mdx', de), sameSource)).toEqual([]);
  });

  it('names a section that exists in one language only', () => {
    const de = EN.replace(/<Section id="exempt"[\s\S]*<\/Section>/, '');
    expect(findParityProblems(page('en.mdx', EN), page('de.mdx', de), sameSource)).toEqual([
      'en.mdx: section "exempt" has no counterpart in de.mdx',
    ]);
  });

  it('names the sources that only one language cites in a section', () => {
    const de = EN.replace('<Cite source="final-determination" />', '<Cite source="bis-press-release" />');
    expect(findParityProblems(page('en.mdx', EN), page('de.mdx', de), sameSource)).toEqual([
      'section "exempt" cites different sources: only en.mdx cites [final-determination], only de.mdx cites [bis-press-release]',
    ]);
  });

  it('names sections in a different order', () => {
    const [first, second] = EN.split('\n\n<Section id="exempt"');
    const swapped = `<Section id="exempt"${second}\n\n${first}`;
    expect(findParityProblems(page('en.mdx', EN), page('de.mdx', swapped), sameSource)).toEqual([
      'en.mdx and de.mdx order their sections differently',
    ]);
  });
});
