/** Search indexes each checker result once, so a query does not list the same advice for every path to it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answersFromPath } from '../../src/lib/checker/address';
import { enumeratePaths, nodeAt } from '../../src/lib/checker/engine';
import { validateCheckerTree } from '../../src/lib/checker/validateTree';
import { searchableCheckerPaths } from '../../src/lib/searchScope';

const FILE = 'content/checker/tree.yaml';
const tree = validateCheckerTree(parse(readFileSync(join(import.meta.dirname, '..', '..', FILE), 'utf8')), FILE);

describe('searchableCheckerPaths', () => {
  const paths = searchableCheckerPaths(tree, 'en');
  const outcomes = [...paths].map((path) => nodeAt(tree, answersFromPath(path)!.answers));

  it('indexes results only, every result exactly once', () => {
    expect(paths.size).toBe(tree.outcomes.length);
    expect(outcomes.every((node) => node.kind === 'outcome')).toBe(true);
    const indexed = new Set(outcomes.map((node) => (node.kind === 'outcome' ? node.outcome.id : '')));
    expect([...indexed].sort()).toEqual(tree.outcomes.map(({ id }) => id).sort());
  });

  it('leaves out paths that repeat a result already indexed', () => {
    expect(paths.size).toBeLessThan(enumeratePaths(tree).length);
  });

  it('gives the same answers in both languages', () => {
    const german = [...searchableCheckerPaths(tree, 'de')].map((path) => answersFromPath(path)!.answers.join('/'));
    expect(german).toEqual([...paths].map((path) => answersFromPath(path)!.answers.join('/')));
  });

  it('indexes the household result for UltraAV', () => {
    expect(paths).toContain('/en/check/us/household/ultraav/');
  });
});
