import type { APIRoute } from 'astro';
import { loadTimeline, loadTimelineDate } from '../../../data/timeline';
import { timelinePath } from '../../../lib/routes';
import { LOCALES, type Locale } from '../../../lib/i18n';
import { eventsDocument } from '../../../lib/timeline/serialise';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const pageUrl = new URL(timelinePath(locale), site).href;
  const body = JSON.stringify(eventsDocument(await loadTimeline(), locale, pageUrl, await loadTimelineDate()), null, 2);
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
