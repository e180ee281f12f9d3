/**
 * Two checks that guard what the site says about time and about its external sources, each proved on a
 * copy of the site with one defect (see badContent.test.ts).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astro, editFile, removeSiteCopies, siteCopyWith } from './support/siteCopy';

afterEach(removeSiteCopies);

describe('bad content fails the build', () => {
  it('names the file, the field and the phrase of hand-written relative time in a timeline event', () => {
    const root = siteCopyWith((dir) =>
      editFile(join(dir, 'content/timeline/withdrawal-announced.yaml'), (text) =>
        text.replace(/^(summary:\n {2}en: .*\n {2}de: )/m, '$1Vor gut zwei Jahren '),
      ),
    );
    const { status, output } = astro(root, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/timeline/withdrawal-announced.yaml (summary.de): hand-written relative time "Vor gut zwei Jahren"');
  }, 120_000);

  it('names the external source whose kept passages lack one of its key quotes', () => {
    const root = siteCopyWith((dir) =>
      editFile(join(dir, 'content/sources/entity-list-rule.md'), (text) => text.replace(/\nThe EAR imposes additional license requirements[^\n]*\n/, '\n')),
    );
    const { status, output } = astro(root, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/sources/entity-list-rule.md (keyQuotes): quote not found in source "entity-list-rule": "The EAR imposes additional license requirements');
  }, 120_000);
});
