import type { Locale } from '../i18n';

/** Words that only paper shows: the printout's masthead and the grouped notes' back-links. */
export interface PrintStrings {
  /** Before the page's own address in the printout's masthead. */
  pageAddress: string;
  /** Screen-reader text before a quote's back-links (a, b, c) to the places in the text that cite it. */
  backToText: string;
}

export const PRINT_STRINGS: Record<Locale, PrintStrings> = {
  en: {
    pageAddress: 'Address of this page:',
    backToText: 'Cited in the text at',
  },
  de: {
    pageAddress: 'Adresse dieser Seite:',
    backToText: 'Im Text zitiert an Stelle',
  },
};
