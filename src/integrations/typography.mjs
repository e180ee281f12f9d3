/**
 * Typography on every built page (src/lib/typography.ts): text from Markdown, front matter, components and
 * data alike, so quotes, titles, dates formatted by Intl and the printable summary all get the same rules.
 * It runs before the PDF summary is printed and before search indexes the pages.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { typesetHtml } from '../lib/typography.ts';

/** @returns {import('astro').AstroIntegration} */
export default function typography() {
  return {
    name: 'typography',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const path = join(root, page);
          const html = await readFile(path, 'utf8');
          const typeset = typesetHtml(html);
          if (typeset !== html) await writeFile(path, typeset);
        }
        logger.info(`typeset ${pages.length} pages`);
      },
    },
  };
}
