import { describe, expect, it } from 'vitest';
import { parsePartialDate, periodEnd } from '../../src/lib/partialDate';
import { newestSourceDate } from '../../src/lib/sourcesDate';

const dates = (...isos: string[]) => isos.map(parsePartialDate);

describe('the date of the newest cited source', () => {
  it('ends each period where the next one begins', () => {
    expect(periodEnd(parsePartialDate('2024-09-24')).toISOString()).toBe('2024-09-25T00:00:00.000Z');
    expect(periodEnd(parsePartialDate('2024-12')).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(periodEnd(parsePartialDate('2021')).toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });

  it('is the latest day where every source gives its day', () => {
    expect(newestSourceDate(dates('2024-06-20', '2024-09-24', '2022-03-15'))?.iso).toBe('2024-09-24');
  });

  it('keeps the precision of a source known only to the month, which may be later than a day in that month', () => {
    expect(newestSourceDate(dates('2024-07-16', '2024-07', '2024-06-20'))?.iso).toBe('2024-07');
    expect(newestSourceDate(dates('2024-07', '2024-08-01'))?.iso).toBe('2024-08-01');
  });

  it('prefers the day where it ends the same period as a month', () => {
    expect(newestSourceDate(dates('2024-09', '2024-09-30'))?.iso).toBe('2024-09-30');
  });

  it('is absent for a page that cites nothing', () => {
    expect(newestSourceDate([])).toBeUndefined();
  });
});
