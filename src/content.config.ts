import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/pages';
import { sourceSchema } from './schemas/sources';
import { summarySchema } from './schemas/summary';
import { checkerTreeSchema } from './schemas/checker';
import { timelineEventSchema } from './schemas/timeline';
import { disagreementSchema } from './schemas/disagreements';
import { correctionSchema } from './schemas/corrections';
import { glossaryEntrySchema } from './schemas/glossary';
import { checkerTreeLoader } from './loaders/checkerTree';

/** An entry's id is its path under the collection's folder without the extension: `en/what-is-banned`, `bis`. */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');

const sources = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/sources' }),
  schema: sourceSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '{en,de}/*.mdx', base: './content/pages', generateId: idFromFileName }),
  schema: pageSchema,
});

/** The printable summary, one file per language: content/summary/en.mdx, content/summary/de.mdx. */
const summary = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/summary', generateId: idFromFileName }),
  schema: summarySchema,
});

/** The "Am I affected?" checker's tree, both languages in one file; checked as it loads (lib/checker/validateTree.ts). */
const checker = defineCollection({
  loader: checkerTreeLoader('content/checker/tree.yaml'),
  schema: checkerTreeSchema,
});

/** Timeline events, one per file: content/timeline/<id>.yaml, the file name being the event's stable id. */
const timeline = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/timeline', generateId: idFromFileName }),
  schema: timelineEventSchema,
});

/** Where the sources disagree, one per file: content/disagreements/<id>.yaml (the id is the entry's anchor). */
const disagreements = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/disagreements', generateId: idFromFileName }),
  schema: disagreementSchema,
});

/** The corrections log, one entry per file: content/corrections/<id>.yaml (the id is the entry's anchor). */
const corrections = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/corrections', generateId: idFromFileName }),
  schema: correctionSchema,
});

/** The glossary, one term per file: content/glossary/<id>.yaml (the id is the entry's anchor on the glossary page). */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary', generateId: idFromFileName }),
  schema: glossaryEntrySchema,
});

export const collections = { sources, pages, summary, checker, timeline, disagreements, corrections, glossary };
