/**
 * A small site's worth of content as plain arrays, parsed with the real schemas, for the content check and the
 * data layer tested without an Astro build. Each test changes what it needs in a copy.
 */
import { pageSchema } from '../../../src/schemas/pages';
import { sourceSchema } from '../../../src/schemas/sources';
import type { SiteContent } from '../../../src/lib/content/checkContent';

const source = (id: string, language: 'en' | 'de', body: string, translationOf?: string) => ({
  id,
  body,
  data: sourceSchema.parse({
    kind: 'article',
    outlet: `Outlet ${id}`,
    title: `Title ${id}`,
    language,
    published: '2024-06-20',
    url: `https://example.org/${id}`,
    ...(translationOf ? { translationOf } : {}),
    summary: { en: 'What it says.', de: 'Was er sagt.' },
    keyQuotes: body.split('. ').slice(0, 2),
  }),
});

const page = (id: string, key: string, order: number, body: string) => ({
  id,
  body,
  data: pageSchema.parse({
    title: `Page ${key}`,
    description: 'A page long enough for its description.',
    key,
    navLabel: key,
    order,
    lastReviewed: '2026-12-01',
  }),
});

export const EN_BODY = `<Section id="ban" title="The ban">

The sale stopped. <Cite source="news-en" quote="Sales stopped in July" />

</Section>
`;

export const DE_BODY = `<Section id="ban" title="Das Verbot">

Der Verkauf endete. <Cite source="news-de" quote="Der Verkauf endete im Juli" />

</Section>
`;

export function siteContent(): SiteContent {
  return {
    sources: [
      source('news-en', 'en', 'Sales stopped in July. Updates stopped in September.'),
      source('news-de', 'de', 'Der Verkauf endete im Juli. Updates endeten im September.', 'news-en'),
    ],
    pages: [
      page('en/ban', 'ban', 2, EN_BODY),
      page('de/verbot', 'ban', 2, DE_BODY),
      page('en/index', 'overview', 0, ''),
    ],
    summary: [],
    timeline: [],
    checker: [],
    disagreements: [],
    corrections: [],
    glossary: [],
  };
}
