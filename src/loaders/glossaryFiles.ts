/**
 * The glossary read straight from its files and checked with the collection's own schema, for build steps that
 * run in Node outside Astro's content layer: the typography step marks terms on every built page after the
 * collections are gone. A file that breaks the schema fails with the file and the field named, as in the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
// With their extensions, as Node's own TypeScript loading needs (the typography integration imports this file).
import { glossaryEntrySchema, type GlossaryEntryData } from '../schemas/glossary.ts';

export type GlossaryFileEntry = GlossaryEntryData & { id: string };

/** Every entry of `content/glossary/` under the project root, the file name being its id. */
export async function readGlossaryFiles(root: string): Promise<GlossaryFileEntry[]> {
  const folder = join(root, 'content', 'glossary');
  const files = (await readdir(folder)).filter((file) => file.endsWith('.yaml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const where = `content/glossary/${file}`;
      const result = glossaryEntrySchema.safeParse(
        parse(await readFile(join(folder, file), 'utf8'), { prettyErrors: true }),
      );
      if (!result.success) {
        const problems = result.error.issues.map(
          (issue) => `${where}: ${issue.path.join('.') || '(file)'}: ${issue.message}`,
        );
        throw new Error(`Glossary entry is invalid:\n  ${problems.join('\n  ')}`);
      }
      return { id: file.replace(/\.yaml$/, ''), ...result.data };
    }),
  );
}
