import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/pages';
import { sourceSchema } from './schemas/sources';

const sources = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/sources' }),
  schema: sourceSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '{en,de}/*.mdx', base: './content/pages', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: pageSchema,
});

export const collections = { sources, pages };
