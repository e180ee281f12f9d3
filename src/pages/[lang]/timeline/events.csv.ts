import type { APIRoute } from 'astro';
import { loadTimeline } from '../../../data/timeline';
import { LOCALES, type Locale } from '../../../lib/i18n';
import { eventsCsv } from '../../../lib/timeline/serialise';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(eventsCsv(await loadTimeline(), params.lang as Locale), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
