/** The HTML a host page pastes to embed the timeline: a good citizen of the host's page and CSP. */
import type { Locale } from '../i18n';
import { embedPath, timelinePath } from '../routes';
import { timelineStrings, type TimelineStrings } from './strings';

/** The snippet's two texts: timelineStrings at build time; the page's embed builder passes them from its HTML. */
type SnippetTexts = Pick<TimelineStrings, 'embedFrameTitle' | 'embedFallback'>;

/**
 * The embed's content height in its default state (chart, no card) in a 640 px column, the most common article
 * width: the snippet's height, which only matters without embed.js (with it, the frame follows its content).
 * tests/e2e/embed-host.spec.ts measures it (within 8 px) and fails when the layout changes it, so a new layout
 * at 640 px updates this number too. (English: the German is a lane shorter, as "Updates enden" finds no lane.)
 */
export const EMBED_HEIGHT = 746;
/** The column width EMBED_HEIGHT is measured at, and the oEmbed width. */
const EMBED_WIDTH = 640;

/**
 * `query` is the embed's options as a query string ("?theme=dark&event=…"), already validated by the form. The
 * texts are a parameter so that the browser's builder does not carry every page text of strings.ts (6 KB).
 */
export function embedSnippet(locale: Locale, site: URL, strings: SnippetTexts, query = ''): string {
  const frame = new URL(`${embedPath(locale)}${query}`, site).href.replaceAll('&', '&amp;');
  return [
    `<iframe src="${frame}" title="${strings.embedFrameTitle}" lang="${locale}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" data-kb-timeline></iframe>`,
    `<script src="${new URL('/embed.js', site).href}" defer></script>`,
    `<p><a href="${new URL(timelinePath(locale), site).href}">${strings.embedFallback}</a></p>`,
  ].join('\n');
}

/** oEmbed 1.0 "rich" response for the embed, served as a static file. */
export function oembedDocument(locale: Locale, site: URL) {
  const strings = timelineStrings(locale);
  return {
    version: '1.0',
    type: 'rich',
    title: strings.embedFrameTitle,
    provider_name: new URL(site).hostname,
    provider_url: new URL('/', site).href,
    html: embedSnippet(locale, site, strings),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
  };
}
