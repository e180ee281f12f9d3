/**
 * Bad timeline data stops the real build with the file, the event id and the field named: a quote not in its
 * source is proved with every other build-time check in badContent.test.ts; an impossible date stops the sync.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { astroWith, editFile } from './support/siteCopy';

it('fails the sync with the file and the field when a date is impossible', () => {
  const { status, output } = astroWith('sync', (root) =>
    editFile(join(root, 'content/timeline/entity-list.yaml'), (yaml) =>
      yaml.replace('date: "2024-06-24"', 'date: "2024-06-31"'),
    ),
  );
  expect(status).not.toBe(0);
  expect(output).toMatch(/content\/timeline\/entity-list\.yaml/);
  expect(output).toMatch(/date\W+"2024-06-31" is not a real calendar date/);
}, 120_000);
