import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import search from './src/integrations/search.ts';
import pdfSummary from './src/integrations/pdf.ts';
import typography from './src/integrations/typography.ts';
import quietBuild from './src/integrations/quiet-build.ts';
import siteAddressCheck, { siteAddress } from './src/integrations/site-address.ts';

export default defineConfig({
  // The public address: canonical links, hreflang, the sitemap, QR codes and the embed snippet use it. A build
  // without SITE_URL uses a placeholder and says so in one warning line (siteAddressCheck).
  site: siteAddress(process.env),
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
  integrations: [
    siteAddressCheck(),
    mdx(),
    sitemap({ filter: (page) => !/\/(embed\/|404|check\/(?!how-it-decides\/|so-entscheidet-er\/)[^/]+\/)/.test(page) }),
    typography(),
    pdfSummary(),
    search(),
    quietBuild(),
  ],
  markdown: { syntaxHighlight: false },
  // Hashes of every bundled or inlined script and style go into a CSP <meta> on each page; the header
  // version (with frame-ancestors, which a meta tag cannot carry) is in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // The site sets its text in the reader's system faces (issue 13): no page loads a font.
        "font-src 'none'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search compiles WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: { plugins: [tailwindcss()] },
});
