import type { APIRoute } from 'astro';
import { oembedDocument } from '../../../../lib/timeline/embedSnippet';
import { LOCALES, type Locale } from '../../../../lib/i18n';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(oembedDocument(params.lang as Locale, site!)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
