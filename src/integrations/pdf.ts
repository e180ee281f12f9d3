/**
 * Renders the printable summary pages to PDF at the end of the production build, with the Chromium the tests
 * use: A4 in English and German, US Letter in English. Then it writes each PDF's size into the links that
 * point to it. `PDF_SUMMARY=off` skips all of this, and the pages are built without those links.
 *
 * The pages are loaded from dist/ under the site's real address (every request to it is answered from disk,
 * every other request is refused), so relative links in the PDF point to the live site, not to a local server,
 * and no port is needed.
 *
 * The site itself sets its text in the reader's system faces (issue 13), which differ from machine to machine.
 * A PDF is one file for every reader, and its page count is checked here, so it is set in two fonts of its own,
 * embedded in the PDF: Inter for text and Source Serif 4 for headings, from the fontsource packages.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '@playwright/test';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CHROMIUM_ARGS, ensureChromium, playwrightChromium } from './chromium.ts';
import {
  MAX_PDF_PAGES,
  PDF_VARIANTS,
  countPdfPages,
  fillSizeMarkers,
  formatFileSize,
  hasSizeMarker,
  pdfSummaryEnabled,
  summaryPath,
} from '../lib/summary/pdf.ts';
import { fillTemplate } from '../lib/template.ts';
import { SUMMARY_STRINGS } from '../lib/summary/strings.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The PDF's fonts as a stylesheet of data URLs, since the pages' own CSP allows no font (the context bypasses it). */
async function pdfFontStylesheet() {
  const face = async (family: string, file: string, weights: string) => {
    const data = await readFile(fileURLToPath(import.meta.resolve(`@fontsource-variable/${file}`)), 'base64');
    return `@font-face { font-family: '${family}'; font-weight: ${weights}; src: url(data:font/woff2;base64,${data}) format('woff2'); }`;
  };
  return [
    await face('Inter', 'inter/files/inter-latin-wght-normal.woff2', '100 900'),
    await face('Source Serif 4', 'source-serif-4/files/source-serif-4-latin-wght-normal.woff2', '200 900'),
    ":root { --font-sans: 'Inter', system-ui, sans-serif; --font-serif: 'Source Serif 4', Georgia, serif; }",
  ].join('\n');
}

const MARGINS = { top: '12mm', right: '14mm', bottom: '16mm', left: '14mm' };

export default function pdfSummary(): AstroIntegration {
  let site: URL;
  return {
    name: 'pdf-summary',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('The PDF summary needs `site` in astro.config.ts, for the links it prints.');
        site = new URL(config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        if (!pdfSummaryEnabled(process.env)) {
          logger.info('PDF_SUMMARY=off: built without the PDF summary and without links to it.');
          return;
        }
        const sizes = await renderPdfs(root, site, logger);
        const changed = await fillSizesInPages(root, sizes);
        logger.info(`wrote the PDF sizes into ${changed} pages`);
      },
    },
  };
}

async function renderPdfs(root: string, site: URL, logger: AstroIntegrationLogger) {
  const executablePath = await ensureChromium().catch((error) => {
    throw new Error(`${error.message.replace(/\.$/, '')}; to build without the PDF summary, set PDF_SUMMARY=off.`);
  });
  const browser = await playwrightChromium().launch({ executablePath, args: CHROMIUM_ARGS });
  const sizes = new Map<string, string>();
  try {
    const fonts = await pdfFontStylesheet();
    const context = await browser.newContext({ colorScheme: 'light', bypassCSP: true });
    await context.route('**/*', (route) => answerFromDist(route, root, site));
    const page = await context.newPage();
    for (const variant of PDF_VARIANTS) {
      const strings = SUMMARY_STRINGS[variant.locale];
      const address = new URL(summaryPath(variant.locale), site);
      const response = await page.goto(address.href);
      if (!response?.ok())
        throw new Error(`PDF summary: ${address.pathname} did not load from dist (status ${response?.status()}).`);
      await page.addStyleTag({ content: fonts });
      await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())));
      const pdf = await page.pdf({
        format: variant.format,
        margin: MARGINS,
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer(`${address.host}${address.pathname}`, strings.pageOf),
      });
      const pages = countPdfPages(pdf.toString('latin1'));
      if (pages > MAX_PDF_PAGES) {
        throw new Error(
          `PDF summary: ${variant.file} has ${pages} pages, more than ${MAX_PDF_PAGES}; shorten content/summary/${variant.locale}.mdx.`,
        );
      }
      await writeFile(join(root, variant.file), pdf);
      sizes.set(variant.file, formatFileSize(pdf.length, variant.locale));
      logger.info(`${variant.file}: ${pages} pages, ${pdf.length} bytes`);
    }
  } finally {
    await browser.close();
  }
  return sizes;
}

/**
 * The page footer Chromium prints on every page: the address of the summary and "Page n of m".
 */
function footer(address: string, pageOf: string) {
  const numbers = fillTemplate(pageOf, {
    page: '<span class="pageNumber"></span>',
    total: '<span class="totalPages"></span>',
  });
  return `<div style="font-family: sans-serif; font-size: 8px; color: #4b5060; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between;"><span>${address}</span><span>${numbers}</span></div>`;
}

async function answerFromDist(route: Route, root: string, site: URL) {
  const url = new URL(route.request().url());
  if (url.origin !== site.origin) return route.abort('blockedbyclient');
  let file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root)) return route.fulfill({ status: 404 });
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  const body = await readFile(file).catch(() => undefined);
  if (!body) return route.fulfill({ status: 404 });
  return route.fulfill({ status: 200, body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
}

async function fillSizesInPages(root: string, sizes: Map<string, string>) {
  let changed = 0;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = await readFile(file, 'utf8');
    if (!hasSizeMarker(html)) continue;
    await writeFile(file, fillSizeMarkers(html, sizes));
    changed += 1;
  }
  return changed;
}
