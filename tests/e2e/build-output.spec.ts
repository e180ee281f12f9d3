/** Gates on the built files themselves: valid HTML, no broken internal links, and byte budgets per page type. */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPagePaths } from './builtPages';
import {
  DIST,
  assetsOf,
  builtElements,
  type BuiltElement,
  fileForPath,
  gzipBytes,
  inlineBytes,
  linkIs,
  pageTypeOf,
  readBuilt,
  scriptBytes,
} from './builtFiles';
import budgets from '../budgets.json' with { type: 'json' };

const pages = builtPagePaths();

test('every built page is valid HTML', async () => {
  // The checker pre-renders one page per question and result, so there are many pages to validate.
  test.setTimeout(120_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const path of pages) {
    const report = await validator.validateFile(fileForPath(path));
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every internal link resolves to a built file and every fragment to an element id', () => {
  const broken: string[] = [];
  const elementsByPath = new Map(pages.map((path) => [path, builtElements(readBuilt(path))]));
  const idsByPath = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!idsByPath.has(path))
      idsByPath.set(path, new Set(elementsByPath.get(path)!.flatMap((element) => element.attribs.id ?? [])));
    return idsByPath.get(path)!;
  };
  for (const [path, elements] of elementsByPath) {
    const addresses = elements.flatMap((element) => [element.attribs.href ?? [], element.attribs.src ?? []].flat());
    for (const href of addresses) {
      if (/^(https?:|mailto:|data:)/.test(href)) {
        if (href.startsWith('http:')) broken.push(`${path}: insecure external link ${href}`);
        else if (href.startsWith('https:') && !URL.canParse(href))
          broken.push(`${path}: malformed external link ${href}`);
        continue;
      }
      const [target = '', fragment] = href.split('#');
      const targetPath = target === '' ? path : new URL(target, `http://site${path}`).pathname;
      const file = targetPath.endsWith('/') ? join(DIST, targetPath, 'index.html') : join(DIST, targetPath);
      if (!existsSync(file)) broken.push(`${path}: ${href} (no file)`);
      else if (fragment && targetPath.endsWith('/') && !idsOf(targetPath).has(decodeURIComponent(fragment))) {
        broken.push(`${path}: ${href} (no element with id "${fragment}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

for (const path of pages) {
  test(`${path} stays within the ${pageTypeOf(path)} budget`, () => {
    const budget = budgets.pageTypes[pageTypeOf(path)];
    const assets = assetsOf(readBuilt(path));
    const jsBytes = scriptBytes(assets);
    const cssBytes = assets.css.reduce((sum, asset) => sum + gzipBytes(asset), 0) + inlineBytes(assets.inline.style);
    const htmlBytes = gzipBytes(path);
    const measured = `${path}: js ${jsBytes}, css ${cssBytes}, html ${htmlBytes} bytes gzip`;
    expect(jsBytes, measured).toBeLessThanOrEqual(budget.js);
    expect(cssBytes, measured).toBeLessThanOrEqual(budget.css);
    expect(htmlBytes, measured).toBeLessThanOrEqual(budget.html);
  });
}

test('the script count follows the bundles’ imports: the timeline and its embed run more than 5 KB', () => {
  for (const path of ['/en/timeline/', '/de/embed/timeline/'])
    expect(scriptBytes(assetsOf(readBuilt(path))), path).toBeGreaterThan(5000);
});

test('no page loads anything from another host', () => {
  const loads = (element: BuiltElement) =>
    ['script', 'img', 'iframe', 'source'].includes(element.name)
      ? element.attribs.src
      : ['stylesheet', 'preload', 'modulepreload', 'icon'].some((rel) => linkIs(element, rel))
        ? element.attribs.href
        : undefined;
  for (const path of pages) {
    const external = builtElements(readBuilt(path))
      .flatMap((element) => loads(element) ?? [])
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external, path).toEqual([]);
  }
});
