/**
 * The timeline's "Last updated" date (its page and events.json) is derived from the content at build time, never
 * written by hand (issue 23: the data said "Last updated 26 November 2026" although corrections of 1 December had
 * changed it). The rule: the newest correction whose pages include the timeline, else the site's last review.
 * tests/build/derivedContent.test.ts builds a copy of the site with a planted correction to prove the built pages
 * follow it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { correctionSchema } from '../../src/schemas/corrections';
import { timelineDataDate } from '../../src/lib/timeline/serialise';

const dir = join(import.meta.dirname, '..', '..', 'content/corrections');
const realCorrections = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ data: correctionSchema.parse(parse(readFileSync(join(dir, name), 'utf8'))) }));

const correction = (iso: string, pages: string[]) => ({
  data: correctionSchema.parse({ ...realCorrections[0]!.data, date: iso, pages }),
});
const newestReal = realCorrections
  .map((entry) => entry.data.date.iso)
  .sort()
  .at(-1)!;
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('the day the timeline data last changed', () => {
  it('is the newest correction that names the timeline, not one that names other pages only', () => {
    const later = dayAfter(newestReal);
    const fixtures = [...realCorrections, correction(dayAfter(later), ['background'])];
    const timelineDates = realCorrections
      .filter((entry) => entry.data.pages.includes('timeline'))
      .map((entry) => entry.data.date.iso);
    expect(timelineDataDate(fixtures, '2000-01-01')).toBe(timelineDates.sort().at(-1));
    expect(timelineDataDate([...fixtures, correction(later, ['timeline', 'overview'])], '2000-01-01')).toBe(later);
  });

  it('falls back to the last editorial review while no correction names the timeline', () => {
    expect(timelineDataDate([correction('2026-12-01', ['overview'])], '2026-11-30')).toBe('2026-11-30');
    expect(timelineDataDate([], '2026-11-30')).toBe('2026-11-30');
  });
});
