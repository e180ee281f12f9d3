/**
 * The PDF summary's files, the build switch that turns them off, and the file-size text of the links.
 * Pure, so the build integration, the components and the tests share one definition.
 */
import type { Locale } from '../i18n';

type PaperFormat = 'A4' | 'Letter';

export interface PdfVariant {
  file: string;
  locale: Locale;
  format: PaperFormat;
}

/** Every PDF the build writes into dist/: A4 in both languages, and US Letter for English readers in the US. */
export const PDF_VARIANTS: readonly PdfVariant[] = [
  { file: 'summary-en.pdf', locale: 'en', format: 'A4' },
  { file: 'summary-de.pdf', locale: 'de', format: 'A4' },
  { file: 'summary-en-letter.pdf', locale: 'en', format: 'Letter' },
];

/** The summary is designed for paper: more pages than this fail the build. */
export const MAX_PDF_PAGES = 2;

export function summaryPath(locale: Locale): string {
  return `/${locale}/summary/`;
}

export function pdfVariantsFor(locale: Locale): PdfVariant[] {
  return PDF_VARIANTS.filter((variant) => variant.locale === locale);
}

/**
 * `PDF_SUMMARY=off` builds the site without the PDFs and without any link to them; unset or `on` builds them.
 * Any other value is a typo that would otherwise silently pick one of the two.
 */
export function pdfSummaryEnabled(env: Record<string, string | undefined>): boolean {
  const value = env.PDF_SUMMARY?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(
    `PDF_SUMMARY is "${env.PDF_SUMMARY}"; use "off" to build without the PDF summary, or leave it unset.`,
  );
}

/**
 * The size of a PDF is known only after the pages are built and rendered, so the pages carry a marker
 * that the build replaces with the real size.
 */
export function sizeMarker(file: string): string {
  return `__PDF_SIZE_${file}__`;
}

const MARKER = /__PDF_SIZE_([a-z0-9-]+\.pdf)__/g;

/** Replaces every size marker; a marker for a file that was not built is an error, never shipped. */
export function fillSizeMarkers(html: string, sizes: ReadonlyMap<string, string>): string {
  return html.replace(MARKER, (_, file: string) => {
    const size = sizes.get(file);
    if (size === undefined) throw new Error(`A page links to ${file}, which the build did not produce.`);
    return size;
  });
}

export function hasSizeMarker(html: string): boolean {
  return new RegExp(MARKER.source).test(html);
}

/** "84 kB" in either language, in SI kilobytes as browsers and file managers show them. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const kilobytes = Math.max(1, Math.round(bytes / 1000));
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  }).format(kilobytes);
}

/**
 * Pages of a PDF, counted from its page objects (Chromium writes them uncompressed, one `/Type /Page` each).
 * Fails closed: a PDF has at least one page, so finding none means the count cannot be trusted.
 */
export function countPdfPages(pdf: string): number {
  const pages = (pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  if (pages === 0)
    throw new Error('PDF summary: no page objects found, so its pages cannot be counted (compressed object streams?)');
  return pages;
}
