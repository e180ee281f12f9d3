import { describe, expect, it } from 'vitest';
import { daysBetween, formatPartialDate, formatTimeSince, parsePartialDate } from '../../src/lib/partialDate';

describe('partial dates', () => {
  it('takes the precision from the length of the ISO string', () => {
    expect(parsePartialDate('1997').precision).toBe('year');
    expect(parsePartialDate('2024-06').precision).toBe('month');
    expect(parsePartialDate('2024-07-20').precision).toBe('day');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => parsePartialDate('2024-7-20')).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(() => parsePartialDate('2024-02-30')).toThrow(/not a real calendar date/);
    expect(() => parsePartialDate('2024-13')).toThrow(/not a real calendar date/);
  });

  it('never writes a day that is not known, in either language', () => {
    expect(formatPartialDate(parsePartialDate('2024-06'), 'en')).toBe('June 2024');
    expect(formatPartialDate(parsePartialDate('2024-06'), 'de')).toBe('Juni 2024');
    expect(formatPartialDate(parsePartialDate('2024-07-20'), 'en')).toBe('20 July 2024');
    expect(formatPartialDate(parsePartialDate('2024-07-20'), 'de')).toBe('20. Juli 2024');
    expect(formatPartialDate(parsePartialDate('1997'), 'de')).toBe('1997');
  });
});

describe('time since a date', () => {
  const today = new Date(Date.UTC(2026, 10, 25));

  it('counts calendar days', () => {
    expect(daysBetween(new Date(Date.UTC(2024, 8, 29)), today)).toBe(787);
    expect(daysBetween(today, today)).toBe(0);
  });

  it('words the span in the largest fitting unit', () => {
    expect(formatTimeSince(new Date(Date.UTC(2024, 6, 20)), today, 'en')).toBe('2 years ago');
    expect(formatTimeSince(new Date(Date.UTC(2024, 6, 20)), today, 'de')).toBe('vor 2 Jahren');
    expect(formatTimeSince(new Date(Date.UTC(2026, 7, 1)), today, 'en')).toBe('3 months ago');
    expect(formatTimeSince(new Date(Date.UTC(2026, 10, 20)), today, 'en')).toBe('5 days ago');
  });
});

describe('time since, on the reader’s calendar day', () => {
  // 28 September 2026, 12:00 UTC is already 29 September (02:00) on Kiritimati (UTC+14), where vitest runs.
  const now = new Date(Date.UTC(2026, 8, 28, 12));
  const founded = new Date(Date.UTC(2024, 8, 29));

  it('counts from the runtime’s own day by default, as a reader east of UTC sees it', () => {
    expect(process.env.TZ).toBe('Pacific/Kiritimati');
    expect(formatTimeSince(founded, now, 'en')).toBe('2 years ago');
  });

  it('counts from the UTC day when the build asks for it', () => {
    expect(formatTimeSince(founded, now, 'en', 'UTC')).toBe('23 months ago');
  });
});
