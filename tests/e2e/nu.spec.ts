/**
 * The Nu Html Checker (the W3C validator, npm `vnu-jar`) over every built page. One JVM checks all pages in one
 * run, which takes seconds; a JVM per page would take minutes. It needs Java (CONTRIBUTING.md: Debian's
 * `default-jre-headless`; `.ci/run` installs it).
 *
 * Each page inlines its style sheet, and the 344 pages carry five distinct ones (the checker's alone is on 314):
 * checking a sheet's CSS took four fifths of the run, and the same text gives the same messages. So the checker
 * reads each page from a copy of the build in which every page's markup is as built, and a page whose style sheets
 * were all in a page checked before has its <style> elements taken out (withoutStyles, builtFiles.ts). That a
 * page's styles obey its CSP, which Nu checks with a sheet, every-page.spec sees on every page: a refused style is
 * a console error.
 * The copy is served over HTTP with the deploy headers, as the build is to a browser: Nu judges the CSP's 'self'
 * by the page's address, and a file address makes every script of the site's own foreign.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '../support/serve.mjs';
import { builtPagePaths } from './builtPages';
import { DIST, builtElements, cspOf, fileForPath, inlineStyles, readBuilt, withoutStyles } from './builtFiles';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * One short run of one JVM: the quick (C1) compiler alone and the serial collector halve the CPU time the
 * checker takes for the same messages (12 s → 6 s of CPU for 60 pages), because the optimising compiler and a
 * parallel collector never pay off before the run ends. The quick compiler's deeper stack frames need a
 * larger thread stack than the default, or the HTML schema overflows it.
 */
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss2m'];

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io' | 'schema' | 'internal';
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/**
 * A known checker bug: Nu trims the text of a <style> before hashing it for the CSP, so a style whose text
 * ends in white space draws this warning although its exact hash is in the policy and browsers apply it.
 * The warning is dropped only on pages where that is provably the case (see trailingSpaceStylesAllowed).
 */
const TRIMMED_STYLE_HASH_WARNING =
  'Inline style violates Content Security Policy (meta tag): blocked by “style-src” directive';

/**
 * Nu's CSS checker predates CSS that browsers have shipped since 2022, which Tailwind 4 and the site's styles use
 * and which the build's CSS tools (Tailwind, lightningcss) have parsed: these exact messages are about its
 * grammar, not about the page. Any other CSS message still fails the test.
 */
const CSS_NEWER_THAN_NU = [
  'CSS: Unrecognized at-rule “@property”',
  'CSS: Unrecognized at-rule “@container”',
  "CSS: “container-type”: Property “container-type” doesn't exist.",
  "CSS: “margin-trim”: Property “margin-trim” doesn't exist.",
  // SVG 2's paint-order (the timeline labels' halo) has been in every current browser for years.
  "CSS: “paint-order”: Property “paint-order” doesn't exist.",
];

/** True when the page has a style ending in white space and the CSP lists the hash of every inline style as written. */
function trailingSpaceStylesAllowed(html: string): boolean {
  const elements = builtElements(html);
  const policy = cspOf(elements);
  const styles = inlineStyles(elements);
  const hashed = (text: string) => policy.includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  return styles.some((text) => text !== text.trimEnd()) && styles.every(hashed);
}

/**
 * Writes the pages for the checker into a new directory, as described at the top, and returns it: each page at
 * its place in the build, its style sheets kept only where one of them is met for the first time, and the deploy
 * headers.
 */
function copyForChecker(paths: string[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'nu-'));
  copyFileSync(join(DIST, '_headers'), join(copy, '_headers'));
  const checkedSheets = new Set<string>();
  for (const path of paths) {
    const html = readBuilt(path);
    const elements = builtElements(html);
    const sheets = inlineStyles(elements);
    const newSheet = sheets.some((text) => !checkedSheets.has(text));
    for (const text of sheets) checkedSheets.add(text);
    const file = join(copy, relative(DIST, fileForPath(path)));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, newSheet ? html : withoutStyles(html, elements));
  }
  return copy;
}

test('every built page passes the Nu Html Checker without errors or warnings', async () => {
  test.setTimeout(180_000);
  const paths = builtPagePaths();
  const copy = copyForChecker(paths);
  const server = (await serve(copy, 0)) as Server;
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let stderr: string;
  try {
    // The JSON report goes to stderr. The checker refuses loopback addresses unless told otherwise.
    ({ stderr } = await promisify(execFile)(
      'java',
      [
        ...JVM_OPTIONS,
        '-Dnu.validator.servlet.allow-forbidden-hosts=true',
        '-jar',
        VNU_JAR,
        '--format',
        'json',
        '--exit-zero-always',
        ...paths.map((path) => `${origin}${path}`),
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    ));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('The Nu Html Checker needs Java: install a JRE (Debian: apt-get install default-jre-headless).', {
        cause: error,
      });
    }
    throw error;
  } finally {
    server.close();
    rmSync(copy, { recursive: true, force: true });
  }
  const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
  const problems = messages
    .filter((m) => m.type !== 'info' || m.subType === 'warning')
    .filter((m) => !CSS_NEWER_THAN_NU.includes(m.message))
    .filter((m) => {
      const path = new URL(m.url).pathname;
      return !(
        m.type === 'info' &&
        m.message.startsWith(TRIMMED_STYLE_HASH_WARNING) &&
        trailingSpaceStylesAllowed(readBuilt(path))
      );
    })
    .map(
      (m) =>
        `${new URL(m.url).pathname}:${m.lastLine ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`,
    );
  // A page the checker cannot fetch shows up here too, as a non-document error.
  expect(problems).toEqual([]);
});
