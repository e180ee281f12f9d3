/** A broken checker tree must fail with a message that names the file and the node, one defect at a time. */
import { describe, expect, it } from 'vitest';
import { countWords, validateCheckerTree } from '../../src/lib/checker/validateTree';

const FILE = 'content/checker/tree.yaml';
const text = (en: string) => ({ en, de: `${en} (de)` });
const cite = [{ source: 'final-determination' }];
const basis = [{ source: 'final-determination', quote: 'to U.S. persons' }];

/** A small sound tree: where → (us → role → two outcomes) | (elsewhere → outcome). */
function soundTree() {
  return {
    start: 'where',
    questions: [
      {
        id: 'where',
        text: text('Where are you?'),
        options: [
          { id: 'us', label: text('US'), next: 'role' },
          { id: 'elsewhere', label: text('Elsewhere'), next: 'not-us', parts: ['local'] },
        ],
      },
      {
        id: 'role',
        text: text('Who are you?'),
        options: [
          { id: 'household', label: text('Household'), next: 'user' },
          { id: 'business', label: text('Business'), next: 'user' },
        ],
        sameResult: [
          { options: ['household', 'business'], because: 'The rule treats households and businesses alike.' },
        ],
      },
    ],
    outcomes: [
      {
        id: 'user',
        verdict: text('Replace it: no updates'),
        detail: text('Keep it, no updates.'),
        basis,
        applies: [{ text: text('No updates.'), since: '2024-09-29', citations: cite }],
        nextSteps: [],
        seeAlso: [{ answers: ['elsewhere'], label: text('Abroad') }],
      },
      {
        id: 'not-us',
        verdict: text('Not directly'),
        detail: text('Not directly.'),
        basis,
        applies: [],
        nextSteps: [text('Check.')],
      },
    ],
    retired: [{ path: 'us/company', to: 'us' }],
    parts: [
      {
        id: 'local',
        heading: text('Where you are'),
        summary: text('A local rule.'),
        citations: cite,
        applies: [{ text: text('Local.'), citations: cite }],
      },
    ],
  };
}

type RawTree = ReturnType<typeof soundTree>;

function failureOf(defect: (tree: RawTree) => void): string {
  const tree = soundTree();
  defect(tree);
  try {
    validateCheckerTree(tree, FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the broken tree was accepted');
}

describe('checker tree validation', () => {
  it('accepts a sound tree, sharing one question between two answers', () => {
    expect(validateCheckerTree(soundTree(), FILE).questions).toHaveLength(2);
  });

  it('names the question and option of a dangling option', () => {
    const message = failureOf((tree) => (tree.questions[1]!.options[1]!.next = 'company'));
    expect(message).toContain(
      `${FILE}: question "role", option "business": leads to "company", which is neither a question nor an outcome (dangling option)`,
    );
  });

  it('names an unreachable node', () => {
    const message = failureOf((tree) => tree.outcomes.push({ ...tree.outcomes[1]!, id: 'orphan' }));
    expect(message).toContain(
      `${FILE}: node "orphan": no path from the start question "where" leads here (unreachable)`,
    );
  });

  it('names the nodes around a cycle', () => {
    const message = failureOf((tree) => (tree.questions[1]!.options[0]!.next = 'where'));
    expect(message).toContain(`${FILE}: question "where": leads back to itself: where → role → where (cycle)`);
  });

  it('names a verdict without basis', () => {
    const message = failureOf((tree) => (tree.outcomes[1]!.basis = []));
    expect(message).toContain(
      `${FILE}: outcome "not-us": no basis: cite the primary text the verdict rests on (verdict without basis)`,
    );
  });

  it('names a basis citation without its quote', () => {
    const message = failureOf(
      (tree) => (tree.outcomes[1]!.basis = [{ source: 'final-determination' } as (typeof basis)[number]]),
    );
    expect(message).toContain(`${FILE}: outcome "not-us", basis[0].quote:`);
  });

  it('names a headline of more than 12 words, in the language that has them', () => {
    const message = failureOf(
      (tree) =>
        (tree.outcomes[0]!.verdict.de =
          'Sie dürfen es weiter nutzen, aber Kaspersky darf es seit dem 29. September 2024 nicht aktualisieren'),
    );
    expect(message).toContain(
      `${FILE}: outcome "user", verdict.de: 16 words; a headline has at most 12 (put the rest in detail) (headline too long)`,
    );
  });

  it('counts words, not dashes or colons', () => {
    expect(countWords('Replace it – Kaspersky: no updates since 29 September 2024')).toBe(9);
  });

  it('names two answers that lead to the same headline without a declared reason', () => {
    const message = failureOf((tree) => (tree.questions[1]!.sameResult = []));
    expect(message).toContain(
      `${FILE}: question "role": the answers household, business lead to the same headline; merge them or say why in sameResult (same headline without reason)`,
    );
  });

  it('names a see-also link and a comparison that lead to no result', () => {
    const message = failureOf((tree) => {
      tree.outcomes[0]!.seeAlso = [{ answers: ['us', 'nobody'], label: text('Nobody') }];
      Object.assign(tree.outcomes[1]!, { compare: [{ when: text('If so'), outcome: 'nothing' }] });
    });
    expect(message).toContain(
      `${FILE}: outcome "user", seeAlso[0]: the answers us/nobody do not lead to a result (dangling link)`,
    );
    expect(message).toContain(
      `${FILE}: outcome "not-us", compare[0]: "nothing" is not another result (dangling comparison)`,
    );
  });

  it('names a retired address that is still in use, or whose replacement leads nowhere', () => {
    const message = failureOf(
      (tree) =>
        (tree.retired = [
          { path: 'us/household', to: 'us' },
          { path: 'us/gone', to: 'us/also-gone' },
        ]),
    );
    expect(message).toContain(
      `${FILE}: retired "us/household": this address still leads to a page of the checker, so it cannot be retired (retired address in use)`,
    );
    expect(message).toContain(
      `${FILE}: retired "us/gone": its replacement "us/also-gone" leads to no page (dangling retired address)`,
    );
  });

  it('names a statement without citation', () => {
    const message = failureOf((tree) => (tree.outcomes[0]!.applies[0]!.citations = []));
    expect(message).toContain(`${FILE}: outcome "user", applies[0]: no citations (statement without citation)`);
  });

  it('names the node and field of a missing language', () => {
    const message = failureOf((tree) => delete (tree.outcomes[0]!.verdict as Partial<{ de: string }>).de);
    expect(message).toContain(`${FILE}: outcome "user", verdict.de: no de text (missing translation)`);
  });

  it('names the option of a missing option label translation', () => {
    const message = failureOf((tree) => (tree.questions[0]!.options[0]!.label.en = ''));
    expect(message).toContain(`${FILE}: question "where", option "us", label.en: no en text (missing translation)`);
  });

  it('names a question without options as a dead end', () => {
    const message = failureOf((tree) => (tree.questions[1]!.options = []));
    expect(message).toContain(
      `${FILE}: question "role": has no options, so paths through it end without an outcome (dead end)`,
    );
  });

  it('names option ids that cannot be address segments', () => {
    const message = failureOf((tree) => (tree.questions[0]!.options[1]!.id = 'Rest of world'));
    expect(message).toContain(`option "Rest of world": the id must be lower-case letters, digits and single hyphens`);
  });

  it('names a start option that would take the overview page’s address', () => {
    const message = failureOf((tree) => (tree.questions[0]!.options[1]!.id = 'how-it-decides'));
    expect(message).toContain(
      'option "how-it-decides": the id is the address of the "how it decides" page (reserved option id)',
    );
  });

  it('names duplicate node ids and a missing start', () => {
    const message = failureOf((tree) => {
      tree.outcomes[1]!.id = 'user';
      tree.start = 'nowhere';
    });
    expect(message).toContain('node "user": the id is used by more than one question or outcome (duplicate node id)');
    expect(message).toContain('start: "nowhere" is not a question (missing start question)');
  });

  it('names the node of a malformed date', () => {
    const message = failureOf((tree) => (tree.outcomes[0]!.applies[0]!.since = '2024-09-31'));
    expect(message).toContain(`${FILE}: outcome "user", applies[0].since: "2024-09-31" is not a real calendar date`);
  });
});

describe('parts that answers add to results', () => {
  it('names the option that adds a part which does not exist', () => {
    const message = failureOf((tree) => ((tree.questions[0]!.options[1]! as { parts?: string[] }).parts = ['locale']));
    expect(message).toContain(
      `${FILE}: question "where", option "elsewhere": adds the part "locale", which does not exist (dangling part)`,
    );
  });

  it('names a part that no answer adds', () => {
    const message = failureOf((tree) => tree.parts.push({ ...tree.parts[0]!, id: 'orphan-part' }));
    expect(message).toContain(
      `${FILE}: part "orphan-part": no answer adds this part, so no result shows it (unused part)`,
    );
  });

  it('names a part, or a statement in it, without citation', () => {
    const message = failureOf((tree) => {
      tree.parts[0]!.citations = [];
      tree.parts[0]!.applies[0]!.citations = [];
    });
    expect(message).toContain(`${FILE}: part "local": no citations (part without citation)`);
    expect(message).toContain(`${FILE}: part "local", applies[0]: no citations (statement without citation)`);
  });

  it('names the part and field of a missing language', () => {
    const message = failureOf((tree) => delete (tree.parts[0]!.summary as Partial<{ en: string }>).en);
    expect(message).toContain(`${FILE}: part "local", summary.en: no en text (missing translation)`);
  });
});

describe('strict keys', () => {
  it('names an unknown key, such as the rest of a YAML flow mapping split at a comma', () => {
    const message = failureOf((tree) => Object.assign(tree.questions[0]!.options[0]!.label, { 'or not sure': null }));
    expect(message).toContain(`${FILE}: question "where", option "us", label: Unrecognized key: "or not sure"`);
  });
});
