/**
 * The data layer without an Astro build: `astro:content` is mocked with plain entries (as Starlight's tests do),
 * so the check before rendering, the page order and the footnote numbers are tested in milliseconds.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EN_BODY, siteContent } from './support/contentFixture';

const collections = vi.hoisted(() => ({ current: {} as Record<string, readonly unknown[]> }));

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => collections.current[name] ?? [],
}));

/** A fresh copy of the data modules, so each test loads its own content once. */
async function dataModules() {
  vi.resetModules();
  return { site: await import('../../src/data/site'), pages: await import('../../src/data/pages') };
}

describe('the data layer', () => {
  beforeEach(() => {
    collections.current = { ...siteContent() };
  });

  it('loads the pages once, in navigation order, with their checked citations', async () => {
    const { site, pages } = await dataModules();
    const loaded = await pages.pagesIn('en');
    expect(loaded.map((page) => page.path)).toEqual(['/en/', '/en/ban/']);
    expect(loaded[1]?.notes).toEqual([{ source: 'news-en', quote: 'Sales stopped in July' }]);
    expect(await site.loadSite()).toBe(await site.loadSite());
  });

  it('fails before any page renders, listing every problem of the content', async () => {
    const content = siteContent();
    const [en, ...rest] = content.pages;
    collections.current = {
      ...content,
      pages: [{ ...en!, body: EN_BODY.replace('Sales stopped in July', 'Sales never stopped') }, ...rest],
    };
    const { pages } = await dataModules();
    await expect(pages.pagesIn('en')).rejects.toThrow(
      /Content check failed:\n {2}content\/pages\/en\/ban\.mdx: quote not found/,
    );
  });
});
