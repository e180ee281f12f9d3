/**
 * Bad content must stop the build with a message that names the file and the field, never render as broken HTML.
 * These tests run a real `astro build` or `astro sync` on a copy of the site with defects planted in it. The
 * pages-and-sources check (src/site.ts) lists every problem it finds, so one build carries all of its defects.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schemas/sources';
import { ROOT, astroWith, editFile, type AstroRun } from './support/siteCopy';

describe('bad pages and sources fail the build, every problem named in one run', () => {
  const page = readdirSync(join(ROOT, 'content/pages/en')).find((name) => name.endsWith('.mdx'))!;
  let run: AstroRun;
  beforeAll(() => {
    run = astroWith('build', (dir) => {
      editFile(join(dir, 'content/pages/en', page), (text) => `${text}\n\nA claim. <Cite source="heise-en" quote="words heise never wrote" />\n`);
      editFile(join(dir, 'content/pages/de/index.mdx'), (text) => `${text}\n\nEine Aussage. <Cite source="heise" quote="x" />\n`);
      editFile(join(dir, 'content/pages/de/was-ist-verboten.mdx'), (text) => text.replace(/<Section id="reason"[\s\S]*?<\/Section>/, ''));
      editFile(join(dir, 'content/timeline/withdrawal-announced.yaml'), (text) =>
        text.replace(/^(summary:\n {2}en: .*\n {2}de: )/m, '$1Vor gut zwei Jahren '),
      );
      editFile(join(dir, 'content/sources/entity-list-rule.md'), (text) => text.replace(/\nThe EAR imposes additional license requirements[^\n]*\n/, '\n'));
    });
  }, 120_000);

  it('fails', () => {
    expect(run.status).not.toBe(0);
  });

  it('names the page, the source id and the quote when a quote is not in the source', () => {
    expect(run.output).toContain(`content/pages/en/${page}: quote not found in source "heise-en": "words heise never wrote"`);
  });

  it('names the page and the unknown source id', () => {
    expect(run.output).toContain('content/pages/de/index.mdx: unknown source id "heise"');
  });

  it('names both page files and the section when a section exists in one language only', () => {
    expect(run.output).toContain('content/pages/en/what-is-banned.mdx: section "reason" has no counterpart in content/pages/de/was-ist-verboten.mdx');
  });

  it('names the file, the field and the phrase of hand-written relative time in a timeline event', () => {
    expect(run.output).toContain('content/timeline/withdrawal-announced.yaml (summary.de): hand-written relative time "Vor gut zwei Jahren"');
  });

  it('names the external source whose kept passages lack one of its key quotes', () => {
    expect(run.output).toContain('content/sources/entity-list-rule.md (keyQuotes): quote not found in source "entity-list-rule": "The EAR imposes additional license requirements');
  });
});

describe('a bad quote in the printable summary fails the build', () => {
  it('names the summary file and the quote', () => {
    const { status, output } = astroWith('build', (dir) =>
      editFile(join(dir, 'content/summary/de.mdx'), (text) => `${text}\n\nEine Aussage. <Cite source="zdnet-de" quote="Worte, die ZDNet nie schrieb" />\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/summary/de.mdx: quote not found in source "zdnet-de": "Worte, die ZDNet nie schrieb"');
  }, 120_000);
});

describe('a source with bad front matter fails the sync', () => {
  it('names the source file and the missing field', () => {
    const { status, output } = astroWith('sync', (dir) => editFile(join(dir, 'content/sources/heise-de.md'), (text) => text.replace(/^outlet: .*\n/m, '')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sources\/heise-de\.md/);
    expect(output).toMatch(/outlet\W+Required|outlet.*expected string/i);
  }, 120_000);

  // The sync names the file of any entry its schema rejects (above); the schema names the field.
  it('names the field when a date is malformed', () => {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, 'content/sources/zdnet-de.md'), 'utf8'))![1]!;
    const result = sourceSchema.safeParse(parse(frontMatter.replace('published: "2024-06"', 'published: "2024-13"')));
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
    expect(issues).toMatch(/published\W+"2024-13" is not a real calendar date/);
  });
});
