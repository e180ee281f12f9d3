/**
 * The glossary is checked data like the pages. A broken quote or source, or a form two entries claim, fails the
 * build with the file named (proved with every other build-time check in badContent.test.ts); a broken schema field
 * stops `astro sync` at the first entry it rejects, which this file proves once.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { glossaryEntrySchema } from '../../src/schemas/glossary';
import { BROKEN_GLOSSARY_ENTRY } from './support/brokenContent';
import { astroWith } from './support/siteCopy';

describe('a glossary entry that breaks its schema fails the sync', () => {
  it('names the file and the field when a language is missing', () => {
    const missingGerman = BROKEN_GLOSSARY_ENTRY.replace(/^de:\n(?: {2}.*\n)+/m, '');
    const { status, output } = astroWith('sync', (dir) =>
      writeFileSync(join(dir, 'content/glossary/broken.yaml'), missingGerman),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/glossary\/broken\.yaml/);
    expect(output).toMatch(/\bde\W+(Required|Invalid input: expected object)/i);
  }, 120_000);

  // The sync names the file of any entry the schema rejects (above); the schema names the field.
  it('names the field when a term cites nothing', () => {
    const uncited = BROKEN_GLOSSARY_ENTRY.replace(/^citations:\n(?:.*\n)+/m, 'citations: []\n');
    const result = glossaryEntrySchema.safeParse(parse(uncited));
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
    expect(issues).toMatch(/citations\W+(Array must contain at least 1|Too small)/i);
  });
});
