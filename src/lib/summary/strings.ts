import type { Locale } from '../i18n';

/** UI strings of the printable summary and its PDF links; a key missing in one language is a type error. */
const en = {
  kicker: 'Summary for print',
  liveSite: 'Current version and all sources:',
  qrLabel: 'QR code: link to this site',
  notesHeading: 'Notes',
  sourcesHeading: 'Sources',
  paraphrase: 'paraphrase',
  downloadPdf: 'Download PDF summary',
  downloadPdfLetter: 'US Letter',
  printSummary: 'Printable summary',
  printSummaryIntro: 'The key facts, dates and sources on two pages, for paper or for passing on.',
  htmlVersion: 'Read it as a web page',
  pageOf: 'Page {page} of {total}',
} as const;

type SummaryStrings = { [K in keyof typeof en]: string };

const de = {
  kicker: 'Zusammenfassung zum Ausdrucken',
  liveSite: 'Aktuelle Fassung und alle Quellen:',
  qrLabel: 'QR-Code: Link zu dieser Website',
  notesHeading: 'Anmerkungen',
  sourcesHeading: 'Quellen',
  paraphrase: 'sinngemäß',
  downloadPdf: 'PDF-Zusammenfassung herunterladen',
  downloadPdfLetter: 'US-Letter',
  printSummary: 'Zusammenfassung zum Ausdrucken',
  printSummaryIntro: 'Die wichtigsten Fakten, Daten und Quellen auf zwei Seiten, zum Ausdrucken oder Weitergeben.',
  htmlVersion: 'Als Webseite lesen',
  pageOf: 'Seite {page} von {total}',
} as const satisfies SummaryStrings;

export const SUMMARY_STRINGS: Record<Locale, SummaryStrings> = { en, de };
