// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import search from './src/integrations/search.mjs';
import pdfSummary from './src/integrations/pdf.mjs';
import typography from './src/integrations/typography.mjs';
import { subsetFontFile } from './src/integrations/fonts.mjs';
import quietBuild from './src/integrations/quiet-build.mjs';

/** @param {string} pkg @param {string} file */
const fontFile = (pkg, file) => `./node_modules/@fontsource-variable/${pkg}/files/${file}`;
// Cut to the site's characters and to the weights its styles use (Inter: text 400 to 700; the serif: headings).
const inter = await subsetFontFile(fontFile('inter', 'inter-latin-wght-normal.woff2'), { min: 400, max: 700 });
const sourceSerif = await subsetFontFile(fontFile('source-serif-4', 'source-serif-4-latin-wght-normal.woff2'), { min: 600, max: 700 });

export default defineConfig({
  // The public address: canonical links, hreflang, the sitemap and the embed snippet use it.
  site: process.env.SITE_URL ?? 'https://kaspersky-ban.example.org',
  trailingSlash: 'always',
  // Every page's CSS is inlined: no render-blocking request before the first paint (issue 13). Astro hashes the
  // inlined styles into each page's CSP like any other.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'de'],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // typography sets non-breaking spaces in every page before the summary is printed and search indexes it;
  // pdfSummary writes the PDF sizes into the pages, so it runs before search indexes them;
  // PDF_SUMMARY=off builds without the PDFs and without links to them (README).
  // Embeds, error pages and the checker's answer pages (noindex: one per path of answers) are not for search engines.
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(embed\/|404|check\/(?!how-it-decides\/|so-entscheidet-er\/)[^/]+\/)/.test(page) }), typography(), pdfSummary(), search(), quietBuild()],
  markdown: { syntaxHighlight: false },
  // Hashes of every bundled or inlined script and style go into a CSP <meta> on each page; the header
  // version (with frame-ancestors, which a meta tag cannot carry) is in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search compiles WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No page preloads a font: a preload competes with the page itself for the first bytes (issue 13).
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Inter',
      cssVariable: '--font-inter',
      fallbacks: ['system-ui', 'sans-serif'],
      // Text shows at once in the metric-matched fallback. `optional` uses the font only if it is there within
      // about 100 ms (from cache, after the first page) and never swaps later, so it neither delays LCP nor shifts
      // the layout; `swap` shifted it by up to 0.17 (CLS) when the font arrived after the first paint.
      display: 'optional',
      options: { variants: [{ src: [inter], weight: '400 700', style: 'normal' }] },
    },
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-source-serif',
      fallbacks: ['Georgia', 'serif'],
      display: 'optional',
      options: {
        variants: [{ src: [sourceSerif], weight: '600 700', style: 'normal' }],
      },
    },
  ],
  vite: { plugins: [tailwindcss()] },
});
