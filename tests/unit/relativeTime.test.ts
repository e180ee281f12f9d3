import { describe, expect, it } from 'vitest';
import { proseOfMdx } from '../../src/lib/mdx';
import { findRelativeTime, relativeTimeProblems, textFields } from '../../src/lib/relativeTime';

const phrases = (text: string) => findRelativeTime(text).map((finding) => finding.phrase);

describe('hand-written relative time', () => {
  it('is found in English', () => {
    expect(phrases('More than two years ago, the US banned it.')).toEqual(['More than two years ago']);
    expect(phrases('It was banned over two years, and last year it left.')).toEqual(['over two years', 'last year']);
    expect(phrases('Kaspersky recently said so; this year it is gone; today it sells nothing.')).toEqual([
      'recently',
      'this year',
      'today',
    ]);
  });

  it('is found in German, with words that begin with an umlaut', () => {
    expect(phrases('Vor gut zwei Jahren untersagte die US-Regierung den Verkauf.')).toEqual(['Vor gut zwei Jahren']);
    expect(phrases('Vor mehr als zwei Jahren, letztes Jahr und dieses Jahr.')).toEqual([
      'Vor mehr als zwei Jahren',
      'letztes Jahr',
      'dieses Jahr',
    ]);
    expect(phrases('Das gilt heute noch; kürzlich hieß es, über zwei Jahre lang.')).toEqual([
      'heute',
      'kürzlich',
      'über zwei Jahre',
    ]);
  });

  it('leaves absolute dates and spans tied to an event alone', () => {
    expect(phrases('On 20 June 2024 the ban was announced; it took effect on 20 July 2024.')).toEqual([]);
    expect(
      phrases('The law took effect almost ten years earlier than the ban, over two years after the directive.'),
    ).toEqual([]);
    expect(
      phrases('Seit 2017 gilt das; 2024 war Kaspersky seit etwa 20 Jahren in den USA tätig, vor dem 29. September.'),
    ).toEqual([]);
    expect(phrases('the yearly report; Heutige Regeln; die Jahresbilanz')).toEqual([]);
  });

  it('ignores the verbatim quotes of citations, which are the sources’ words', () => {
    expect(phrases(proseOfMdx('A claim. <Cite source="crn-de" quote="vor fast zehn Jahren" />'))).toEqual([]);
    expect(phrases(proseOfMdx('A claim. <Cite source="crn-de" quote="a > b, vor fast zehn Jahren" />'))).toEqual([]);
    expect(phrases(proseOfMdx('Text {/* vor zwei Jahren */} and {"vor drei Jahren"}.'))).toEqual(['vor drei Jahren']);
    expect(textFields({ summary: { de: 'Text' }, citations: [{ source: 'crn-de', quote: 'heute' }] })).toEqual([
      { field: 'summary.de', text: 'Text' },
      { field: 'citations[0].source', text: 'crn-de' },
    ]);
  });

  it('names fields by their path, and items by their id where they have one', () => {
    const fields = textFields({
      outcomes: [{ id: 'us-household', verdict: { en: 'Yes, since last year.' } }],
      nextSteps: [{ de: 'Jetzt' }],
    });
    expect(fields).toEqual([
      { field: 'outcomes[us-household].id', text: 'us-household' },
      { field: 'outcomes[us-household].verdict.en', text: 'Yes, since last year.' },
      { field: 'nextSteps[0].de', text: 'Jetzt' },
    ]);
  });

  it('fails with the file, the field and the phrase of a broken fixture', () => {
    const broken = {
      title: { en: 'Exit', de: 'Rückzug' },
      summary: { en: 'Announced 15 July 2024.', de: 'Vor gut zwei Jahren angekündigt.' },
    };
    expect(relativeTimeProblems('content/timeline/broken.yaml', textFields(broken))).toEqual([
      expect.stringContaining(
        'content/timeline/broken.yaml (summary.de): hand-written relative time "Vor gut zwei Jahren"',
      ),
    ]);
    expect(
      relativeTimeProblems('content/timeline/fine.yaml', textFields({ summary: { en: 'On 15 July 2024.' } })),
    ).toEqual([]);
  });
});
