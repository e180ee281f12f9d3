/** The real tree, walked path by path: every path ends in the right outcome, and every citation holds. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findCitationProblems, type CitableSource } from '../../src/lib/citations';
import { answersFromPath, changeAnswerPath, checkerPath, howItDecidesPath } from '../../src/lib/checker/address';
import { collectCitations, enumeratePages, enumeratePaths, nodeAt, outcomeNotes, progress, resolve } from '../../src/lib/checker/engine';
import { CHECKER_STRINGS, timeSince } from '../../src/lib/checker/strings';
import { loadCheckerTree } from '../../src/lib/checker/validateTree';
import { parsePartialDate } from '../../src/lib/partialDate';

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = 'content/checker/tree.yaml';
const tree = loadCheckerTree(parse(readFileSync(join(ROOT, FILE), 'utf8')), FILE);

function outcomeOf(answers: string[]): string {
  const node = nodeAt(tree, answers);
  if (node.kind !== 'outcome') throw new Error(`${answers.join('/')} ends at question "${node.question.id}"`);
  return node.outcome.id;
}

const textOf = (answers: string[]) => {
  const node = nodeAt(tree, answers);
  return node.kind === 'outcome' ? JSON.stringify(node.outcome) : '';
};

describe('the checker tree in content/', () => {
  it('is sound and every path ends in an outcome', () => {
    const paths = enumeratePaths(tree);
    expect(paths).toHaveLength(20);
    for (const path of paths) expect(resolve(tree, path)).toMatchObject({ ok: true, node: { kind: 'outcome' } });
  });

  it('reaches every outcome on some path', () => {
    const reached = new Set(enumeratePaths(tree).map(outcomeOf));
    expect([...reached].sort()).toEqual(tree.outcomes.map(({ id }) => id).sort());
  });

  it('has one page per question reached and per result', () => {
    expect(enumeratePages(tree)).toHaveLength(26);
    expect(enumeratePages(tree)[0]).toEqual([]);
  });

  it('cites only quotes that stand verbatim in their sources', () => {
    const sources = new Map<string, CitableSource>();
    for (const name of readdirSync(join(ROOT, 'content/sources'))) {
      const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(ROOT, 'content/sources', name), 'utf8')) ?? [];
      const id = name.replace(/\.md$/, '');
      sources.set(id, { id, kind: parse(frontMatter).kind, body });
    }
    const problems = collectCitations(tree).flatMap(({ where, citations }) => findCitationProblems(citations, sources, `${FILE}: ${where}`));
    expect(problems).toEqual([]);
  });
});

describe('key outcomes', () => {
  it('US household with antivirus: no penalty for use, but no updates since 29 September 2024', () => {
    expect(outcomeOf(['us', 'household', 'antivirus'])).toBe('us-use-antivirus');
    expect(textOf(['us', 'household', 'antivirus'])).toContain('will not face legal penalties');
    const node = nodeAt(tree, ['us', 'household', 'antivirus']);
    if (node.kind !== 'outcome') throw new Error('not an outcome');
    expect(node.outcome.applies.map((item) => item.since?.iso)).toContain('2024-09-29');
    expect(node.outcome.verdict.en).toContain('29 September 2024');
  });

  it('a business using threat intelligence or training is exempt', () => {
    expect(outcomeOf(['us', 'business', 'threat-intelligence'])).toBe('us-use-exempt');
    expect(outcomeOf(['us', 'business', 'training'])).toBe('us-use-exempt');
    expect(textOf(['us', 'business', 'threat-intelligence'])).toContain('Ausnahmen gelten für Threat-Intelligence');
  });

  it('an MSP reselling antivirus in the US is banned since 29 September 2024, reselling threat intelligence is exempt', () => {
    expect(outcomeOf(['us', 'msp', 'antivirus'])).toBe('us-msp-antivirus');
    expect(outcomeOf(['us', 'msp', 'threat-intelligence'])).toBe('us-msp-exempt');
    expect(outcomeOf(['us', 'msp', 'not-sure'])).toBe('us-msp-unsure');
  });

  it('a US federal agency was barred years earlier (2017 order, law a year later)', () => {
    expect(outcomeOf(['us', 'federal'])).toBe('us-federal');
    const dates = JSON.stringify(nodeAt(tree, ['us', 'federal']));
    expect(dates).toContain('2017-09-13');
    expect(dates).toContain('2018-10-01');
  });

  it('Germany: the US rules do not apply, but the BSI warns against antivirus', () => {
    expect(outcomeOf(['germany', 'antivirus'])).toBe('germany-antivirus');
    expect(textOf(['germany', 'antivirus'])).toContain('bsi-warning-2022');
    expect(outcomeOf(['germany', 'threat-intelligence'])).toBe('germany-other');
    expect(outcomeOf(['germany', 'none-or-not-sure'])).toBe('germany-other');
  });

  it('outside the US and the EU the ban does not apply directly', () => {
    expect(outcomeOf(['elsewhere'])).toBe('elsewhere');
    expect(outcomeOf(['eu'])).toBe('eu');
  });

  it('"not sure" always leads to an outcome, never to a dead end', () => {
    for (const path of enumeratePaths(tree).filter((answers) => answers.some((id) => id.includes('not-sure')))) {
      expect(nodeAt(tree, path).kind).toBe('outcome');
    }
  });
});

describe('walking', () => {
  it('reports an answer that does not fit, with the answers accepted there', () => {
    expect(resolve(tree, ['us', 'nobody'])).toMatchObject({ ok: false, error: expect.stringContaining('accepted: household, business, federal, msp, vendor') });
    expect(resolve(tree, ['eu', 'more'])).toMatchObject({ ok: false, error: expect.stringContaining('asks nothing more') });
  });

  it('says "of 3" only where every remaining path has the same length', () => {
    expect(progress(tree, [])).toEqual({ current: 1, total: 3, exact: false });
    expect(progress(tree, ['us', 'household'])).toEqual({ current: 3, total: 3, exact: true });
    expect(progress(tree, ['germany'])).toEqual({ current: 2, total: 2, exact: true });
    expect(progress(tree, ['eu'])).toBeNull();
  });

  it('numbers an outcome’s notes once per distinct citation, statements first', () => {
    const node = nodeAt(tree, ['us', 'msp', 'not-sure']);
    if (node.kind !== 'outcome') throw new Error('not an outcome');
    const notes = outcomeNotes(node.outcome);
    expect(new Set(notes.map((note) => `${note.source}|${note.quote}`)).size).toBe(notes.length);
    expect(notes[0]!.source).toBe('zdnet-de');
  });
});

describe('addresses', () => {
  it('maps answers to addresses and back', () => {
    expect(checkerPath('en', ['us', 'household', 'antivirus'])).toBe('/en/check/us/household/antivirus/');
    expect(checkerPath('de', [])).toBe('/de/check/');
    expect(answersFromPath('/de/check/germany/antivirus/')).toEqual({ locale: 'de', answers: ['germany', 'antivirus'] });
    expect(answersFromPath('/en/what-is-banned/')).toBeUndefined();
    expect(howItDecidesPath('de')).toBe('/de/check/so-entscheidet-er/');
  });

  it('changes an answer by going back to its question with the earlier answers kept', () => {
    expect(changeAnswerPath('en', ['us', 'household', 'antivirus'], 1)).toBe('/en/check/us/');
    expect(() => changeAnswerPath('en', ['us'], 1)).toThrow('no answer number 1');
  });
});

describe('strings', () => {
  it('words "since" with the date’s precision, never inventing a day', () => {
    expect(CHECKER_STRINGS.en.since(parsePartialDate('2024-09-29'))).toBe('Since 29 September 2024');
    expect(CHECKER_STRINGS.de.since(parsePartialDate('2024-09-29'))).toBe('Seit dem 29. September 2024');
    expect(CHECKER_STRINGS.de.since(parsePartialDate('2024-09'))).toBe('Seit September 2024');
  });

  it('counts the time since from the reader’s day', () => {
    const sept29 = parsePartialDate('2024-09-29');
    expect(timeSince(sept29, new Date('2026-11-26'), 'en')).toBe('2 years ago');
    expect(timeSince(sept29, new Date('2024-12-15'), 'de')).toBe('vor 2 Monaten');
    expect(timeSince(sept29, new Date('2024-10-09'), 'en')).toBe('10 days ago');
  });
});
