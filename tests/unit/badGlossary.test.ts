/**
 * The glossary is checked data like the pages: a broken entry stops the build with a message that names its file
 * and what is wrong. Each test builds a copy of the site with one broken file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astro, removeSiteCopies, siteCopyWith } from './support/siteCopy';

afterEach(removeSiteCopies);

const withFile = (path: string, yaml: string) => siteCopyWith((dir) => writeFileSync(join(dir, path), yaml));

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
  it('names the file, the quote that is not in its source, the unknown source and a form another entry has', () => {
    const { status, output } = astro(withFile('content/glossary/broken.yaml', BROKEN_ENTRY), 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/glossary/broken.yaml (citations): quote not found in source "heise-en": "words heise never wrote"');
    expect(output).toContain('content/glossary/broken.yaml (citations): unknown source id "no-such-source"');
    // Whichever of the two files is read first keeps the form; the message names both, and the other's field.
    expect(output).toMatch(
      /content\/glossary\/(?:broken\.yaml: en\.variants\[0\]|entity-list\.yaml: en\.term) "Entity List" is already a form of content\/glossary\/(?:entity-list|broken)\.yaml/,
    );
  }, 120_000);

  it('names the file and the field when a language is missing', () => {
    const missingGerman = BROKEN_ENTRY.replace(/^de:\n(?: {2}.*\n)+/m, '');
    const { status, output } = astro(withFile('content/glossary/broken.yaml', missingGerman), 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/glossary\/broken\.yaml/);
    expect(output).toMatch(/\bde\W+(Required|Invalid input: expected object)/i);
  }, 120_000);

  it('names the file and the field when a term cites nothing', () => {
    const uncited = BROKEN_ENTRY.replace(/^citations:\n(?:.*\n)+/m, 'citations: []\n');
    const { status, output } = astro(withFile('content/glossary/broken.yaml', uncited), 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/glossary\/broken\.yaml/);
    expect(output).toMatch(/citations\W+(Array must contain at least 1|Too small)/i);
  }, 120_000);
});
