/**
 * Bad content must stop the build with a message that names the file and the field, never render as broken HTML.
 * These tests run a real `astro build` or `astro sync` on a copy of the site with defects planted in it.
 *
 * The build checks all content at once before any page renders and lists every problem it finds (src/data/site.ts),
 * so one build of a copy with a defect in each kind of content proves every message of that check. The schema
 * of each collection stops `astro sync` at the first entry it rejects, so each collection's schema gets its own
 * sync (here the sources'; the others' are beside their collections' tests).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schemas/sources';
import { BROKEN_CORRECTION, BROKEN_DISAGREEMENT, BROKEN_GLOSSARY_ENTRY } from './support/brokenContent';
import { ROOT, astroWith, editFile, type AstroRun } from './support/siteCopy';

const page = readdirSync(join(ROOT, 'content/pages/en')).find((name) => name.endsWith('.mdx'))!;
let build: AstroRun;

beforeAll(() => {
  build = astroWith('build', (dir) => {
    const edit = (path: string, change: (text: string) => string) => editFile(join(dir, path), change);
    edit(
      `content/pages/en/${page}`,
      (text) => `${text}\n\nA claim. <Cite source="heise-en" quote="words heise never wrote" />\n`,
    );
    edit('content/pages/de/index.mdx', (text) => `${text}\n\nEine Aussage. <Cite source="heise" quote="x" />\n`);
    edit('content/pages/de/was-ist-verboten.mdx', (text) =>
      text.replace(/<Section id="reason"[\s\S]*?<\/Section>/, ''),
    );
    edit('content/pages/de/kasperskys-reaktion.mdx', (text) =>
      text.replace('</Section>', '\nEin unbelegter Satz ohne Quelle.\n\n</Section>'),
    );
    edit('content/sources/entity-list-rule.md', (text) =>
      text.replace(/\nThe EAR imposes additional license requirements[^\n]*\n/, '\n'),
    );
    edit(
      'content/summary/de.mdx',
      (text) => `${text}\n\nEine Aussage. <Cite source="zdnet-de" quote="Worte, die ZDNet nie schrieb" />\n`,
    );
    edit('content/timeline/withdrawal-announced.yaml', (text) =>
      text.replace(/^(summary:\n {2}en: .*\n {2}de: )/m, '$1Vor gut zwei Jahren '),
    );
    edit('content/timeline/updates-end.yaml', (yaml) =>
      yaml.replace('quote: Ab 29. September muss', 'quote: Ab 30. September muss'),
    );
    edit('content/checker/tree.yaml', (yaml) =>
      yaml
        .replace(
          'quote: meaning that there will be no daily updates for anti-virus software',
          'quote: meaning no updates at all',
        )
        .replace(
          'source: oicts-kaspersky\n        quote: integration of Kaspersky cybersecurity or anti-virus software into other products and services',
          'source: zdnet-de\n        quote: Ab 29. September muss Kaspersky zudem die Verteilung von Updates für Software und Signaturen einstellen',
        ),
    );
    writeFileSync(join(dir, 'content/disagreements/broken.yaml'), BROKEN_DISAGREEMENT);
    writeFileSync(join(dir, 'content/corrections/broken.yaml'), BROKEN_CORRECTION);
    writeFileSync(join(dir, 'content/glossary/broken.yaml'), BROKEN_GLOSSARY_ENTRY);
  });
}, 120_000);

it('bad content fails the build', () => {
  expect(build.status).not.toBe(0);
});

describe('the build names each problem of the pages and sources', () => {
  it('names the page, the source id and the quote when a quote is not in the source', () => {
    expect(build.output).toContain(
      `content/pages/en/${page}: quote not found in source "heise-en": "words heise never wrote"`,
    );
  });

  it('names the page and the unknown source id', () => {
    expect(build.output).toContain('content/pages/de/index.mdx: unknown source id "heise"');
  });

  it('names both page files and the section when a section exists in one language only', () => {
    expect(build.output).toContain(
      'content/pages/en/what-is-banned.mdx: section "reason" has no counterpart in content/pages/de/was-ist-verboten.mdx',
    );
  });

  it('names the page and the section when a paragraph in it has no citation and no Editorial wrapper', () => {
    expect(build.output).toContain(
      'content/pages/de/kasperskys-reaktion.mdx: section "first-reaction" has a paragraph or list item without a citation; cite it or wrap the site\'s own words in <Editorial>: "Ein unbelegter Satz ohne Quelle.…"',
    );
  });

  it('names the external source whose kept passages lack one of its key quotes', () => {
    expect(build.output).toContain(
      'content/sources/entity-list-rule.md (keyQuotes): quote not found in source "entity-list-rule": "The EAR imposes additional license requirements',
    );
  });

  it('names the summary file and the quote when a quote in the printable summary is not in the source', () => {
    expect(build.output).toContain(
      'content/summary/de.mdx: quote not found in source "zdnet-de": "Worte, die ZDNet nie schrieb"',
    );
  });

  it('names the file, the field and the phrase of hand-written relative time in a timeline event', () => {
    expect(build.output).toContain(
      'content/timeline/withdrawal-announced.yaml (summary.de): hand-written relative time "Vor gut zwei Jahren"',
    );
  });
});

describe('the build names each problem of the data beside the pages', () => {
  it('names the timeline file, the event and the field when a quote is not in its source', () => {
    expect(build.output).toContain(
      'content/timeline/updates-end.yaml (event "updates-end", field citations[0]): quote not found in source "zdnet-de"',
    );
  });

  it('names the checker file, the node and the field when a quote is not in its source', () => {
    expect(build.output).toContain(
      'content/checker/tree.yaml: outcome "us-use-antivirus", applies[2]: quote not found in source "heise-en": "meaning no updates at all"',
    );
  });

  it('names the checker file and the outcome when a verdict rests on a news article instead of a primary text', () => {
    expect(build.output).toContain(
      'content/checker/tree.yaml: outcome "us-vendor", basis: "zdnet-de" is an article; a basis cites a primary text (kind: external)',
    );
  });

  it('names the disagreement file, the quote that is not in its source, the unknown source and the unknown page key', () => {
    expect(build.output).toContain(
      'content/disagreements/broken.yaml: quote not found in source "heise-de": "Worte, die heise nie schrieb"',
    );
    expect(build.output).toContain('content/disagreements/broken.yaml: unknown source id "no-such-source"');
    expect(build.output).toContain('content/disagreements/broken.yaml: unknown page key "no-such-page"');
  });

  it('names the correction file, the unknown page key, the quote that is not in its source and the unknown source', () => {
    expect(build.output).toContain('content/corrections/broken.yaml: unknown page key "no-such-page"');
    expect(build.output).toContain(
      'content/corrections/broken.yaml: quote not found in source "zdnet-de": "Worte, die ZDNet nie schrieb"',
    );
    expect(build.output).toContain('content/corrections/broken.yaml: unknown source id "no-such-source"');
  });

  it('names the glossary file, the quote that is not in its source and the unknown source', () => {
    expect(build.output).toContain(
      'content/glossary/broken.yaml (citations): quote not found in source "heise-en": "words heise never wrote"',
    );
    expect(build.output).toContain('content/glossary/broken.yaml (citations): unknown source id "no-such-source"');
  });

  it('names both glossary files when a form is another entry’s', () => {
    // Whichever of the two files is read first keeps the form; the message names both, and the other's field.
    expect(build.output).toMatch(
      /content\/glossary\/(?:broken\.yaml: en\.variants\[0\]|entity-list\.yaml: en\.term) "Entity List" is already a form of content\/glossary\/(?:entity-list|broken)\.yaml/,
    );
  });
});

describe('a source with bad front matter fails the sync', () => {
  it('names the source file and the missing field', () => {
    const { status, output } = astroWith('sync', (dir) =>
      editFile(join(dir, 'content/sources/heise-de.md'), (text) => text.replace(/^outlet: .*\n/m, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sources\/heise-de\.md/);
    expect(output).toMatch(/outlet\W+Required|outlet.*expected string/i);
  }, 120_000);

  // The sync names the file of any entry the schema rejects (above); the schema names the field.
  it('names the field when a date is malformed', () => {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(
      readFileSync(join(ROOT, 'content/sources/zdnet-de.md'), 'utf8'),
    )![1]!;
    const result = sourceSchema.safeParse(parse(frontMatter.replace('published: "2024-06"', 'published: "2024-13"')));
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
    expect(issues).toMatch(/published\W+"2024-13" is not a real calendar date/);
  });
});
