/**
 * The embed's query options, read in the browser. Anything unknown or malformed falls back to the
 * default, so a hostile or mistyped address can never break the page or inject anything.
 */
import { parsePartialDate, type PartialDate } from '../partialDate';
import { TIMELINE_CATEGORIES, type TimelineCategory } from './categories';

/** The theme is read on its own, before the first paint (embedTheme.ts). */
export interface EmbedOptions {
  categories: TimelineCategory[];
  from?: PartialDate | undefined;
  to?: PartialDate | undefined;
  event?: string | undefined;
  /** Echoed in resize messages so a host with several frames can tell them apart. */
  id?: string | undefined;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function partialDateOrUndefined(value: string | null): PartialDate | undefined {
  if (!value) return undefined;
  try {
    return parsePartialDate(value);
  } catch {
    return undefined;
  }
}

export function parseEmbedOptions(search: string, eventIds: ReadonlySet<string>): EmbedOptions {
  const params = new URLSearchParams(search);
  const asked = (params.get('categories') ?? '').split(',').map((c) => c.trim());
  const chosen = TIMELINE_CATEGORIES.filter((c) => asked.includes(c));
  let from = partialDateOrUndefined(params.get('from'));
  let to = partialDateOrUndefined(params.get('to'));
  if (from && to && from.start > to.start) [from, to] = [undefined, undefined];
  const event = params.get('event') ?? '';
  const id = params.get('id') ?? '';
  return {
    categories: chosen.length > 0 ? chosen : [...TIMELINE_CATEGORIES],
    from,
    to,
    event: eventIds.has(event) ? event : undefined,
    id: SAFE_ID.test(id) ? id : undefined,
  };
}

/** Whether an event falls in the chosen range; `to` includes its whole day, month or year. */
export function inRange(start: Date, { from, to }: Pick<EmbedOptions, 'from' | 'to'>): boolean {
  if (from && start < from.start) return false;
  if (to) {
    const end = new Date(to.start);
    if (to.precision === 'year') end.setUTCFullYear(end.getUTCFullYear() + 1);
    else if (to.precision === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
    else end.setUTCDate(end.getUTCDate() + 1);
    if (start >= end) return false;
  }
  return true;
}

/** The message the embed posts to its host when its height changes (protocol version 1). */
export const RESIZE_MESSAGE_TYPE = 'kaspersky-ban-timeline:resize';
/** What embed.js sends a frame to hear its height again (it may have loaded after the frame's first message). */
export const SIZE_REQUEST_TYPE = 'kaspersky-ban-timeline:size';
export const NAVIGATE_MESSAGE_TYPE = 'kaspersky-ban-timeline:navigate';
/** What the host may send to show an event: `{ type, v: 1, event: "<id>" }`. */
export const GOTO_MESSAGE_TYPE = 'kaspersky-ban-timeline:goto';
