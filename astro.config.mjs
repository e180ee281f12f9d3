// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import search from './src/integrations/search.mjs';
import pdfSummary from './src/integrations/pdf.mjs';
import typography from './src/integrations/typography.mjs';
import quietBuild from './src/integrations/quiet-build.mjs';

/** @param {string} pkg @param {string} file */
const fontFile = (pkg, file) => `./node_modules/@fontsource-variable/${pkg}/files/${file}`;

export default defineConfig({
  // The public address: canonical links, hreflang, the sitemap and the embed snippet use it.
  site: process.env.SITE_URL ?? 'https://kaspersky-ban.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
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
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Inter',
      cssVariable: '--font-inter',
      fallbacks: ['system-ui', 'sans-serif'],
      options: { variants: [{ src: [fontFile('inter', 'inter-latin-wght-normal.woff2')], weight: '100 900', style: 'normal' }] },
    },
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-source-serif',
      fallbacks: ['Georgia', 'serif'],
      options: {
        variants: [{ src: [fontFile('source-serif-4', 'source-serif-4-latin-wght-normal.woff2')], weight: '200 900', style: 'normal' }],
      },
    },
  ],
  vite: { plugins: [tailwindcss()] },
});
