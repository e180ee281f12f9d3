/**
 * "Sources up to 24 September 2024": the date of the newest source a page cites, computed at build time, so
 * no page implies that its statements were checked later than the newest source behind them.
 */
import { periodEnd, type PartialDate } from './partialDate';

/**
 * The newest of some source dates. A source known only to the month may be as late as that month's last
 * day, so dates compare by the end of their period: "September 2024" is newer than "24 September 2024".
 * Where two periods end together, the more precise date wins, as it says no more than the other.
 */
export function newestSourceDate(dates: Iterable<PartialDate>): PartialDate | undefined {
  let newest: PartialDate | undefined;
  for (const date of dates) {
    if (!newest) {
      newest = date;
      continue;
    }
    const byEnd = periodEnd(date).getTime() - periodEnd(newest).getTime();
    if (byEnd > 0 || (byEnd === 0 && date.start.getTime() > newest.start.getTime())) newest = date;
  }
  return newest;
}
