import { describe, expect, it } from 'vitest';
import { groupNotesBySource, marksFor } from '../../src/lib/noteGroups';
import { linkNotesToMarks, markLetter, mergeAdjacentMarks } from '../../src/lib/noteBacklinks';

const notes = [
  { source: 'zdnet', quote: 'one' },
  { source: 'bis', quote: 'two' },
  { source: 'zdnet', quote: 'three' },
  { source: 'bis', quote: undefined },
  { source: 'zdnet', quote: 'one' },
];

describe('groupNotesBySource', () => {
  it('makes one entry per source, numbered by first use, with its distinct citations in order', () => {
    const groups = groupNotesBySource(notes);
    expect(
      groups.map((group) => [group.number, group.source, group.citations.map((citation) => citation.quote)]),
    ).toEqual([
      [1, 'zdnet', ['one', 'three']],
      [2, 'bis', ['two', undefined]],
    ]);
  });

  it("gives one mark per source in a place, linking to the source's entry and standing for each quote", () => {
    const groups = groupNotesBySource(notes);
    expect(
      marksFor(groups, [{ source: 'bis', quote: 'two' }, { source: 'zdnet', quote: 'three' }, { source: 'bis' }]),
    ).toEqual([
      { number: 2, entry: 'note-2', quotes: ['note-2-1', 'note-2-2'] },
      { number: 1, entry: 'note-1', quotes: ['note-1-2'] },
    ]);
    expect(() => marksFor(groups, [{ source: 'zdnet', quote: 'not cited' }])).toThrow(
      /"zdnet" is not among the page's notes/,
    );
  });
});

describe('back-links from notes to marks', () => {
  const mark = (quotes: string, entry: string, number: number) =>
    `<sup class="cite" data-quotes="${quotes}" data-entry="${entry}"><a href="#${entry}" aria-label="Source ${number}">[${number}]</a></sup>`;
  const placeholder = (quote: string) =>
    `<span class="note-backlinks" data-backlinks="${quote}" data-label="Cited at"></span>`;

  it('letters the marks a, b, … z, aa as Wikipedia does', () => {
    expect([0, 1, 25, 26, 27].map(markLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });

  it('gives each mark an id per source in reading order and each quote links back to its marks', () => {
    const html =
      `<p>A ${mark('note-1-1', 'note-1', 1)} B ${mark('note-2-1', 'note-2', 2)} C ${mark('note-1-1', 'note-1', 1)}</p>` +
      `<li id="note-1-1">${placeholder('note-1-1')}</li><li id="note-2-1">${placeholder('note-2-1')}</li><li>${placeholder('note-3-1')}</li>`;
    const linked = linkNotesToMarks(html);
    expect([...linked.matchAll(/<sup class="cite"[^>]* id="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'note-1-a',
      'note-2-a',
      'note-1-b',
    ]);
    expect(linked).toContain(
      '<span class="note-backlinks" data-pagefind-ignore><span class="sr-only">Cited at</span><span aria-hidden="true">^</span> <a href="#note-1-a">a</a> <a href="#note-1-b">b</a>',
    );
    expect(linked).toContain(`<a href="#note-2-a">a</a></span>`);
    // A quote no mark stands for keeps its empty placeholder.
    expect(linked).toContain(placeholder('note-3-1'));
  });

  it('merges marks of one source side by side into one that stands for all their quotes', () => {
    const html = `x ${mark('note-4-1', 'note-4', 4)} ${mark('note-4-2', 'note-4', 4)}${mark('note-4-1', 'note-4', 4)} ${mark('note-5-1', 'note-5', 5)}`;
    expect(mergeAdjacentMarks(html)).toBe(
      `x ${mark('note-4-1 note-4-2', 'note-4', 4)} ${mark('note-5-1', 'note-5', 5)}`,
    );
  });

  it('reads marks and placeholders whatever the order of their attributes', () => {
    const html =
      '<sup data-entry="note-1" class="cite" data-pagefind-ignore data-quotes="note-1-1"><a href="#note-1">[1]</a></sup> ' +
      '<sup class="cite" data-quotes="note-1-2" data-entry="note-1" data-pagefind-ignore><a href="#note-1">[1]</a></sup>' +
      '<span data-label="Cited at" data-backlinks="note-1-2" class="note-backlinks"></span>';
    const linked = linkNotesToMarks(html);
    expect(linked).toContain(
      '<sup data-entry="note-1" class="cite" data-pagefind-ignore data-quotes="note-1-1 note-1-2" id="note-1-a">',
    );
    expect(linked).toContain('<a href="#note-1-a">a</a></span>');
    expect(linked.match(/<sup/g)).toHaveLength(1);
  });
});
