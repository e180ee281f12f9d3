import { describe, expect, it } from 'vitest';
import { typeset, typesetHtml } from '../../src/lib/typography';

const NBSP = '\u00a0';
const shown = (text: string) => text.replaceAll(NBSP, '␣');

describe('typeset', () => {
  it.each([
    ['ab 20. Juli 2024 verboten', 'ab 20.␣Juli␣2024 verboten'],
    ['on 29 September 2024 and', 'on 29␣September␣2024 and'],
    ['from July 2024 on', 'from July␣2024 on'],
    ['on June 20, 2024, the', 'on June␣20,␣2024, the'],
    ['am 1. Oktober', 'am 1.␣Oktober'],
    ['bis 12 Dez. 2024', 'bis 12␣Dez.␣2024'],
    ['im Mai 2024', 'im Mai␣2024'],
  ])('keeps the date in "%s" on one line', (input, expected) => {
    expect(shown(typeset(input))).toBe(expected);
  });

  it('binds a spaced dash to the word before it, so no line starts with it', () => {
    expect(shown(typeset('Was verboten ist – und seit wann'))).toBe('Was verboten ist␣– und seit wann');
    expect(shown(typeset('The ban — and after'))).toBe('The ban␣— and after');
  });

  it('keeps "§" and its number together, and a number with its unit', () => {
    expect(shown(typeset('nach § 7 BSIG und §§ 8a'))).toBe('nach §␣7 BSIG und §§␣8a');
    expect(shown(typeset('Section 1634 of the NDAA'))).toBe('Section␣1634 of the NDAA');
    expect(shown(typeset('um 0 Uhr, 10 % mehr, 50 MB, € 5'))).toBe('um 0␣Uhr, 10␣% mehr, 50␣MB, €␣5');
  });

  it('leaves numbers that are not dates or amounts alone', () => {
    for (const text of [
      '2024 the ban',
      'around 20 years',
      '50 employees',
      'May I ask',
      'in 2017 and 2022',
      'Maya 2024',
      'Version 20 Juliette',
    ]) {
      expect(typeset(text)).toBe(text);
    }
  });

  it('is idempotent', () => {
    const once = typeset('Am 20. Juli 2024 – § 7, 10 %');
    expect(typeset(once)).toBe(once);
  });
});

describe('typesetHtml', () => {
  it('changes the text between tags and nothing inside tags, attributes, code or scripts', () => {
    const html =
      '<title>Was verboten ist – 20 July 2024</title><h1 title="20 July 2024">Am 20. Juli 2024</h1><!-- 20 July 2024 --><p data-x="a > 20 July">seit 29 September 2024</p>' +
      '<code>20 July 2024</code><pre>1 May 2024</pre><script>const s = "20 July 2024 <b>";</script><style>p::after{content:"1 May"}</style>';
    expect(shown(typesetHtml(html))).toBe(
      '<title>Was verboten ist – 20 July 2024</title><h1 title="20 July 2024">Am 20.␣Juli␣2024</h1><!-- 20 July 2024 --><p data-x="a > 20 July">seit 29␣September␣2024</p>' +
        '<code>20 July 2024</code><pre>1 May 2024</pre><script>const s = "20 July 2024 <b>";</script><style>p::after{content:"1 May"}</style>',
    );
  });

  it('typesets a quote inside inline markup', () => {
    expect(shown(typesetHtml('<blockquote><p>„ab dem <em>29. September</em> 2024“</p></blockquote>'))).toBe(
      '<blockquote><p>„ab dem <em>29.␣September</em> 2024“</p></blockquote>',
    );
  });
});
