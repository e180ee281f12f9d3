/** Bad timeline data must be named precisely: the file, the event id and the field. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { timelineEventSchema } from '../../src/schemas/timeline';
import { findTimelineProblems, type TimelineEvent } from '../../src/lib/timeline/events';
import { loadEvents, loadSources } from './timelineData';

const sources = loadSources();
const good = loadEvents().find((e) => e.id === 'updates-end')!;
const withChanges = (changes: Partial<TimelineEvent>): TimelineEvent => ({ ...good, ...changes });

describe('the timeline content', () => {
  it('has at least the events the issue asks for, each with a citation that holds', () => {
    const events = loadEvents();
    expect(events.length).toBeGreaterThanOrEqual(13);
    for (const id of [
      'founded-in-moscow',
      'dhs-removal-order',
      'federal-use-law',
      'fcc-covered-list',
      'commerce-final-determination',
      'ofac-sanctions',
      'entity-list',
      'withdrawal-announced',
      'sales-ban-in-force',
      'updates-end',
      'bsi-keeps-warning',
    ]) {
      expect(events.map((e) => e.id)).toContain(id);
    }
    expect(findTimelineProblems(events, sources)).toEqual([]);
  });

  it('shows both datings of the September deadline: ZDNet’s 29 September and heise’s end of September or beginning of October', () => {
    expect(good.date.iso).toBe('2024-09-29');
    expect(good.citations.map((c) => c.source)).toContain('zdnet-de');
    expect(good.otherDatings[0]!.citations.map((c) => c.source)).toEqual(['heise-en', 'heise-de']);
  });

  it('dates the withdrawal announcement to 15 July 2024, the day the external report gives, not CRN’s "Tuesday"', () => {
    const withdrawal = loadEvents().find((e) => e.id === 'withdrawal-announced')!;
    expect(withdrawal.date.iso).toBe('2024-07-15');
    expect(withdrawal.citations.map((c) => c.source)).toContain('rappler-exit');
  });
});

describe('bad timeline data', () => {
  it('names the file, the event and the field when a quote is not in the source', () => {
    const bad = withChanges({
      citations: [good.citations[0]!, { source: 'zdnet-de', quote: 'words ZDNet never wrote' }],
    });
    expect(findTimelineProblems([bad], sources)).toEqual([
      'content/timeline/updates-end.yaml (event "updates-end", field citations[1]): quote not found in source "zdnet-de": "words ZDNet never wrote"',
    ]);
  });

  it('names the field of an unknown source inside another dating', () => {
    const bad = withChanges({
      otherDatings: [{ text: good.otherDatings[0]!.text, citations: [{ source: 'heise', quote: 'x' }] }],
    });
    expect(findTimelineProblems([bad], sources)[0]).toMatch(
      /^content\/timeline\/updates-end\.yaml \(event "updates-end", field otherDatings\[0\]\.citations\[0\]\): unknown source id "heise"/,
    );
  });

  it('requires a quote when an article is cited', () => {
    const bad = withChanges({ citations: [{ source: 'heise-en' }] });
    expect(findTimelineProblems([bad], sources)).toEqual([
      'content/timeline/updates-end.yaml (event "updates-end", field citations[0]): citation of article "heise-en" needs a verbatim quote',
    ]);
  });

  it('rejects an id that cannot be a stable deep link', () => {
    const bad = { ...good, id: 'Updates End' };
    expect(findTimelineProblems([bad], sources)[0]).toContain('(event "Updates End", field id)');
  });

  const fixture = `
date: "2024-09-29"
category: us-government
title: { en: T, de: T }
label: { en: L, de: L }
summary: { en: S, de: S }
citations: [{ source: zdnet-de, quote: Ab 29. September }]
`;
  const issues = (yaml: string) => {
    const result = timelineEventSchema.safeParse(parse(yaml));
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts the well-formed fixture', () => {
    expect(issues(fixture)).toEqual([]);
  });

  it('names the field of an impossible date', () => {
    expect(issues(fixture.replace('"2024-09-29"', '"2024-02-30"'))).toEqual([
      'date: "2024-02-30" is not a real calendar date',
    ]);
  });

  it('names the field of an unknown category', () => {
    expect(issues(fixture.replace('us-government', 'russia'))[0]).toMatch(/^category: /);
  });

  it('names a missing German title', () => {
    expect(issues(fixture.replace('title: { en: T, de: T }', 'title: { en: T }'))[0]).toMatch(/^title\.de: /);
  });

  it('rejects an event without citations', () => {
    expect(issues(fixture.replace(/citations: .*/, 'citations: []'))[0]).toMatch(/^citations: /);
  });

  it('rejects a span that ends before it begins', () => {
    expect(issues(`${fixture}end: "2024-07-20"\n`)).toEqual(['end: end must be later than date']);
  });

  it('rejects a chart label too long to draw', () => {
    expect(issues(fixture.replace('label: { en: L, de: L }', `label: { en: ${'x'.repeat(40)}, de: L }`))[0]).toMatch(
      /^label\.en: /,
    );
  });
});
