/** The corrections log as an RSS 2.0 feed, one per language, linked from every page's <head>. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadEditorial } from '../../data/editorial';
import { LOCALES, t, type Locale } from '../../lib/i18n';
import { entryPath, generatedPath } from '../../lib/routes';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const ui = t(locale);
  const { corrections } = await loadEditorial();
  // Absolute addresses: the feed library would put its trailing slash after an entry's #fragment.
  const absolute = (path: string) => new URL(path, site).href;
  return rss({
    title: `${ui.correctionsTitle} · ${ui.siteName}`,
    description: ui.correctionsDescription,
    site: absolute(generatedPath(locale, 'corrections')),
    customData: `<language>${locale}</language>`,
    items: corrections.map(({ id, data }) => {
      const isUpdate = data.kind === 'update';
      return {
        title: `${isUpdate ? ui.correctionKindUpdate : ui.correctionKindCorrection}: ${data.title[locale]}`,
        pubDate: data.date.start,
        link: absolute(entryPath(locale, 'corrections', id)),
        description: `${isUpdate ? ui.correctionMissing : ui.correctionWrong}: ${data.wrong[locale]} ${isUpdate ? ui.correctionAdded : ui.correctionRight}: ${data.right[locale]}`,
      };
    }),
  });
};
