/**
 * The sources page's "Cited on" list counts every place whose citations the build checks (m5 of the fact-check
 * of 2 December 2026: heise-de was listed as "Not cited on any page yet" while the timeline and the checker cited
 * it). Each fixture cites a source in one place only, so dropping that place from the count fails its test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateCheckerTree } from '../../src/lib/checker/validateTree';
import { placesCiting, type SiteCitations } from '../../src/lib/sourceUses';
import type { CheckerTree } from '../../src/schemas/checker';
import type { DisagreementData } from '../../src/schemas/disagreements';
import { loadEvents } from './timelineData';

const ROOT = join(import.meta.dirname, '..', '..');
const realTree = validateCheckerTree(
  parse(readFileSync(join(ROOT, 'content/checker/tree.yaml'), 'utf8')),
  'content/checker/tree.yaml',
);

const none: SiteCitations = {
  written: [],
  timeline: [],
  checker: [],
  glossary: [],
  disagreements: [],
  corrections: [],
};
const cite = (source: string) => [{ source }];

/** The real tree with every citation pointing at one source, except one node's, which cites `only-here`. */
function treeCitingOnlyHereIn(part: 'question' | 'outcome' | 'basis' | 'part'): CheckerTree {
  const tree = structuredClone(realTree);
  const strip = <T extends { citations: { source: string }[] }>(node: T) => ({ ...node, citations: cite('elsewhere') });
  tree.questions = tree.questions.map(strip);
  tree.outcomes = tree.outcomes.map((outcome) => ({
    ...outcome,
    basis: [{ source: 'elsewhere', quote: 'x' }],
    detailCitations: [],
    applies: outcome.applies.map(strip),
  }));
  tree.parts = tree.parts.map((node) => ({ ...strip(node), applies: node.applies.map(strip) }));
  if (part === 'question') tree.questions[0]!.citations = cite('only-here');
  if (part === 'outcome') tree.outcomes[0]!.applies[0]!.citations = cite('only-here');
  if (part === 'basis') tree.outcomes[0]!.basis = [{ source: 'only-here', quote: 'x' }];
  if (part === 'part') tree.parts[0]!.citations = cite('only-here');
  return tree;
}

describe('where a source is cited, for the sources page', () => {
  it('counts a source that only the timeline cites, in its events and in their other datings', () => {
    const inEvent: SiteCitations = { ...none, timeline: [{ citations: cite('heise-de'), otherDatings: [] }] };
    const inDating: SiteCitations = {
      ...none,
      timeline: [{ citations: cite('x'), otherDatings: [{ citations: cite('heise-de') }] }],
    };
    expect(placesCiting('heise-de', 'en', inEvent)).toEqual(['timeline']);
    expect(placesCiting('heise-de', 'en', inDating)).toEqual(['timeline']);
  });

  it('counts a source that only the checker cites, in a question, an outcome, a verdict’s basis or an added part', () => {
    for (const part of ['question', 'outcome', 'basis', 'part'] as const) {
      expect(placesCiting('only-here', 'de', { ...none, checker: [treeCitingOnlyHereIn(part)] }), part).toEqual([
        'checker',
      ]);
    }
  });

  it('counts the glossary, the disagreements (accounts and primary text) and the corrections', () => {
    const disagreement = (accounts: string, primary?: string) =>
      ({
        accounts: [{ says: { en: '', de: '' }, citations: cite(accounts) }],
        ...(primary ? { primary: { says: { en: '', de: '' }, citations: cite(primary) } } : {}),
      }) as unknown as DisagreementData;
    expect(placesCiting('s', 'en', { ...none, glossary: [{ citations: cite('s') }] })).toEqual(['glossary']);
    expect(placesCiting('s', 'en', { ...none, disagreements: [disagreement('s')] })).toEqual(['disagreements']);
    expect(placesCiting('s', 'en', { ...none, disagreements: [disagreement('x', 's')] })).toEqual(['disagreements']);
    expect(placesCiting('s', 'en', { ...none, corrections: [{ citations: cite('s') }] })).toEqual(['corrections']);
  });

  it('counts a written page or the summary only in its own language, before the shared places', () => {
    const data: SiteCitations = {
      ...none,
      written: [
        { key: 'background', locale: 'de', citations: cite('s') },
        { key: 'summary', locale: 'en', citations: cite('s') },
      ],
      timeline: [{ citations: cite('s'), otherDatings: [] }],
    };
    expect(placesCiting('s', 'en', data)).toEqual(['summary', 'timeline']);
    expect(placesCiting('s', 'de', data)).toEqual(['background', 'timeline']);
  });

  it('lists nothing for a source no place cites', () => {
    expect(placesCiting('unused', 'en', { ...none, timeline: [{ citations: cite('s'), otherDatings: [] }] })).toEqual(
      [],
    );
  });
});

describe('the real content', () => {
  const data: SiteCitations = { ...none, timeline: loadEvents(), checker: [realTree] };

  it('lists every source the timeline or the checker cites as cited there, in both languages', () => {
    const timelineSources = new Set(
      loadEvents().flatMap((event) =>
        [...event.citations, ...event.otherDatings.flatMap((dating) => dating.citations)].map((c) => c.source),
      ),
    );
    expect(timelineSources.size).toBeGreaterThan(0);
    for (const source of timelineSources) {
      for (const locale of ['en', 'de'] as const)
        expect(placesCiting(source, locale, data), `${source} (${locale})`).toContain('timeline');
    }
    expect(placesCiting('heise-de', 'en', data)).toContain('checker');
  });
});
