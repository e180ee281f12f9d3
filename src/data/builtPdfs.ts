import type { Locale } from '../lib/i18n';
import { pdfSummaryEnabled, pdfVariantsFor, type PdfVariant } from '../lib/summary/pdf';

/**
 * The PDFs of this locale that a page may link to. The build writes them only in production and unless
 * PDF_SUMMARY=off, so in the dev server or with the switch off there are none and no page links to a missing file.
 */
export function builtPdfVariants(locale: Locale): PdfVariant[] {
  return import.meta.env.PROD && pdfSummaryEnabled(process.env) ? pdfVariantsFor(locale) : [];
}
