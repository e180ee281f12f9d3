/** Bad timeline data stops the real build with the file, the event id and the field named. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astro, editFile, removeSiteCopies, siteCopyWith } from './support/siteCopy';

afterEach(removeSiteCopies);

function siteCopyWithEvent(id: string, change: (yaml: string) => string): string {
  return siteCopyWith((root) => editFile(join(root, 'content/timeline', `${id}.yaml`), change));
}

describe('bad timeline data fails the build', () => {
  it('names the file, the event and the field when a quote is not in its source', () => {
    const root = siteCopyWithEvent('updates-end', (yaml) => yaml.replace('quote: Ab 29. September muss', 'quote: Ab 30. September muss'));
    const { status, output } = astro(root, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/timeline/updates-end.yaml (event "updates-end", field citations[0]): quote not found in source "zdnet-de"');
  }, 120_000);

  it('names the file and the field when a date is impossible', () => {
    const root = siteCopyWithEvent('entity-list', (yaml) => yaml.replace('date: "2024-06-24"', 'date: "2024-06-31"'));
    const { status, output } = astro(root, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/timeline\/entity-list\.yaml/);
    expect(output).toMatch(/date\W+"2024-06-31" is not a real calendar date/);
  }, 120_000);
});
