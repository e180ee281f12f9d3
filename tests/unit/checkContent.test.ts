import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkContent';
import { DE_BODY, EN_BODY, siteContent } from './support/contentFixture';

describe('checkContent, over plain arrays', () => {
  it('finds nothing wrong with sound content', () => {
    expect(checkContent(siteContent())).toEqual([]);
  });

  it('lists every problem at once, each naming its file', () => {
    const content = siteContent();
    const [en, de] = content.pages;
    const broken = {
      ...content,
      pages: [
        { ...en!, body: EN_BODY.replace('Sales stopped in July', 'Sales never stopped') },
        { ...de!, body: DE_BODY.replace('Der Verkauf endete.', 'Vor zwei Jahren endete der Verkauf.') },
      ],
    };
    expect(checkContent(broken)).toEqual([
      'content/pages/en/ban.mdx: quote not found in source "news-en": "Sales never stopped"',
      expect.stringMatching(/^content\/pages\/de\/verbot\.mdx \(body\): hand-written relative time "Vor zwei Jahren"/),
    ]);
  });

  it('does not count a commented-out citation as a section source, so the translations differ', () => {
    const content = siteContent();
    const [en, de, overview] = content.pages;
    const commented = DE_BODY.replace(
      '<Cite source="news-de" quote="Der Verkauf endete im Juli" />',
      '{/* <Cite source="news-de" /> */}',
    );
    const problems = checkContent({ ...content, pages: [en!, { ...de!, body: commented }, overview!] });
    expect(problems).toContain(
      'section "ban" cites different sources: only content/pages/en/ban.mdx cites [news-en], only content/pages/de/verbot.mdx cites []',
    );
    expect(
      problems.some((problem) => problem.startsWith('content/pages/de/verbot.mdx: section "ban" has a paragraph')),
    ).toBe(true);
  });

  it('names a key that two pages of one language share', () => {
    const content = siteContent();
    const twice = { ...content.pages[2]!, id: 'en/again', data: { ...content.pages[2]!.data } };
    expect(checkContent({ ...content, pages: [...content.pages, twice] })).toContain(
      'content/pages/en/again.mdx: key "overview" is used twice in "en"',
    );
  });
});
