/** Every string the timeline and its embed show or announce, in both languages. */
import type { Locale } from '../i18n';
import type { TimelineCategory } from './categories';

const en = {
  navLabel: 'Timeline',
  pageTitle: 'Timeline: Kaspersky and the US, 1997 to 2024',
  pageDescription:
    'The main steps from the 2017 order to remove Kaspersky from US federal systems to the end of Kaspersky updates in the US in September 2024, with dates and sources.',
  intro:
    'The chart places each event on its date; most of them fall between June and September 2024, so the years between the clusters are left out (marked by a break). A dot is an event known to the day, a bar a period: a month or a year when only that is known, or a span of time. Colours show who acted. Below the chart, the same events are listed in date order with their sources.',
  chartLabel: 'Timeline chart',
  keyboardHint:
    'Use the arrow keys to move between events, Home and End for the first and last, Enter to open an event, Escape to close it. Where the chart runs across, + and − zoom it, 0 resets it, and dragging moves it; with the mouse, hold Ctrl (⌘ on a Mac) and turn the wheel to zoom, or pinch on a trackpad or touch screen.',
  listHeading: 'All events in date order',
  filterLegend: 'Show categories',
  filtersSummary: 'Categories',
  embedFilterLegend: 'Categories in the embed',
  resetZoom: 'Reset zoom',
  viewLegend: 'View',
  viewChart: 'Chart',
  viewList: 'List',
  detailHeading: 'Selected event',
  close: 'Close',
  copyLink: 'Copy link',
  showOnChart: 'Show on chart',
  linkCopied: 'Link copied',
  sources: 'Sources',
  otherDating: 'Dated differently',
  today: 'Today',
  eventOf: (n: number | string, total: number | string) => `${n} of ${total}`,
  zoomLegend: 'Zoom',
  zoomAll: 'All years',
  dataHeading: 'The data',
  dataText:
    'The events as data, free to reuse under the Creative Commons Attribution 4.0 licence (CC BY 4.0), with a link to this page:',
  lastUpdated: 'Last updated',
  embedFooterSources: 'Sources in each event',
  embedFooterData: 'Data',
  embedHeading: 'Embed this timeline',
  embedText: 'Paste this into your page. The script is optional: it lets the frame follow the height of its content.',
  embedFrameTitle: 'Timeline: Kaspersky and the US ban',
  embedFallback: 'Open the timeline',
  copyCode: 'Copy code',
  embedOptions: 'Options',
  theme: 'Colours',
  themes: { light: 'Light', dark: 'Dark', auto: 'Follow the reader’s system (for sites with a dark mode)' },
  initialEvent: 'Open on event',
  noInitialEvent: 'None',
  preview: 'Preview',
  previewSizes: { phone: 'On a phone, 360 px wide', wide: 'In a wide column' },
  previewHeight: (px: number) =>
    `With the script, the frame is as tall as its content at every width, and nothing inside it scrolls. Without it, the frame is ${px} px tall, its height in a 640 px column, and scrolls when a list or an event makes it longer.`,
  codeCopied: 'Code copied',
  embedAttribution: 'Kaspersky and the US ban: full timeline and sources',
  noEvents: 'No event matches the selected categories and dates.',
  eventsShown: (n: number | string) => `${n} events shown`,
  inView: (from: string, to: string, n: number | string) => `In view: ${from} to ${to}, ${n} events`,
  categories: {
    'us-government': 'US government',
    sanctions: 'Sanctions',
    kaspersky: 'Kaspersky',
    'germany-eu': 'Germany and EU',
  } satisfies Record<TimelineCategory, string>,
  csvHeader: ['id', 'date', 'date_precision', 'end', 'category', 'title', 'summary', 'sources'],
};

export type TimelineStrings = typeof en;

const de: TimelineStrings = {
  navLabel: 'Chronik',
  pageTitle: 'Chronik: Kaspersky und die USA, 1997 bis 2024',
  pageDescription:
    'Die wichtigsten Schritte von der Anordnung 2017, Kaspersky aus den Systemen der US-Bundesbehörden zu entfernen, bis zum Ende der Kaspersky-Updates in den USA im September 2024, mit Daten und Quellen.',
  intro:
    'Die Grafik zeigt jedes Ereignis an seinem Datum; die meisten liegen zwischen Juni und September 2024, deshalb sind die Jahre zwischen den Häufungen ausgelassen (durch einen Bruch markiert). Ein Punkt steht für ein taggenau bekanntes Ereignis, ein Balken für einen Zeitraum: einen Monat oder ein Jahr, wenn nur das bekannt ist, oder eine Frist. Die Farben zeigen, wer gehandelt hat. Unter der Grafik stehen dieselben Ereignisse in zeitlicher Reihenfolge mit ihren Quellen.',
  chartLabel: 'Zeitleiste',
  keyboardHint:
    'Mit den Pfeiltasten von Ereignis zu Ereignis, mit Pos1 und Ende zum ersten und letzten, mit Eingabe ein Ereignis öffnen, mit Escape schließen. Wo die Grafik quer verläuft, zoomen + und − sie, 0 setzt sie zurück, und Ziehen verschiebt sie; mit der Maus zoomt das Rad bei gedrückter Strg-Taste (⌘ auf dem Mac), auf Trackpad und Touchscreen das Spreizen zweier Finger.',
  listHeading: 'Alle Ereignisse in zeitlicher Reihenfolge',
  filterLegend: 'Kategorien zeigen',
  filtersSummary: 'Kategorien',
  embedFilterLegend: 'Kategorien in der Einbettung',
  resetZoom: 'Zoom zurücksetzen',
  viewLegend: 'Ansicht',
  viewChart: 'Grafik',
  viewList: 'Liste',
  detailHeading: 'Ausgewähltes Ereignis',
  close: 'Schließen',
  copyLink: 'Link kopieren',
  showOnChart: 'Im Diagramm zeigen',
  linkCopied: 'Link kopiert',
  sources: 'Quellen',
  otherDating: 'Abweichende Datierung',
  today: 'Heute',
  eventOf: (n: number | string, total: number | string) => `${n} von ${total}`,
  zoomLegend: 'Zoom',
  zoomAll: 'Alle Jahre',
  dataHeading: 'Die Daten',
  dataText:
    'Die Ereignisse als Daten, frei nutzbar unter der Lizenz Creative Commons Namensnennung 4.0 (CC BY 4.0) mit einem Link auf diese Seite:',
  lastUpdated: 'Zuletzt aktualisiert',
  embedFooterSources: 'Quellen bei jedem Ereignis',
  embedFooterData: 'Daten',
  embedHeading: 'Diese Chronik einbinden',
  embedText:
    'Fügen Sie diesen Code in Ihre Seite ein. Das Skript ist optional: Damit passt sich die Höhe des Rahmens dem Inhalt an.',
  embedFrameTitle: 'Chronik: Kaspersky und das US-Verbot',
  embedFallback: 'Chronik öffnen',
  copyCode: 'Code kopieren',
  embedOptions: 'Optionen',
  theme: 'Farben',
  themes: { light: 'Hell', dark: 'Dunkel', auto: 'Wie im System der Leser (für Seiten mit dunklem Modus)' },
  initialEvent: 'Mit Ereignis öffnen',
  noInitialEvent: 'Keines',
  preview: 'Vorschau',
  previewSizes: { phone: 'Auf einem Smartphone, 360 px breit', wide: 'In einer breiten Spalte' },
  previewHeight: (px: number) =>
    `Mit dem Skript ist der Rahmen bei jeder Breite so hoch wie sein Inhalt, und nichts darin scrollt. Ohne das Skript ist er ${px} px hoch, seine Höhe in einer 640 px breiten Spalte, und scrollt, wenn die Liste oder ein Ereignis ihn verlängert.`,
  codeCopied: 'Code kopiert',
  embedAttribution: 'Kaspersky und das US-Verbot: ganze Chronik und Quellen',
  noEvents: 'Kein Ereignis passt zu den gewählten Kategorien und Daten.',
  eventsShown: (n: number | string) => `${n} Ereignisse angezeigt`,
  inView: (from: string, to: string, n: number | string) => `Sichtbar: ${from} bis ${to}, ${n} Ereignisse`,
  categories: {
    'us-government': 'US-Regierung',
    sanctions: 'Sanktionen',
    kaspersky: 'Kaspersky',
    'germany-eu': 'Deutschland und EU',
  },
  csvHeader: ['id', 'datum', 'datum_genauigkeit', 'ende', 'kategorie', 'titel', 'zusammenfassung', 'quellen'],
};

export const TIMELINE_STRINGS: Record<Locale, TimelineStrings> = { en, de };

export function timelineStrings(locale: Locale): TimelineStrings {
  return TIMELINE_STRINGS[locale];
}
