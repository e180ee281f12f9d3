/** A broken checker tree stops `astro sync` (and so the build) with the file and the node named. */
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { astro, editFile, removeSiteCopies, siteCopyWith } from './support/siteCopy';

afterEach(removeSiteCopies);

it('fails the sync with the file and node of a dangling option', () => {
  const root = siteCopyWith((dir) =>
    editFile(join(dir, 'content/checker/tree.yaml'), (yaml) => yaml.replace('next: us-vendor', 'next: us-software-vendor')),
  );
  const { status, output } = astro(root, 'sync');
  expect(status).not.toBe(0);
  expect(output).toContain(
    'content/checker/tree.yaml: question "us-role", option "vendor": leads to "us-software-vendor", which is neither a question nor an outcome (dangling option)',
  );
}, 60_000);

it('fails the sync with the file, question and option of an answer that adds a part which does not exist', () => {
  const root = siteCopyWith((dir) =>
    editFile(join(dir, 'content/checker/tree.yaml'), (yaml) => yaml.replace('parts: [germany]', 'parts: [deutschland]')),
  );
  const { status, output } = astro(root, 'sync');
  expect(status).not.toBe(0);
  expect(output).toContain('content/checker/tree.yaml: question "location", option "germany": adds the part "deutschland", which does not exist (dangling part)');
}, 60_000);
