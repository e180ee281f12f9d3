/**
 * Builds the Pagefind index over the finished site. Pagefind reads each page's <html lang>, so English
 * and German get separate indexes and a reader only sees results in the page's language.
 */
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function search(): AstroIntegration {
  return {
    name: 'site-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${site}pagefind` });
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
