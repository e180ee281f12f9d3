/**
 * Where on the site each source is cited, for the sources page's "Cited on" list. Every place whose citations
 * the build checks counts: the explainer pages and the printable summary (written per language), and the data
 * shared by both languages (the timeline, the checker, the glossary, the disagreements and the corrections).
 * A source the timeline or the checker cites is therefore never listed as cited "on no page".
 */
import { collectCitations } from './checker/engine';
import type { Citation } from './citations';
import type { Locale } from './i18n';
import { disagreementCitations } from './pageNotices';
import type { CheckerTree } from '../schemas/checker';
import type { DisagreementData } from '../schemas/disagreements';

/** The pages built from shared data, in the order the sources page lists them after the written pages. */
const SHARED_PLACES = ['timeline', 'checker', 'glossary', 'disagreements', 'corrections'] as const;
export type SharedPlace = (typeof SHARED_PLACES)[number];

interface Cited {
  citations: readonly Citation[];
}

export interface SiteCitations {
  /** Pages written in one language, each under its key (an MDX page's `key`, or `summary`), in reading order. */
  written: readonly (Cited & { key: string; locale: Locale })[];
  timeline: readonly (Cited & { otherDatings: readonly Cited[] })[];
  checker: readonly CheckerTree[];
  glossary: readonly Cited[];
  disagreements: readonly DisagreementData[];
  corrections: readonly Cited[];
}

/** Every citation of each shared place, with the same walk the build's citation check takes. */
function sharedCitations(data: SiteCitations): Record<SharedPlace, Citation[]> {
  return {
    timeline: data.timeline.flatMap((event) => [
      ...event.citations,
      ...event.otherDatings.flatMap((dating) => dating.citations),
    ]),
    checker: data.checker.flatMap((tree) => collectCitations(tree).flatMap(({ citations }) => citations)),
    glossary: data.glossary.flatMap((entry) => [...entry.citations]),
    disagreements: data.disagreements.flatMap(disagreementCitations),
    corrections: data.corrections.flatMap((entry) => [...entry.citations]),
  };
}

/**
 * The keys of the places that cite `sourceId` for a reader of `locale`: that language's written pages in their
 * order, then the shared places.
 */
export function placesCiting(sourceId: string, locale: Locale, data: SiteCitations): string[] {
  const cites = (citations: readonly Citation[]) => citations.some((citation) => citation.source === sourceId);
  const shared = sharedCitations(data);
  return [
    ...data.written.filter((place) => place.locale === locale && cites(place.citations)).map((place) => place.key),
    ...SHARED_PLACES.filter((place) => cites(shared[place])),
  ];
}
