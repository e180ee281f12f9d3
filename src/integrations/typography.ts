/**
 * Typography on every built page (src/lib/typography.ts): text from Markdown, front matter, components and
 * data alike, so quotes, titles, dates formatted by Intl and the printable summary all get the same rules.
 * Then the first use of each glossary term on a page becomes a link to its definition (src/lib/glossaryTerms.ts).
 * It runs before the PDF summary is printed and before search indexes the pages.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { typesetHtml } from '../lib/typography.ts';
import { linkNotesToMarks } from '../lib/noteBacklinks.ts';
import { markTerms, marksTermsOn, termForms } from '../lib/glossaryTerms.ts';
import { generatedPath } from '../lib/routes.ts';
import { isLocale } from '../lib/i18n.ts';
import { readGlossaryFiles } from '../loaders/glossaryFiles.ts';

export default function typography(): AstroIntegration {
  let projectRoot: string;
  return {
    name: 'typography',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readGlossaryFiles(projectRoot);
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
