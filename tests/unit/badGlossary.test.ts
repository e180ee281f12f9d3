/**
 * The glossary is checked data like the pages: a broken entry stops the build with a message that names its file
 * and what is wrong. The glossary check lists every problem it finds, so one build of a copy of the site with one
 * broken file proves all of its messages; `astro sync` stops at the first schema error, so it runs once.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryEntrySchema } from '../../src/schemas/glossary';
import { astroWith, type AstroRun } from './support/siteCopy';

const withFile = (command: 'build' | 'sync', path: string, yaml: string) => astroWith(command, (dir) => writeFileSync(join(dir, path), yaml));

const BROKEN_ENTRY = `en:
  term: Commerce Department
  variants: [Entity List]
  definition: A department of the US government.
de:
  term: Handelsministerium
  definition: Ein Ministerium der US-Regierung.
citations:
  - source: heise-en
    quote: words heise never wrote
  - source: no-such-source
`;

describe('a broken glossary entry fails the build', () => {
  let run: AstroRun;
  beforeAll(() => {
    run = withFile('build', 'content/glossary/broken.yaml', BROKEN_ENTRY);
  }, 120_000);

  it('fails', () => {
    expect(run.status).not.toBe(0);
  });

  it('names the file, the quote that is not in its source and the unknown source', () => {
    expect(run.output).toContain('content/glossary/broken.yaml (citations): quote not found in source "heise-en": "words heise never wrote"');
    expect(run.output).toContain('content/glossary/broken.yaml (citations): unknown source id "no-such-source"');
  });

  it('names both files when a form is another entry’s', () => {
    // Whichever of the two files is read first keeps the form; the message names both, and the other's field.
    expect(run.output).toMatch(
      /content\/glossary\/(?:broken\.yaml: en\.variants\[0\]|entity-list\.yaml: en\.term) "Entity List" is already a form of content\/glossary\/(?:entity-list|broken)\.yaml/,
    );
  });
});

describe('a glossary entry that breaks its schema fails the sync', () => {
  it('names the file and the field when a language is missing', () => {
    const missingGerman = BROKEN_ENTRY.replace(/^de:\n(?: {2}.*\n)+/m, '');
    const { status, output } = withFile('sync', 'content/glossary/broken.yaml', missingGerman);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/glossary\/broken\.yaml/);
    expect(output).toMatch(/\bde\W+(Required|Invalid input: expected object)/i);
  }, 120_000);

  // The sync names the file of any entry its schema rejects (above); the schema names the field.
  it('names the field when a term cites nothing', () => {
    const uncited = BROKEN_ENTRY.replace(/^citations:\n(?:.*\n)+/m, 'citations: []\n');
    const result = glossaryEntrySchema.safeParse(parse(uncited));
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
    expect(issues).toMatch(/citations\W+(Array must contain at least 1|Too small)/i);
  });
});
