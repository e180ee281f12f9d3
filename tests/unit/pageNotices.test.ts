import { describe, expect, it } from 'vitest';
import {
  dataPageKeyAt,
  entriesTouching,
  findPageKeyProblems,
  lastChangedOn,
  newestFirst,
} from '../../src/lib/pageNotices';
import { parsePartialDate } from '../../src/lib/partialDate';
import { entryPath, feedPath } from '../../src/lib/routes';

const correction = (id: string, iso: string, pages: string[]) => ({ id, data: { date: parsePartialDate(iso), pages } });

describe('which notices a page shows', () => {
  it('finds the data-built pages by their address, in both languages, and no other page', () => {
    expect(dataPageKeyAt('/en/timeline/', 'en')).toBe('timeline');
    expect(dataPageKeyAt('/de/summary/', 'de')).toBe('summary');
    expect(dataPageKeyAt('/de/check/', 'de')).toBe('checker');
    expect(dataPageKeyAt('/en/check/us/household/', 'en')).toBe('checker');
    expect(dataPageKeyAt('/en/background/', 'en')).toBeUndefined();
    expect(dataPageKeyAt('/en/embed/timeline/', 'en')).toBeUndefined();
  });

  it('lists the entries that name a page key, and only those', () => {
    const entries = [
      correction('a', '2026-12-01', ['overview', 'timeline']),
      correction('b', '2026-12-01', ['background']),
    ];
    expect(entriesTouching(entries, 'timeline').map((entry) => entry.id)).toEqual(['a']);
    expect(entriesTouching(entries, 'checker')).toEqual([]);
  });

  it("dates a page's folded corrections line by the newest correction that names it, whatever the order given", () => {
    const entries = [
      correction('a', '2026-12-01', ['timeline']),
      correction('b', '2026-12-02', ['timeline']),
      correction('c', '2026-12-03', ['overview']),
    ];
    expect(lastChangedOn(entries, 'timeline')?.iso).toBe('2026-12-02');
    expect(lastChangedOn([...entries].reverse(), 'timeline')?.iso).toBe('2026-12-02');
    expect(lastChangedOn(entries, 'checker')).toBeUndefined();
  });

  it('orders the log newest first, and entries of one day by id', () => {
    const entries = [
      correction('b', '2026-12-01', ['x']),
      correction('old', '2025-01-05', ['x']),
      correction('a', '2026-12-01', ['x']),
    ];
    expect(newestFirst(entries).map((entry) => entry.id)).toEqual(['a', 'b', 'old']);
  });
});

describe('page keys in the editorial data', () => {
  it('names the file, the unknown key and the keys that exist', () => {
    const problems = findPageKeyProblems(
      ['overview', 'overveiw'],
      new Set(['overview', 'timeline']),
      'content/corrections/x.yaml',
    );
    expect(problems).toEqual([
      'content/corrections/x.yaml: unknown page key "overveiw" (known keys: overview, timeline)',
    ]);
  });
});

describe('addresses of entries and feeds', () => {
  it('links an entry by its id on the page of its language', () => {
    expect(entryPath('de', 'corrections', 'us-persons-abroad')).toBe('/de/korrekturen/#us-persons-abroad');
    expect(entryPath('en', 'disagreements', 'entity-list')).toBe('/en/disagreements/#entity-list');
    expect(feedPath('de')).toBe('/de/corrections.xml');
  });
});
