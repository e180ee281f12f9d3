import { describe, expect, it } from 'vitest';
import {
  alphabetical,
  findFormConflicts,
  letterIndex,
  markTerms,
  marksTermsOn,
  termForms,
  type GlossaryTerms,
} from '../../src/lib/glossaryTerms';

const ENTRIES: GlossaryTerms[] = [
  {
    id: 'bis',
    en: { term: 'Bureau of Industry and Security', abbreviation: 'BIS', variants: [] },
    de: { term: 'Bureau of Industry and Security', abbreviation: 'BIS', variants: [] },
  },
  {
    id: 'bsi',
    en: { term: 'Federal Office for Information Security', abbreviation: 'BSI', variants: [] },
    de: { term: 'Bundesamt für Sicherheit in der Informationstechnik', abbreviation: 'BSI', variants: [] },
  },
  {
    id: 'entity-list',
    en: { term: 'Entity List', variants: [] },
    de: { term: 'Entity List', variants: [] },
  },
  {
    id: 'us-person',
    en: { term: 'US person', variants: ['US persons'] },
    de: { term: 'US-Person', variants: ['US-Personen'] },
  },
  {
    id: 'white-label',
    en: { term: 'white-label', variants: ['white-labelled'] },
    de: { term: 'White Label', variants: ['White-Label'] },
  },
];

const page = (body: string) =>
  `<html><head><title>BIS</title></head><body><header><nav>BIS</nav></header><main>${body}</main><footer>BIS</footer></body></html>`;
const markEn = (body: string) => markTerms(page(body), termForms(ENTRIES, 'en'), '/en/glossary/');
const markDe = (body: string) => markTerms(page(body), termForms(ENTRIES, 'de'), '/de/glossar/');
const mainOf = (html: string) => html.slice(html.indexOf('<main>') + 6, html.indexOf('</main>'));

describe('markTerms', () => {
  it('links the first use of each entry on a page, and only the first', () => {
    const { html, marked } = markEn(
      '<p>The Entity List grew. The Entity List again, and BIS.</p><p>BIS once more.</p>',
    );
    expect(mainOf(html)).toBe(
      '<p>The <a href="/en/glossary/#entity-list" class="term">Entity List</a> grew. The Entity List again, and ' +
        '<a href="/en/glossary/#bis" class="term"><abbr title="Bureau of Industry and Security">BIS</abbr></a>.</p><p>BIS once more.</p>',
    );
    expect(marked).toEqual(['entity-list', 'bis']);
  });

  it('counts an entry once whichever of its forms comes first', () => {
    const { html, marked } = markEn('<p>The Bureau of Industry and Security (BIS) acted.</p>');
    expect(mainOf(html)).toBe(
      '<p>The <a href="/en/glossary/#bis" class="term">Bureau of Industry and Security</a> (BIS) acted.</p>',
    );
    expect(marked).toEqual(['bis']);
  });

  it('leaves headings, links, code, footnote marks, quotations, hidden text and citation lists alone', () => {
    const body =
      '<h2 id="x">The Entity List</h2><a href="/y">BIS</a><code>BSI</code><pre>US person</pre><sup class="cite">BIS</sup>' +
      '<blockquote>the Entity List</blockquote><span class="sr-only">BSI</span><div hidden>BIS</div><p aria-hidden="true">BSI</p>' +
      '<ol class="citation-list"><li>Entity List</li></ol><nav aria-label="On this page"><a href="#x">Entity List</a></nav>';
    const { html, marked } = markEn(body);
    expect(mainOf(html)).toBe(body);
    expect(marked).toEqual([]);
  });

  it('marks text whose attributes only mention "hidden": a title, or a class such as hidden-print', () => {
    const { marked } = markEn(
      '<p class="hidden print:block">BSI</p><p title="was hidden">BIS</p><p class="x hidden-print">the Entity List</p><p data-x="a > b">US person</p>',
    );
    expect(marked).toEqual(['bis', 'entity-list', 'us-person']);
  });

  it('leaves the header, navigation, footer and document title outside <main> alone', () => {
    const { html } = markEn('<p>No terms here.</p>');
    expect(html).toBe(page('<p>No terms here.</p>'));
  });

  it('marks after a skipped element closes, and inside inline elements of the text', () => {
    const { html } = markEn('<h2>BIS</h2><p><strong>BIS</strong> and <em>the Entity List</em></p>');
    expect(mainOf(html)).toContain(
      '<strong><a href="/en/glossary/#bis" class="term"><abbr title="Bureau of Industry and Security">BIS</abbr></a></strong>',
    );
    expect(mainOf(html)).toContain('<em>the <a href="/en/glossary/#entity-list" class="term">Entity List</a></em>');
  });

  it('matches whole words only: no part of a word, compound or hyphenated compound', () => {
    const { marked } = markDe(
      '<p>Das BSI-Gesetz, das BSIG, die OBSI, die Nicht-US-Personen und das White-Label-Produkt.</p>',
    );
    expect(marked).toEqual([]);
  });

  it('keeps case, so German "bis" (until) is not the BIS', () => {
    const { html, marked } = markDe('<p>Von Juni bis September, dann das BIS.</p>');
    expect(marked).toEqual(['bis']);
    expect(mainOf(html)).toContain('Juni bis September, dann das <a href="/de/glossar/#bis" class="term"><abbr');
  });

  it('marks German inflected forms and spellings the entry lists, with the German written-out term', () => {
    const { html, marked } = markDe(
      '<p>Auf der Entity List stehen keine US-Personen; das BSI warnte vor White-Label-Ware.</p>',
    );
    expect(marked).toEqual(['entity-list', 'us-person', 'bsi']);
    expect(mainOf(html)).toContain('<a href="/de/glossar/#us-person" class="term">US-Personen</a>');
    expect(mainOf(html)).toContain('<abbr title="Bundesamt für Sicherheit in der Informationstechnik">BSI</abbr>');
  });

  it('prefers the longest form and matches across the non-breaking spaces typography sets', () => {
    const { html } = markEn('<p>All US\u00a0persons and the Entity&nbsp;List.</p>');
    expect(mainOf(html)).toBe(
      '<p>All <a href="/en/glossary/#us-person" class="term">US\u00a0persons</a> and the <a href="/en/glossary/#entity-list" class="term">Entity&nbsp;List</a>.</p>',
    );
  });

  it('marks a term in a typographic quotation without changing its words', () => {
    const { html } = markEn('<p>under its own name (“white-labelled”) products</p>');
    expect(mainOf(html)).toBe(
      '<p>under its own name (“<a href="/en/glossary/#white-label" class="term">white-labelled</a>”) products</p>',
    );
  });

  it('changes no text: with the tags taken out, a marked page reads as before', () => {
    const body = '<p>BIS, the Entity List, US persons, the BSI and white-label goods.</p>';
    const { html } = markEn(body);
    const text = (markup: string) => markup.replace(/<[^>]*>/g, '');
    expect(text(html)).toBe(text(page(body)));
  });
});

describe('marksTermsOn', () => {
  it('leaves the glossary, search, the timeline and its embed unmarked, in both languages', () => {
    for (const path of [
      '/en/glossary/',
      '/de/glossar/',
      '/en/search/',
      '/de/suche/',
      '/en/timeline/',
      '/de/embed/timeline/',
    ]) {
      expect(marksTermsOn(path, path.startsWith('/en/') ? 'en' : 'de')).toBe(false);
    }
    expect(marksTermsOn('/en/what-is-banned/', 'en')).toBe(true);
    expect(marksTermsOn('/de/glossar/', 'de')).toBe(false);
  });
});

describe('findFormConflicts', () => {
  const where = (id: string) => `content/glossary/${id}.yaml`;

  it('finds none in distinct entries', () => {
    expect(findFormConflicts(ENTRIES, where)).toEqual([]);
  });

  it('names the file and the field of a form that another entry already has', () => {
    const clash: GlossaryTerms = {
      id: 'entity-list-copy',
      en: { term: 'Entities', variants: ['Entity  List'] },
      de: { term: 'Entitäten', abbreviation: 'BSI', variants: [] },
    };
    expect(findFormConflicts([...ENTRIES, clash], where)).toEqual([
      'content/glossary/entity-list-copy.yaml: en.variants[0] "Entity  List" is already a form of content/glossary/entity-list.yaml',
      'content/glossary/entity-list-copy.yaml: de.abbreviation "BSI" is already a form of content/glossary/bsi.yaml',
    ]);
  });

  it('names a form an entry repeats', () => {
    const repeated: GlossaryTerms = {
      id: 'ofac',
      en: { term: 'OFAC', abbreviation: 'OFAC', variants: [] },
      de: { term: 'OFAC', variants: [] },
    };
    expect(findFormConflicts([repeated], where)).toEqual([
      'content/glossary/ofac.yaml: en.abbreviation "OFAC" is already a form of this entry',
    ]);
  });
});

describe('alphabetical', () => {
  it('orders by the term in the page language', () => {
    expect(alphabetical(ENTRIES, 'de').map((entry) => entry.id)).toEqual([
      'bsi',
      'bis',
      'entity-list',
      'us-person',
      'white-label',
    ]);
    expect(alphabetical(ENTRIES, 'en').map((entry) => entry.id)).toEqual([
      'bis',
      'entity-list',
      'bsi',
      'us-person',
      'white-label',
    ]);
  });
});

describe('letterIndex', () => {
  const index = letterIndex(ENTRIES, 'de');
  it('lists A to Z, linking each letter to the first entry filed under it', () => {
    expect(index.map(({ letter }) => letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(index.find(({ letter }) => letter === 'B')?.id).toBe('bsi');
    expect(index.find(({ letter }) => letter === 'U')?.id).toBe('us-person');
  });
  it('leaves letters without a term unlinked', () => {
    expect(index.find(({ letter }) => letter === 'Q')?.id).toBeUndefined();
  });
  it('files an accented first letter under its base letter', () => {
    const umlaut = { ...ENTRIES[0]!, id: 'uebung', de: { term: 'Übung' } };
    expect(letterIndex([umlaut], 'de').find(({ letter }) => letter === 'U')?.id).toBe('uebung');
  });
});
