/** Bad timeline data stops the real build with the file, the event id and the field named. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroWith, editFile } from './support/siteCopy';

function astroWithEvent(command: 'build' | 'sync', id: string, change: (yaml: string) => string) {
  return astroWith(command, (root) => editFile(join(root, 'content/timeline', `${id}.yaml`), change));
}

describe('bad timeline data fails the build', () => {
  it('names the file, the event and the field when a quote is not in its source', () => {
    const { status, output } = astroWithEvent('build', 'updates-end', (yaml) => yaml.replace('quote: Ab 29. September muss', 'quote: Ab 30. September muss'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/timeline/updates-end.yaml (event "updates-end", field citations[0]): quote not found in source "zdnet-de"');
  }, 120_000);

  it('names the file and the field when a date is impossible', () => {
    const { status, output } = astroWithEvent('sync', 'entity-list', (yaml) => yaml.replace('date: "2024-06-24"', 'date: "2024-06-31"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/timeline\/entity-list\.yaml/);
    expect(output).toMatch(/date\W+"2024-06-31" is not a real calendar date/);
  }, 120_000);
});
