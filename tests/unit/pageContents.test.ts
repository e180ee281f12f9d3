import { describe, expect, it } from 'vitest';
import { contentsFromHtml, pageContents, splitAfterTitle } from '../../src/lib/pageContents';

describe('contentsFromHtml', () => {
  it('reads h2s from Markdown and from a Section component alike, in document order', () => {
    const html =
      '<h2 id="first">First</h2><p>…</p>' +
      '<section><h2 id="stable-key" class="x">From a <em>component</em></h2></section>' +
      '<h3 id="sub">Not a section</h3><h2 id=\'third\'>Third &amp; last</h2>';
    expect(contentsFromHtml(html)).toEqual([
      { id: 'first', text: 'First' },
      { id: 'stable-key', text: 'From a component' },
      { id: 'third', text: 'Third & last' },
    ]);
  });

  it('leaves out footnote marks and screen-reader-only words, and headings without an id', () => {
    const html =
      '<h2 id="a">Juni 2024<sup><a href="#n1">[1]</a></sup></h2><h2>No id</h2><h2 id="b">Seen<span class="sr-only"> (hidden)</span></h2>';
    expect(contentsFromHtml(html)).toEqual([
      { id: 'a', text: 'Juni 2024' },
      { id: 'b', text: 'Seen' },
    ]);
  });

  it('leaves out screen-reader-only words with markup inside them', () => {
    const html = '<h2 id="a">Title<span class="sr-only"> (<span>opens</span> in a new tab)</span></h2>';
    expect(contentsFromHtml(html)).toEqual([{ id: 'a', text: 'Title' }]);
  });

  it('reads a heading whose attribute holds a ">"', () => {
    expect(contentsFromHtml('<h2 title="a > b" id="a">Title</h2>')).toEqual([{ id: 'a', text: 'Title' }]);
  });

  it('leaves out the heading of a panel hidden until the reader opens it', () => {
    const html =
      '<section hidden><h2 id="detail" tabindex="-1" data-not-in-contents>Selected event</h2></section><h2 id="list">All events</h2>';
    expect(contentsFromHtml(html)).toEqual([{ id: 'list', text: 'All events' }]);
  });
});

describe('pageContents', () => {
  const headings = (count: number) =>
    Array.from({ length: count }, (_, i) => `<h2 id="s${i}">Section ${i}</h2>`).join('');

  it('gives contents from four sections on, and none below', () => {
    expect(pageContents(headings(3))).toEqual([]);
    expect(pageContents(headings(4)).map((entry) => entry.id)).toEqual(['s0', 's1', 's2', 's3']);
  });
});

describe('splitAfterTitle', () => {
  it('cuts right after the first </h1>, so contents go under a title that a component wrote', () => {
    expect(splitAfterTitle('<div><header><h1 class="t">Title</h1><p>Lead</p></header><h2 id="a">A</h2></div>')).toEqual(
      ['<div><header><h1 class="t">Title</h1>', '<p>Lead</p></header><h2 id="a">A</h2></div>'],
    );
  });

  it('puts everything after the cut where there is no title, so contents lead the text', () => {
    expect(splitAfterTitle('<h2 id="a">A</h2>')).toEqual(['', '<h2 id="a">A</h2>']);
  });
});
