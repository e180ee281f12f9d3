/**
 * The disagreements and the corrections log are checked data like the pages. A broken quote, source or page key
 * fails the build with the file named (proved with every other build-time check in badContent.test.ts); a broken
 * schema field stops `astro sync` at the first entry it rejects, so each collection gets its own sync here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_CORRECTION, BROKEN_DISAGREEMENT } from './support/brokenContent';
import { astroWith } from './support/siteCopy';

const syncWithFile = (path: string, yaml: string) => astroWith('sync', (dir) => writeFileSync(join(dir, path), yaml));

describe('a disagreement with a missing language fails the sync', () => {
  it('names the file and the field', () => {
    const missingGerman = BROKEN_DISAGREEMENT.replace('de: Die Seite folgt keinem. ', '');
    const { status, output } = syncWithFile('content/disagreements/broken.yaml', missingGerman);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/disagreements\/broken\.yaml/);
    expect(output).toMatch(/reading\.de\W+(Required|Invalid input: expected string)/i);
  }, 120_000);
});

describe('a correction with a missing language fails the sync', () => {
  it('names the file and the field', () => {
    const missingEnglish = BROKEN_CORRECTION.replace('en: Something else., ', '');
    const { status, output } = syncWithFile('content/corrections/broken.yaml', missingEnglish);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/corrections\/broken\.yaml/);
    expect(output).toMatch(/right\.en\W+(Required|Invalid input: expected string)/i);
  }, 120_000);
});
