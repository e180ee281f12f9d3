/** The words a chart mark carries, shared by the build-time render and the page that re-draws it. */
import { formatPartialDate } from '../partialDate';
import type { Locale } from '../i18n';
import type { TimelineEvent } from './events';
import { accessibleMarkName, type MarkText } from './render';
import { timelineStrings } from './strings';

export function dateText(event: Pick<TimelineEvent, 'date' | 'end'>, locale: Locale): string {
  const start = formatPartialDate(event.date, locale);
  return event.end ? `${start} – ${formatPartialDate(event.end, locale)}` : start;
}

export function markTexts(events: readonly TimelineEvent[], locale: Locale): Map<string, MarkText> {
  const strings = timelineStrings(locale);
  return new Map(
    events.map((event, index) => [
      event.id,
      {
        id: event.id,
        category: event.category,
        label: event.label[locale],
        accessibleName: accessibleMarkName(
          event.label[locale],
          event.title[locale],
          dateText(event, locale),
          strings.eventOf(index + 1, events.length),
        ),
      },
    ]),
  );
}
