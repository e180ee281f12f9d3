import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGlossaryFiles } from '../../src/loaders/glossaryFiles';

const wording = (term: string) => `term: ${term}\n  definition: What ${term} means.`;
const ENTRY = `en:\n  ${wording('Entity List')}\nde:\n  ${wording('Entity List')}\ncitations:\n  - source: bis-press-release\n`;

async function projectWith(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'glossary-'));
  await mkdir(join(root, 'content', 'glossary'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, 'content', 'glossary', name), text);
  return root;
}

describe('the glossary read from its files for the typography step', () => {
  it('goes through the collection schema: ids from file names, defaults filled in', async () => {
    const entries = await readGlossaryFiles(await projectWith({ 'entity-list.yaml': ENTRY }));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'entity-list', en: { term: 'Entity List', variants: [] } });
  });

  it('fails on a file the schema rejects, naming the file and the field', async () => {
    const root = await projectWith({ 'entity-list.yaml': ENTRY.replace('de:', 'fr:') });
    await expect(readGlossaryFiles(root)).rejects.toThrow(/content\/glossary\/entity-list\.yaml: de: /);
  });
});
