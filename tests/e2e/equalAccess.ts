import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { ensureEngine } from './engine';

/**
 * IBM's Equal Access engine (npm `accessibility-checker-engine`), a second opinion beside axe: it checks rules
 * axe lacks, such as WCAG 2.5.3 Label in Name and unique fieldset names.
 */
const ENGINE = readFileSync(createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'), 'utf8');

/**
 * The engine's WCAG 2.2 (A and AA) violations on the page as it is now, as "rule: element (message)" lines,
 * empty when it passes. Only definite violations count: "potential" ones and recommendations need a person to
 * judge. The engine goes in as each document starts (engine.ts) and is reused.
 */
export async function equalAccessViolations(page: Page): Promise<string[]> {
  await ensureEngine(page, 'ace', ENGINE);
  return page.evaluate(async () => {
    type Result = { ruleId: string; value: [string, string]; path: { dom: string }; message: string };
    type Engine = { Checker: new () => { check(doc: Document, policies: string[]): Promise<{ results: Result[] }> } };
    const report = await new (window as unknown as { ace: Engine }).ace.Checker().check(document, ['WCAG_2_2']);
    // The engine's paths are plain "/name[n]/…" steps; walked by hand, because XPath in an HTML document does
    // not match SVG elements by a name without a namespace.
    const elementAt = (path: string) =>
      [...path.matchAll(/\/([^/[]+)\[(\d+)\]/g)].reduce<Element | null>(
        (parent, [, name, n]) =>
          [...(parent?.children ?? [])].filter((child) => child.localName === name)[Number(n) - 1] ?? null,
        document as unknown as Element,
      );
    /**
     * Engine bug: it checks the empty about:blank document of a lazy iframe that has not loaded (the timeline
     * page's preview, inside a closed <details>) and finds no lang there. A loaded frame is checked as usual.
     */
    const inUnloadedFrame = (xpath: string) => {
      const frame = /^(.*?\/iframe\[\d+\])\//.exec(xpath)?.[1];
      return (
        frame !== undefined && (elementAt(frame) as HTMLIFrameElement | null)?.contentDocument?.URL === 'about:blank'
      );
    };
    return report.results
      .filter(({ value: [kind, outcome] }) => kind === 'VIOLATION' && outcome === 'FAIL')
      .filter((result) => !(result.ruleId === 'html_lang_exists' && inUnloadedFrame(result.path.dom)))
      .map(({ ruleId, path, message }) => `${ruleId}: ${path.dom} (${message})`);
  });
}
