/**
 * A broken checker tree stops `astro sync` (and so the build) with the file and node named. The tree's loader
 * lists every problem it finds, so one sync of a copy with two defects proves both messages.
 */
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { astroWith, editFile, type AstroRun } from './support/siteCopy';

let run: AstroRun;
beforeAll(() => {
  run = astroWith('sync', (dir) =>
    editFile(join(dir, 'content/checker/tree.yaml'), (yaml) =>
      yaml.replace('next: us-vendor', 'next: us-software-vendor').replace('parts: [germany]', 'parts: [deutschland]'),
    ),
  );
}, 120_000);

it('fails the sync', () => {
  expect(run.status).not.toBe(0);
});

it('names the file and node of a dangling option', () => {
  expect(run.output).toContain(
    'content/checker/tree.yaml: question "us-role", option "vendor": leads to "us-software-vendor", which is neither a question nor an outcome (dangling option)',
  );
});

it('names the file, question and option of an answer that adds a part which does not exist', () => {
  expect(run.output).toContain(
    'content/checker/tree.yaml: question "location", option "germany": adds the part "deutschland", which does not exist (dangling part)',
  );
});
