/** The downloads (events.json, events.csv) and the embed's query options. */
import { describe, expect, it } from 'vitest';
import { csvField, eventsCsv, eventsDocument, DATA_LICENCE } from '../../src/lib/timeline/serialise';
import { inRange, parseEmbedOptions } from '../../src/lib/timeline/embedOptions';
import { parseEmbedTheme } from '../../src/lib/timeline/embedTheme';
import { TIMELINE_STRINGS } from '../../src/lib/timeline/strings';
import { TIMELINE_CATEGORIES } from '../../src/lib/timeline/categories';
import { loadEvents } from './timelineData';

const events = loadEvents();
const ids = new Set(events.map((e) => e.id));

describe('events.json', () => {
  it('carries licence, last-updated date, a link per event and the date precision', () => {
    const doc = eventsDocument(events, 'de', 'https://example.org/de/timeline/', '2026-11-26');
    expect(doc.licence).toEqual(DATA_LICENCE);
    expect(doc.lastUpdated).toBe('2026-11-26');
    expect(doc.events).toHaveLength(events.length);
    const bsiKeepsWarning = doc.events.find((e) => e.id === 'bsi-keeps-warning')!;
    expect(bsiKeepsWarning).toMatchObject({
      date: '2024-06',
      precision: 'month',
      dateText: 'Juni 2024',
      url: 'https://example.org/de/timeline/#bsi-keeps-warning',
    });
    expect(doc.events.find((e) => e.id === 'updates-end')!.otherDatings[0]!.citations[0]!.source).toBe('heise-en');
  });
});

describe('events.csv', () => {
  it('quotes fields with commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('has a header and one row per event, every line ending in CRLF', () => {
    const csv = eventsCsv(events, 'en');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(TIMELINE_STRINGS.en.csvHeader.join(','));
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(events.length + 2);
    expect(lines[1]).toMatch(/^founded-in-moscow,1997,year,,kaspersky,/);
  });
});

describe('embed options', () => {
  it('uses the defaults for an empty query', () => {
    expect(parseEmbedOptions('', ids)).toEqual({
      categories: [...TIMELINE_CATEGORIES],
      from: undefined,
      to: undefined,
      event: undefined,
      id: undefined,
    });
  });

  it('reads valid options', () => {
    const options = parseEmbedOptions(
      '?theme=dark&categories=sanctions,kaspersky&from=2024-06&to=2024-07-20&event=entity-list&id=frame-1',
      ids,
    );
    expect(options.categories).toEqual(['sanctions', 'kaspersky']);
    expect(options.from?.iso).toBe('2024-06');
    expect(options.to?.iso).toBe('2024-07-20');
    expect(options.event).toBe('entity-list');
    expect(options.id).toBe('frame-1');
  });

  it('falls back to defaults for hostile or malformed values', () => {
    const options = parseEmbedOptions(
      '?theme=<script>&categories=__proto__,constructor&from=2024-13&to=javascript:alert(1)&event=%22%3E%3Cimg%20src%3Dx%3E&id=a%20b"',
      ids,
    );
    expect(options).toEqual(parseEmbedOptions('', ids));
  });

  it('reads the theme on its own, light unless dark or auto is asked for', () => {
    expect(parseEmbedTheme('')).toBe('light');
    expect(parseEmbedTheme('?theme=dark&id=frame-1')).toBe('dark');
    expect(parseEmbedTheme('?theme=auto')).toBe('auto');
    expect(parseEmbedTheme('?theme=<script>')).toBe('light');
    expect(parseEmbedTheme('?theme=Dark')).toBe('light');
  });

  it('drops a range whose start is after its end, and keeps valid categories among invalid ones', () => {
    const options = parseEmbedOptions('?from=2024-09&to=2017&categories=sanctions,nope', ids);
    expect(options.from).toBeUndefined();
    expect(options.to).toBeUndefined();
    expect(options.categories).toEqual(['sanctions']);
  });

  it('includes the whole last month or year of a range', () => {
    const to = parseEmbedOptions('?to=2024-07', ids);
    expect(inRange(new Date('2024-07-31'), to)).toBe(true);
    expect(inRange(new Date('2024-08-01'), to)).toBe(false);
    expect(inRange(new Date('1997-01-01'), parseEmbedOptions('?from=2017', ids))).toBe(false);
  });
});
