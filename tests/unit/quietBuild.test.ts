import { describe, expect, it } from 'vitest';
import { isKnownHeadInjectWarning } from '../../src/integrations/quiet-build.ts';

describe('the build-warning filter (withastro/astro#18087)', () => {
  it("drops only the MODULE_LEVEL_DIRECTIVE warning for Astro's head-inject marker", () => {
    const message =
      'The semantics of the module level directive "use astro:head-inject" in "content/pages/en/index.mdx?astroPropagatedAssets" may not be preserved when bundling.';
    expect(isKnownHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message })).toBe(true);
  });

  it('lets the same code through for any other directive, and other codes through', () => {
    expect(
      isKnownHeadInjectWarning({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved',
      }),
    ).toBe(false);
    expect(isKnownHeadInjectWarning({ code: 'UNRESOLVED_IMPORT', message: '"use astro:head-inject"' })).toBe(false);
  });
});
