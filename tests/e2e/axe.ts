import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { ensureEngine } from './engine';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Axe with every WCAG 2.0–2.2 A/AA rule, as "rule: selectors" lines (empty when the page passes).
 * Axe goes in as each document starts (engine.ts) and runs there directly: @axe-core/playwright re-sends its
 * 560 KB source on every run and walks frames, which made a run 2–4 times slower. Frames are left out on
 * purpose: the site's one frame is the embed's preview on the timeline page, and the embed is a page of its
 * own that every-page.spec checks. `noHtml` spares axe a copy of the markup of every node it checks (for <html>
 * and <body>, the whole page): the lines below name elements by selector, and it cut a run by a tenth.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await ensureEngine(page, 'axe', AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Violation = { id: string; nodes: { target: string[] }[] };
    type Axe = { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
    const { violations } = await (window as unknown as { axe: Axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      iframes: false,
      noHtml: true,
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
}
