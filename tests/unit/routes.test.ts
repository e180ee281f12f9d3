import { describe, expect, it } from 'vitest';
import { currentItem, navigationGroups, navigationItems } from '../../src/lib/navigation';
import { counterpartPath, embedPath, pagePath, sourceEntryPath, splitPageId, timelinePath } from '../../src/lib/routes';

describe('page addresses', () => {
  it('derives locale and slug from the entry id and rejects other layouts', () => {
    expect(splitPageId('de/hintergrund')).toEqual({ locale: 'de', slug: 'hintergrund' });
    expect(() => splitPageId('fr/fond')).toThrow(/content\/pages\/<en\|de>\/<slug>\.mdx/);
    expect(() => splitPageId('en/a/b')).toThrow();
  });

  it('writes every address with a trailing slash, the overview as the language root', () => {
    expect(pagePath('en')).toBe('/en/');
    expect(pagePath('de', 'hintergrund')).toBe('/de/hintergrund/');
    expect(sourceEntryPath('de', 'crn-de')).toBe('/de/quellen/#source-crn-de');
  });
});

describe('language switch', () => {
  const pages = [
    { locale: 'en' as const, key: 'background', path: '/en/background/' },
    { locale: 'de' as const, key: 'background', path: '/de/hintergrund/' },
    { locale: 'en' as const, key: 'english-only', path: '/en/english-only/' },
  ];

  it('leads to the same page in the other language', () => {
    expect(counterpartPath(pages, { key: 'background' }, 'de')).toBe('/de/hintergrund/');
  });

  it("falls back to the other language's home where no counterpart exists", () => {
    expect(counterpartPath(pages, { key: 'english-only' }, 'de')).toBe('/de/');
  });
});

describe('navigation', () => {
  const groups = navigationGroups(
    'en',
    [
      { path: '/en/', label: 'Overview' },
      { path: '/en/background/', label: 'Background' },
      { path: '/en/what-is-banned/', label: 'What is banned' },
    ],
    { sources: 'Sources', glossary: 'Glossary' },
  );
  const items = navigationItems(groups);

  it('folds every page but the overview into the explainers, in editorial order', () => {
    expect(groups.overview.path).toBe('/en/');
    expect(groups.explainers.map((item) => item.path)).toEqual(['/en/background/', '/en/what-is-banned/']);
  });

  it('keeps the checker out of the list as its own call to action, after the reference pages', () => {
    expect(groups.reference.map((item) => item.path)).toEqual(['/en/timeline/', '/en/sources/', '/en/glossary/']);
    expect(groups.check.path).toBe('/en/check/');
  });

  it('fails without an overview page', () => {
    expect(() =>
      navigationGroups('en', [{ path: '/en/background/', label: 'Background' }], { sources: 'S', glossary: 'G' }),
    ).toThrow(/no overview/);
  });

  it('marks the page being read, and the home only on the home', () => {
    expect(currentItem(items, '/en/background/')?.label).toBe('Background');
    expect(currentItem(items, '/en/')?.label).toBe('Overview');
    expect(currentItem(items, '/en/check/us/')?.path).toBe('/en/check/');
    expect(currentItem(items, '/en/unknown/')).toBeUndefined();
  });
});

describe('timeline addresses', () => {
  it('keeps the page and its embed under the same scheme in both languages', () => {
    expect(timelinePath('de')).toBe('/de/timeline/');
    expect(embedPath('en')).toBe('/en/embed/timeline/');
  });
});
