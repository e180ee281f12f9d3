/**
 * Notes grouped by source, as Wikipedia groups its named references: a page's list has one entry per source,
 * numbered in order of first use, with the distinct quotes cited from it beneath. A citation mark in the text
 * shows its source's number and links to that entry; each quote gets lettered back-links (a, b, c…) to the
 * marks that cite it, added to the built HTML by `linkNotesToMarks` (noteBacklinks.ts) once every mark's place is known.
 */
import { citationKey, type Citation } from './citations';

export interface NoteGroup {
  source: string;
  /** 1-based, in order of the source's first citation. */
  number: number;
  /** The distinct citations of this source, in order of first use. */
  citations: Citation[];
}

export function groupNotesBySource(notes: readonly Citation[]): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const note of notes) {
    const group = groups.get(note.source) ?? { source: note.source, number: groups.size + 1, citations: [] };
    if (!group.citations.some((known) => citationKey(known) === citationKey(note))) group.citations.push(note);
    groups.set(note.source, group);
  }
  return [...groups.values()];
}

/** The id of a source's entry ("note-2") and of one of its quotes ("note-2-1"). */
export function entryId(prefix: string, group: NoteGroup): string {
  return `${prefix}-${group.number}`;
}
export function quoteId(prefix: string, group: NoteGroup, citation: Citation): string {
  const index = group.citations.findIndex((known) => citationKey(known) === citationKey(citation));
  return `${prefix}-${group.number}-${index + 1}`;
}

export interface MarkTarget {
  number: number;
  /** The source's entry, which the mark links to. */
  entry: string;
  /** The quotes of that entry the mark stands for, which link back to it. */
  quotes: string[];
}

/**
 * The marks for some citations in one place: one per source, in order of first use, standing for every quote
 * of that source cited there. Throws on a citation that is not among the page's notes.
 */
export function marksFor(groups: readonly NoteGroup[], citations: readonly Citation[], prefix = 'note'): MarkTarget[] {
  const marks = new Map<number, MarkTarget>();
  for (const citation of citations) {
    const group = groups.find((candidate) => candidate.source === citation.source);
    if (!group || !group.citations.some((known) => citationKey(known) === citationKey(citation))) {
      throw new Error(
        `citation of "${citation.source}" is not among the page's notes: "${citation.quote ?? '(paraphrase)'}"`,
      );
    }
    const mark = marks.get(group.number) ?? { number: group.number, entry: entryId(prefix, group), quotes: [] };
    const quote = quoteId(prefix, group, citation);
    if (!mark.quotes.includes(quote)) mark.quotes.push(quote);
    marks.set(group.number, mark);
  }
  return [...marks.values()];
}
