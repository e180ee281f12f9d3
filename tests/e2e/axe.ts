import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe with every WCAG 2.0–2.2 A/AA rule, as "rule: selectors" lines (empty when the page passes).
 * Legacy mode runs axe inside the page instead of collecting results in an extra blank page, and asking for
 * violations only skips building the passes list: together they halve the time per run, which is what lets
 * every page be checked in both colour schemes. Our pages have no cross-origin frames, the one thing legacy
 * mode cannot reach.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    // options() replaces every run option, so it comes before withTags(), which adds the rule selection.
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
