/**
 * What the build derives from the content rather than from hand-written values, proved on a copy of the site
 * with planted content: the timeline's data date, and the sources page's "Cited on" lists.
 *
 * The timeline's "Last updated" date (its page and events.json) follows the newest correction that names the
 * timeline (the rule itself: tests/unit/timelineDataDate.test.ts). This build plants a correction dated a day
 * after every real one: a date written by hand anywhere on the way would not follow.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { correctionSchema } from '../../src/schemas/corrections';
import { builtElements } from '../e2e/builtFiles';
import { ROOT, astroWith, editFile, type AstroRun } from './support/siteCopy';

const dir = join(ROOT, 'content/corrections');
const realCorrections = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ data: correctionSchema.parse(parse(readFileSync(join(dir, name), 'utf8'))) }));

const newestReal = realCorrections
  .map((entry) => entry.data.date.iso)
  .sort()
  .at(-1)!;
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A source that only one timeline event cites, in no language's pages. */
const PLANTED_SOURCE = `---
kind: external
outlet: Planted outlet
title: Planted source
language: en
published: "2024-06-21"
url: https://example.org/planted
summary: { en: A source only the timeline cites., de: Eine Quelle, die nur die Chronik zitiert. }
---
`;

describe('a build with a new correction of the timeline and a source only the timeline cites', () => {
  const planted = dayAfter(newestReal);
  let build: AstroRun;
  let json: { lastUpdated: string } | undefined;
  let page = '';
  let sources = '';

  beforeAll(() => {
    build = astroWith(
      'build',
      (root) => {
        writeFileSync(
          join(root, 'content/corrections/planted-timeline.yaml'),
          `date: "${planted}"\n${readFileSync(join(dir, 'entity-list-wording.yaml'), 'utf8').replace(/^date: .*\n/, '')}`,
        );
        writeFileSync(join(root, 'content/sources/planted-timeline-only.md'), PLANTED_SOURCE);
        editFile(join(root, 'content/timeline/ofac-sanctions.yaml'), (yaml) =>
          yaml.replace('- source: therecord-ofac', '- source: therecord-ofac\n- source: planted-timeline-only'),
        );
      },
      (root) => {
        json = JSON.parse(readFileSync(join(root, 'dist/en/timeline/events.json'), 'utf8'));
        page = readFileSync(join(root, 'dist/de/timeline/index.html'), 'utf8');
        sources = readFileSync(join(root, 'dist/en/sources/index.html'), 'utf8');
      },
      { PDF_SUMMARY: 'off' },
    );
  }, 180_000);

  it('lists the timeline under "Cited on" for the source only the timeline cites', () => {
    expect(build.status, build.output).toBe(0);
    const entry = builtElements(sources).find(
      (element) => element.name === 'article' && element.attribs.id === 'source-planted-timeline-only',
    );
    expect(entry, 'the planted source on the sources page').toBeDefined();
    const links = DomUtils.findAll((element) => element.name === 'a', [entry!]).map((link) => link.attribs.href);
    expect(links).toContain('/en/timeline/');
    expect(DomUtils.textContent(entry!)).not.toContain('Not cited on any page yet');
  });

  it('dates events.json and the timeline page by that correction', () => {
    expect(build.status, build.output).toBe(0);
    expect(json?.lastUpdated).toBe(planted);
    const dataDate = builtElements(page).find(
      (element) => element.name === 'time' && 'data-data-date' in element.attribs,
    );
    expect(dataDate?.attribs.datetime).toBe(planted);
  });
});
