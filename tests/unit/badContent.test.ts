/**
 * Bad content must stop the build with a message that names the file and the field, never render as
 * broken HTML. These tests build a copy of the site with one defect each.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, astro, editFile, removeSiteCopies, siteCopyWith } from './support/siteCopy';

afterEach(removeSiteCopies);

describe('bad content fails the build', () => {
  it('names the page, the source id and the quote when a quote is not in the source', () => {
    const page = readdirSync(join(ROOT, 'content/pages/en')).find((name) => name.endsWith('.mdx'))!;
    const root = siteCopyWith((dir) =>
      editFile(join(dir, 'content/pages/en', page), (text) => `${text}\n\nA claim. <Cite source="heise-en" quote="words heise never wrote" />\n`),
    );
    const { status, output } = astro(root, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain(`content/pages/en/${page}: quote not found in source "heise-en": "words heise never wrote"`);
  }, 60_000);

  it('names the summary file and the quote when a quote in the printable summary is not in the source', () => {
    const root = siteCopyWith((dir) =>
      editFile(join(dir, 'content/summary/de.mdx'), (text) => `${text}\n\nEine Aussage. <Cite source="zdnet-de" quote="Worte, die ZDNet nie schrieb" />\n`),
    );
    const { status, output } = astro(root, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/summary/de.mdx: quote not found in source "zdnet-de": "Worte, die ZDNet nie schrieb"');
  }, 60_000);

  it('names the page and the unknown source id', () => {
    const root = siteCopyWith((dir) =>
      editFile(join(dir, 'content/pages/de/index.mdx'), (text) => `${text}\n\nEine Aussage. <Cite source="heise" quote="x" />\n`),
    );
    const { status, output } = astro(root, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/de/index.mdx: unknown source id "heise"');
  }, 60_000);

  it('names the source file and the missing field', () => {
    const root = siteCopyWith((dir) => editFile(join(dir, 'content/sources/heise-de.md'), (text) => text.replace(/^outlet: .*\n/m, '')));
    const { status, output } = astro(root, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sources\/heise-de\.md/);
    expect(output).toMatch(/outlet\W+Required|outlet.*expected string/i);
  }, 60_000);

  it('names the source file and the field when a date is malformed', () => {
    const root = siteCopyWith((dir) =>
      editFile(join(dir, 'content/sources/zdnet-de.md'), (text) => text.replace('published: "2024-06"', 'published: "2024-13"')),
    );
    const { status, output } = astro(root, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sources\/zdnet-de\.md/);
    expect(output).toMatch(/published\W+"2024-13" is not a real calendar date/);
  }, 60_000);

  it('names both page files and the section when a section exists in one language only', () => {
    const root = siteCopyWith((dir) =>
      editFile(join(dir, 'content/pages/de/was-ist-verboten.mdx'), (text) => text.replace(/<Section id="reason"[\s\S]*?<\/Section>/, '')),
    );
    const { status, output } = astro(root, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/en/what-is-banned.mdx: section "reason" has no counterpart in content/pages/de/was-ist-verboten.mdx');
  }, 60_000);
});
