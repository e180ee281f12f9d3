/**
 * Typography on every built page (src/lib/typography.ts): text from Markdown, front matter, components and
 * data alike, so quotes, titles, dates formatted by Intl and the printable summary all get the same rules.
 * Then the first use of each glossary term on a page becomes a link to its definition (src/lib/glossary.ts).
 * It runs before the PDF summary is printed and before search indexes the pages.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { typesetHtml } from '../lib/typography.ts';
import { linkNotesToMarks } from '../lib/noteBacklinks.ts';
import { markTerms, marksTermsOn, termForms } from '../lib/glossary.ts';
import { generatedPath } from '../lib/routes.ts';
import { isLocale } from '../lib/i18n.ts';

/**
 * The glossary's terms, read from their files: the content collection has checked them by now (src/site.ts).
 * Not through their zod schema: Node loads astro.config.mjs and what it imports as they are, and the schema's
 * own imports have no file extensions (Astro then falls back to a Vite loader that is closed before the PDF
 * summary's hook needs it).
 */
async function glossaryEntries(root) {
  const folder = join(root, 'content', 'glossary');
  const files = (await readdir(folder)).filter((file) => file.endsWith('.yaml'));
  return Promise.all(
    files.map(async (file) => ({ id: file.replace(/\.yaml$/, ''), ...parse(await readFile(join(folder, file), 'utf8')) })),
  );
}

/** @returns {import('astro').AstroIntegration} */
export default function typography() {
  /** @type {string} */
  let projectRoot;
  return {
    name: 'typography',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await glossaryEntries(projectRoot);
        const forms = { en: termForms(entries, 'en'), de: termForms(entries, 'de') };
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        let markedPages = 0;
        let marks = 0;
        for (const page of pages) {
          const path = join(root, page);
          const html = await readFile(path, 'utf8');
          let result = linkNotesToMarks(typesetHtml(html));
          const locale = page.split(sep)[0];
          const pathname = `/${page.split(sep).slice(0, -1).join('/')}/`;
          if (locale && isLocale(locale) && marksTermsOn(pathname, locale)) {
            const { html: marked, marked: ids } = markTerms(result, forms[locale], generatedPath(locale, 'glossary'));
            result = marked;
            if (ids.length > 0) markedPages += 1;
            marks += ids.length;
          }
          if (result !== html) await writeFile(path, result);
        }
        logger.info(`typeset ${pages.length} pages; marked ${marks} glossary terms on ${markedPages} pages`);
      },
    },
  };
}
