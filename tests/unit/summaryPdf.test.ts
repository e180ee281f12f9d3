import { describe, expect, it } from 'vitest';
import {
  PDF_VARIANTS,
  countPdfPages,
  fillSizeMarkers,
  formatFileSize,
  hasSizeMarker,
  pdfSummaryEnabled,
  pdfVariantsFor,
  sizeMarker,
} from '../../src/lib/summary/pdf';
import { fillTemplate } from '../../src/lib/template';

describe('the PDF_SUMMARY switch', () => {
  it('builds the PDFs unless it is "off"', () => {
    expect(pdfSummaryEnabled({})).toBe(true);
    expect(pdfSummaryEnabled({ PDF_SUMMARY: 'on' })).toBe(true);
    expect(pdfSummaryEnabled({ PDF_SUMMARY: 'off' })).toBe(false);
    expect(pdfSummaryEnabled({ PDF_SUMMARY: ' OFF ' })).toBe(false);
  });

  it('rejects a value it does not know instead of guessing', () => {
    expect(() => pdfSummaryEnabled({ PDF_SUMMARY: 'no' })).toThrow(/PDF_SUMMARY is "no"; use "off"/);
  });
});

describe('the PDF variants', () => {
  it('are A4 in both languages and US Letter in English, with distinct file names', () => {
    expect(PDF_VARIANTS.map((variant) => `${variant.file} ${variant.format}`)).toEqual([
      'summary-en.pdf A4',
      'summary-de.pdf A4',
      'summary-en-letter.pdf Letter',
    ]);
    expect(pdfVariantsFor('de').map((variant) => variant.file)).toEqual(['summary-de.pdf']);
  });
});

describe('file sizes in the links', () => {
  it('are written in kilobytes as each language writes them', () => {
    expect(formatFileSize(84_400, 'en')).toBe('84 kB');
    expect(formatFileSize(1_234_567, 'de')).toBe('1.235 kB');
    expect(formatFileSize(120, 'en')).toBe('1 kB');
  });

  it('replace every marker with the size of its file', () => {
    const html = `<a href="/summary-en.pdf">PDF, ${sizeMarker('summary-en.pdf')}</a> <a>${sizeMarker('summary-de.pdf')}</a>`;
    const filled = fillSizeMarkers(
      html,
      new Map([
        ['summary-en.pdf', '84 kB'],
        ['summary-de.pdf', '90 kB'],
      ]),
    );
    expect(filled).toBe('<a href="/summary-en.pdf">PDF, 84 kB</a> <a>90 kB</a>');
    expect(hasSizeMarker(html)).toBe(true);
    expect(hasSizeMarker(filled)).toBe(false);
  });

  it('refuse to leave a link to a PDF that was not built', () => {
    expect(() => fillSizeMarkers(sizeMarker('summary-fr.pdf'), new Map())).toThrow(
      /links to summary-fr\.pdf, which the build did not produce/,
    );
  });
});

describe('PDF pages', () => {
  it('are counted from page objects, not from the page tree', () => {
    const pdf =
      '1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>> 2 0 obj <</Type /Page>> 3 0 obj <</Type/Page /Parent 1 0 R>>';
    expect(countPdfPages(pdf)).toBe(2);
  });

  it('that cannot be counted fail the check instead of passing it as zero pages', () => {
    // Chromium could one day write its page objects into compressed object streams, where no `/Type /Page` shows.
    const compressed = '1 0 obj <</Type /ObjStm /N 3 /Filter /FlateDecode>> stream x\x9c endstream';
    expect(() => countPdfPages(compressed)).toThrow(/no page objects/);
  });

  it('fill the footer template', () => {
    expect(fillTemplate('Seite {page} von {total}', { page: '1', total: '2' })).toBe('Seite 1 von 2');
  });
});
