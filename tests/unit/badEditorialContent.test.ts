/**
 * The disagreements and the corrections log are checked data like the pages: a broken entry stops the build with
 * a message that names its file and what is wrong. The check lists every problem it finds, so one build of a copy
 * of the site with a broken disagreement and a broken correction proves the messages of both; a broken schema
 * field stops `astro sync` at the first entry, so each collection gets its own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroWith, type AstroRun } from './support/siteCopy';

const withFiles = (command: 'build' | 'sync', files: Record<string, string>) =>
  astroWith(command, (dir) => {
    for (const [path, yaml] of Object.entries(files)) writeFileSync(join(dir, path), yaml);
  });

const BROKEN_DISAGREEMENT = `order: 99
title: { en: A broken entry, de: Ein kaputter Eintrag }
pages: [what-is-banned, no-such-page]
accounts:
  - says: { en: heise says one thing., de: heise sagt das eine. }
    citations:
      - source: heise-de
        quote: Worte, die heise nie schrieb
  - says: { en: An unknown outlet says another., de: Ein unbekanntes Medium sagt etwas anderes. }
    citations:
      - source: no-such-source
        quote: anything
reading: { en: The site follows neither., de: Die Seite folgt keinem. }
`;

const BROKEN_CORRECTION = `date: "2026-12-01"
kind: correction
pages: [overview, no-such-page]
title: { en: A broken entry, de: Ein kaputter Eintrag }
wrong: { en: Something., de: Etwas. }
right: { en: Something else., de: Etwas anderes. }
citations:
  - source: zdnet-de
    quote: Worte, die ZDNet nie schrieb
  - source: no-such-source
`;

describe('a broken disagreement and a broken correction fail the build, both named in one run', () => {
  let run: AstroRun;
  beforeAll(() => {
    run = withFiles('build', { 'content/disagreements/broken.yaml': BROKEN_DISAGREEMENT, 'content/corrections/broken.yaml': BROKEN_CORRECTION });
  }, 120_000);

  it('fails', () => {
    expect(run.status).not.toBe(0);
  });

  it('names the disagreement file, the quote that is not in its source, the unknown source and the unknown page key', () => {
    expect(run.output).toContain('content/disagreements/broken.yaml: quote not found in source "heise-de": "Worte, die heise nie schrieb"');
    expect(run.output).toContain('content/disagreements/broken.yaml: unknown source id "no-such-source"');
    expect(run.output).toContain('content/disagreements/broken.yaml: unknown page key "no-such-page"');
  });

  it('names the correction file, the unknown page key, the quote that is not in its source and the unknown source', () => {
    expect(run.output).toContain('content/corrections/broken.yaml: unknown page key "no-such-page"');
    expect(run.output).toContain('content/corrections/broken.yaml: quote not found in source "zdnet-de": "Worte, die ZDNet nie schrieb"');
    expect(run.output).toContain('content/corrections/broken.yaml: unknown source id "no-such-source"');
  });
});

describe('a disagreement with a missing language fails the sync', () => {
  it('names the file and the field', () => {
    const missingGerman = BROKEN_DISAGREEMENT.replace('de: Die Seite folgt keinem. ', '');
    const { status, output } = withFiles('sync', { 'content/disagreements/broken.yaml': missingGerman });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/disagreements\/broken\.yaml/);
    expect(output).toMatch(/reading\.de\W+(Required|Invalid input: expected string)/i);
  }, 120_000);
});

describe('a correction with a missing language fails the sync', () => {
  it('names the file and the field', () => {
    const missingEnglish = BROKEN_CORRECTION.replace('en: Something else., ', '');
    const { status, output } = withFiles('sync', { 'content/corrections/broken.yaml': missingEnglish });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/corrections\/broken\.yaml/);
    expect(output).toMatch(/right\.en\W+(Required|Invalid input: expected string)/i);
  }, 120_000);
});
