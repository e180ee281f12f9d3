/**
 * The disagreements and the corrections log are checked data like the pages: a broken entry stops the build with
 * a message that names its file and what is wrong. Each test builds a copy of the site with one broken file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astro, removeSiteCopies, siteCopyWith } from './support/siteCopy';

afterEach(removeSiteCopies);

const withFile = (path: string, yaml: string) => siteCopyWith((dir) => writeFileSync(join(dir, path), yaml));

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

describe('a broken disagreement fails the build', () => {
  it('names the file, the quote that is not in its source, the unknown source and the unknown page key', () => {
    const { status, output } = astro(withFile('content/disagreements/broken.yaml', BROKEN_DISAGREEMENT), 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/disagreements/broken.yaml: quote not found in source "heise-de": "Worte, die heise nie schrieb"');
    expect(output).toContain('content/disagreements/broken.yaml: unknown source id "no-such-source"');
    expect(output).toContain('content/disagreements/broken.yaml: unknown page key "no-such-page"');
  }, 120_000);

  it('names the file and the field when a language is missing', () => {
    const missingGerman = BROKEN_DISAGREEMENT.replace('de: Die Seite folgt keinem. ', '');
    const { status, output } = astro(withFile('content/disagreements/broken.yaml', missingGerman), 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/disagreements\/broken\.yaml/);
    expect(output).toMatch(/reading\.de\W+(Required|Invalid input: expected string)/i);
  }, 120_000);
});

describe('a broken correction fails the build', () => {
  it('names the file, the unknown page key, the quote that is not in its source and the unknown source', () => {
    const { status, output } = astro(withFile('content/corrections/broken.yaml', BROKEN_CORRECTION), 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/corrections/broken.yaml: unknown page key "no-such-page"');
    expect(output).toContain('content/corrections/broken.yaml: quote not found in source "zdnet-de": "Worte, die ZDNet nie schrieb"');
    expect(output).toContain('content/corrections/broken.yaml: unknown source id "no-such-source"');
  }, 120_000);

  it('names the file and the field when a language is missing', () => {
    const missingEnglish = BROKEN_CORRECTION.replace('en: Something else., ', '');
    const { status, output } = astro(withFile('content/corrections/broken.yaml', missingEnglish), 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/corrections\/broken\.yaml/);
    expect(output).toMatch(/right\.en\W+(Required|Invalid input: expected string)/i);
  }, 120_000);
});
