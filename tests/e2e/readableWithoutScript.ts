import { Parser } from 'htmlparser2';

/** Elements whose content a browser never shows as text. */
const NEVER_SHOWN = new Set(['script', 'style', 'template']);

/**
 * What a reader with JavaScript off gets of a built page's <main>, read from its HTML: the text outside scripts,
 * styles, templates, elements marked `hidden` and the bodies of closed <details> (their summaries count), and how
 * many h1 elements are among it. Style sheets that hide more are not applied here: the browser pass with
 * JavaScript off on the representative pages covers them (every-page.spec).
 */
export function readableWithoutScript(html: string): { text: string; h1: number } {
  let text = '';
  let h1 = 0;
  /** The elements open inside <main>: whether each is shown, and whether it is a closed <details>. */
  const open: { shown: boolean; closedDetails: boolean }[] = [];
  let inMain = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!inMain) {
          inMain = name === 'main';
          return;
        }
        const parent = open.at(-1) ?? { shown: true, closedDetails: false };
        const shown =
          parent.shown &&
          !(parent.closedDetails && name !== 'summary') &&
          !NEVER_SHOWN.has(name) &&
          !('hidden' in attributes);
        open.push({ shown, closedDetails: name === 'details' && !('open' in attributes) });
        if (name === 'h1' && shown) h1 += 1;
      },
      ontext(chunk) {
        const parent = open.at(-1) ?? { shown: true, closedDetails: false };
        if (inMain && parent.shown && !parent.closedDetails) text += chunk;
      },
      // The parser closes every element it opens, void and implied ones included, so the stack stays in step.
      onclosetag() {
        if (!inMain) return;
        if (open.length === 0) inMain = false;
        else open.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { text: text.replace(/\s+/g, ' ').trim(), h1 };
}
