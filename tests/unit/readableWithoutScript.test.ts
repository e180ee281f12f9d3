/** every-page.spec reads each built page's <main> as a reader without JavaScript gets it (tests/e2e). */
import { describe, expect, it } from 'vitest';
import { readableWithoutScript } from '../e2e/readableWithoutScript';

const page = (main: string) =>
  `<!doctype html><html><head><title>t</title><script>var head = 1;</script></head><body><header><h1>Site</h1></header><main>${main}</main><footer>Footer</footer></body></html>`;

describe('the text of main without JavaScript', () => {
  it('keeps the text of main and leaves out what surrounds it', () => {
    expect(readableWithoutScript(page('<h1>Title</h1><p>Some <em>text</em>.</p>'))).toEqual({
      text: 'TitleSome text.',
      h1: 1,
    });
  });

  it('leaves out scripts, styles, templates and hidden elements, with what they hold', () => {
    const html = page(
      '<p>Shown</p><script>var a = "script";</script><style>p{}</style><template><p>Template</p></template><div hidden><h1>Hidden</h1><p>Hidden text</p></div><img src="x.png" alt="">',
    );
    expect(readableWithoutScript(html)).toEqual({ text: 'Shown', h1: 0 });
  });

  it('keeps the summary of a closed <details> and leaves out its body; an open one is read whole', () => {
    const html = page(
      '<details><summary>Closed summary</summary><p>Closed body</p>loose text</details><details open><summary>Open summary</summary><p>Open body</p></details>',
    );
    expect(readableWithoutScript(html).text).toBe('Closed summaryOpen summaryOpen body');
  });

  it('reads a page with text filled in by a script as empty', () => {
    expect(readableWithoutScript(page('<div id="app"></div><script>app.textContent = "Rendered";</script>'))).toEqual({
      text: '',
      h1: 0,
    });
  });
});
