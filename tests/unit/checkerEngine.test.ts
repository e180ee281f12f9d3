/** The real tree, walked path by path: every path ends in the right outcome, and every citation holds. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findCitationProblems, type CitableSource } from '../../src/lib/citations';
import { answersFromPath, changeAnswerPath, checkerPath, howItDecidesPath } from '../../src/lib/checker/address';
import {
  collectCitations,
  enumeratePages,
  enumeratePaths,
  nodeAt,
  outcomeNotes,
  pathToOutcome,
  progress,
  resolve,
  retiredTarget,
} from '../../src/lib/checker/engine';
import { CHECKER_STRINGS, timeSince } from '../../src/lib/checker/strings';
import { countWords, validateCheckerTree } from '../../src/lib/checker/validateTree';
import { JOURNEYS, PUBLISHED_ANSWERS } from './checkerJourneys';
import { parsePartialDate } from '../../src/lib/partialDate';

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = 'content/checker/tree.yaml';
const tree = validateCheckerTree(parse(readFileSync(join(ROOT, FILE), 'utf8')), FILE);

function outcomeOf(answers: string[]): string {
  const node = nodeAt(tree, answers);
  if (node.kind !== 'outcome') throw new Error(`${answers.join('/')} ends at question "${node.question.id}"`);
  return node.outcome.id;
}

describe('the checker tree in content/', () => {
  it('is sound and every path ends in an outcome', () => {
    const paths = enumeratePaths(tree);
    expect(paths.length).toBeGreaterThan(72);
    for (const path of paths) expect(resolve(tree, path)).toMatchObject({ ok: true, node: { kind: 'outcome' } });
  });

  it('reaches every outcome on some path', () => {
    const reached = new Set(enumeratePaths(tree).map(outcomeOf));
    expect([...reached].sort()).toEqual(tree.outcomes.map(({ id }) => id).sort());
  });

  it('has one page per question reached and per result', () => {
    const pages = enumeratePages(tree);
    expect(pages[0]).toEqual([]);
    expect(new Set(pages.map((answers) => answers.join('/'))).size).toBe(pages.length);
  });

  it('gives every headline at most 12 words and every verdict a quoted basis', () => {
    for (const outcome of tree.outcomes) {
      for (const locale of ['en', 'de'] as const)
        expect(countWords(outcome.verdict[locale]), `${outcome.id} ${locale}`).toBeLessThanOrEqual(12);
      expect(outcome.basis.length, outcome.id).toBeGreaterThan(0);
      for (const { quote } of outcome.basis) expect(quote, outcome.id).toBeTruthy();
    }
  });

  it('never leads two answers of one question to the same headline', () => {
    for (const question of tree.questions) {
      const headlines = question.options
        .map(({ next }) => tree.outcomes.find(({ id }) => id === next)?.verdict.en)
        .filter((headline): headline is string => headline !== undefined);
      expect(new Set(headlines).size, question.id).toBe(headlines.length);
    }
  });

  it('gives "I’m not sure" a result of its own, never the headline of "Yes"', () => {
    for (const question of tree.questions) {
      const yes = question.options.find(({ id }) => id === 'yes' || id === 'is-us-person');
      const unsure = question.options.find(({ id }) => id.includes('not-sure') || id === 'unsure-us-person');
      if (!yes || !unsure) continue;
      const headline = (id: string) => tree.outcomes.find((outcome) => outcome.id === id)?.verdict.en;
      expect(headline(unsure.next), question.id).not.toBe(headline(yes.next));
      expect(tree.outcomes.find(({ id }) => id === unsure.next)?.compare.length, question.id).toBeGreaterThan(1);
    }
  });

  it('cites only quotes that stand verbatim in their sources', () => {
    const sources = new Map<string, CitableSource>();
    for (const name of readdirSync(join(ROOT, 'content/sources'))) {
      const [, frontMatter = '', body = ''] =
        /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(ROOT, 'content/sources', name), 'utf8')) ?? [];
      const id = name.replace(/\.md$/, '');
      sources.set(id, { id, kind: parse(frontMatter).kind, body });
    }
    const problems = collectCitations(tree).flatMap(({ where, citations }) =>
      findCitationProblems(citations, sources, `${FILE}: ${where}`),
    );
    expect(problems).toEqual([]);
  });
});

/** Everything a result shows in one language, for phrase checks: verdict, part headings and summaries, dated statements, next steps. */
function resultText(answers: string[], locale: 'en' | 'de'): { verdict: string; all: string } {
  const resolution = resolve(tree, answers);
  if (!resolution.ok || resolution.node.kind !== 'outcome') throw new Error(`${answers.join('/')} is not a result`);
  const { outcome } = resolution.node;
  const cases = outcome.compare.flatMap(({ when, outcome: id }) => {
    const target = tree.outcomes.find((candidate) => candidate.id === id)!;
    return [when[locale], target.verdict[locale], target.detail[locale]];
  });
  const texts = [outcome, ...resolution.parts].flatMap((node) => [
    ...('summary' in node ? [node.heading[locale], node.summary[locale]] : [node.detail[locale]]),
    ...node.applies.map(
      (item) => `${item.since ? `${CHECKER_STRINGS[locale].since(item.since)}: ` : ''}${item.text[locale]}`,
    ),
    ...node.nextSteps.map((step) => step[locale]),
  ]);
  const seeAlso = outcome.seeAlso.map(({ label }) => label[locale]);
  return {
    verdict: outcome.verdict[locale],
    all: [outcome.verdict[locale], ...cases, ...texts, ...seeAlso].join('\n'),
  };
}

describe('journeys (answers → result)', () => {
  for (const journey of JOURNEYS) {
    it(`${journey.who}: ${journey.answers.join(' → ')} → ${journey.outcome}`, () => {
      const resolution = resolve(tree, journey.answers);
      expect(resolution).toMatchObject({ ok: true, node: { kind: 'outcome', outcome: { id: journey.outcome } } });
      expect(resolution.ok && resolution.parts.map(({ id }) => id)).toEqual(journey.parts);
      for (const locale of ['en', 'de'] as const) {
        const { verdict, all } = resultText(journey.answers, locale);
        for (const phrase of journey.verdict[locale]) expect(verdict, locale).toContain(phrase);
        for (const phrase of journey.says[locale]) expect(all, locale).toContain(phrase);
        for (const phrase of journey.never?.[locale] ?? []) expect(all, locale).not.toContain(phrase);
      }
    });
  }

  it('every address published before still leads to a page: the same step, or one that says where it moved', () => {
    for (const answers of PUBLISHED_ANSWERS) {
      const moved = retiredTarget(tree, answers);
      expect(resolve(tree, moved ?? answers), answers.join('/')).toMatchObject({ ok: true });
    }
    expect(PUBLISHED_ANSWERS).toHaveLength(99);
  });

  it('asks whether the reader is a US person, with the definition cited, wherever a result outside the US depends on it', () => {
    const dependsOnIt = new Set(['antivirus', 'white-label', 'threat-intelligence', 'none', 'seller']);
    for (const path of enumeratePaths(tree).filter(
      ([location, activity]) => location !== 'us' && dependsOnIt.has(activity!),
    )) {
      const resolution = resolve(tree, path);
      if (!resolution.ok) throw new Error(resolution.error);
      const asked = resolution.steps.find(({ question }) =>
        question.citations.some(({ source }) => source === 'conventus-kaspersky'),
      );
      expect(asked, path.join('/')).toBeDefined();
    }
  });

  it('links each case of an "it depends" result to that case’s own result', () => {
    expect(pathToOutcome(tree, ['germany', 'antivirus', 'not-sure'], 'usp-use-antivirus')).toEqual([
      'germany',
      'antivirus',
      'yes',
    ]);
    expect(pathToOutcome(tree, ['eu', 'seller', 'unsure-us-person'], 'not-reached-seller')).toEqual([
      'eu',
      'seller',
      'not-us-person',
      'no',
    ]);
  });

  it('adds the BSI part to every result reached from Germany, and gives the BSI’s advice as the first step', () => {
    for (const path of enumeratePaths(tree)) {
      const resolution = resolve(tree, path);
      if (!resolution.ok) throw new Error(resolution.error);
      const parts = resolution.parts.map(({ id }) => id);
      expect(parts.includes('germany'), path.join('/')).toBe(path[0] === 'germany');
    }
  });

  it('"not sure" always leads to a result, never to a dead end', () => {
    for (const path of enumeratePaths(tree).filter((answers) => answers.some((id) => id.includes('not-sure')))) {
      expect(nodeAt(tree, path).kind).toBe('outcome');
    }
  });
});

describe('wording (issue 10: sentences say no more than their sources)', () => {
  /** All text the tree shows, in one language, without the quotes (which are the sources' words). */
  const shown = (locale: 'en' | 'de') => {
    const texts: string[] = [];
    const collect = (value: unknown, key?: string) => {
      if (key === 'citations') return;
      if (value && typeof value === 'object') {
        for (const [childKey, child] of Object.entries(value)) collect(child, childKey);
      } else if (typeof value === 'string' && key === locale) texts.push(value);
    };
    collect(tree);
    return texts;
  };

  it('never says that the US rules do not apply in Germany, nor "a year later" as its own words', () => {
    const english = shown('en').join('\n');
    const german = shown('de').join('\n');
    expect(english).not.toMatch(/do not apply in Germany|a year later/i);
    expect(german).not.toMatch(/gelten in Deutschland nicht|Ein Jahr später|tabu/i);
  });

  it('says "no legal penalty" only with "under the Final Determination", and licensing only "for resale or integration"', () => {
    for (const text of shown('en')) {
      if (/legal penalty/.test(text)) expect(text).toMatch(/legal penalty under the Final Determination/);
      if (/licens/.test(text)) expect(text).toMatch(/licens\w*( it)? for resale or integration/);
      expect(text).not.toMatch(/depends on (its|the) vendor/);
    }
    for (const text of shown('de')) {
      if (/straflos|rechtlichen Strafen/.test(text)) expect(text).toMatch(/nach der Final Determination/);
      if (/[Ll]izenzier/.test(text)) expect(text).toMatch(/zum Weiterverkauf oder zur Integration/);
      expect(text).not.toMatch(/hängt vom Hersteller ab/);
    }
  });

  it('uses one German term each: Antivirensoftware, Final Determination (endgültige Entscheidung), übermittelt', () => {
    const german = shown('de').join('\n');
    expect(german).not.toMatch(/Virenschutz|Antivirus-Software|Antivirus-Produkt|Schwestergesellschaft/);
    expect(german).not.toMatch(/endgültige Entscheidung(?!\))/);
    expect(german).toContain('Final Determination (endgültige Entscheidung)');
    expect(CHECKER_STRINGS.de.privacy).toContain('übermittelt');
  });
});

describe('walking', () => {
  it('reports an answer that does not fit, with the answers accepted there', () => {
    expect(resolve(tree, ['us', 'nobody'])).toMatchObject({
      ok: false,
      error: expect.stringContaining('accepted: household, business, msp, vendor, federal, supplier'),
    });
    expect(resolve(tree, ['eu', 'seller', 'not-us-person', 'no', 'more'])).toMatchObject({
      ok: false,
      error: expect.stringContaining('asks nothing more'),
    });
  });

  it('says "of 3" only where every remaining path has the same length', () => {
    expect(progress(tree, [])).toEqual({ current: 1, total: 4, exact: false });
    expect(progress(tree, ['us', 'household'])).toEqual({ current: 3, total: 3, exact: true });
    expect(progress(tree, ['germany'])).toEqual({ current: 2, total: 4, exact: false });
    expect(progress(tree, ['germany', 'antivirus'])).toEqual({ current: 3, total: 3, exact: true });
    expect(progress(tree, ['us', 'vendor'])).toBeNull();
  });

  it('numbers an outcome’s notes once per distinct citation, the verdict’s basis first', () => {
    const node = nodeAt(tree, ['us', 'msp', 'not-sure']);
    if (node.kind !== 'outcome') throw new Error('not an outcome');
    const notes = outcomeNotes(node.outcome);
    expect(new Set(notes.map((note) => `${note.source}|${note.quote}`)).size).toBe(notes.length);
    expect(notes[0]).toEqual(node.outcome.basis[0]);
  });

  it('numbers the reports a detail relies on right after the rules, so the detail carries their marks', () => {
    const node = nodeAt(tree, ['us', 'vendor']);
    if (node.kind !== 'outcome') throw new Error('not an outcome');
    const { basis, detailCitations } = node.outcome;
    expect(detailCitations.map((citation) => citation.source)).toContain('zdnet-de');
    expect(outcomeNotes(node.outcome).slice(0, basis.length + detailCitations.length)).toEqual([
      ...basis,
      ...detailCitations,
    ]);
  });

  it('lists the citations of the results an "it depends" result compares, whose details it repeats', () => {
    const node = nodeAt(tree, ['germany', 'seller', 'unsure-us-person']);
    if (node.kind !== 'outcome') throw new Error('not an outcome');
    const compared = tree.outcomes.filter(({ id }) => node.outcome.compare.some((each) => each.outcome === id));
    expect(compared.map(({ id }) => id)).toContain('us-msp-antivirus');
    const keys = new Set(outcomeNotes(node.outcome, [], compared).map((note) => `${note.source}|${note.quote}`));
    for (const citation of compared.flatMap((each) => [...each.basis, ...each.detailCitations])) {
      expect(keys).toContain(`${citation.source}|${citation.quote}`);
    }
  });
});

describe('addresses', () => {
  it('maps answers to addresses and back', () => {
    expect(checkerPath('en', ['us', 'household', 'antivirus'])).toBe('/en/check/us/household/antivirus/');
    expect(checkerPath('de', [])).toBe('/de/check/');
    expect(answersFromPath('/de/check/germany/antivirus/')).toEqual({
      locale: 'de',
      answers: ['germany', 'antivirus'],
    });
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
