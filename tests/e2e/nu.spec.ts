/**
 * The Nu Html Checker (the W3C validator, npm `vnu-jar`) over every built page, served over HTTP with the
 * deploy headers so that it sees the stylesheets and the CSP as a browser does. One JVM checks all pages in one
 * run, which takes seconds; a JVM per page would take minutes. It needs Java (CONTRIBUTING.md: Debian's
 * `default-jre-headless`; `.ci/run` installs it).
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { builtPagePaths } from './builtPages';
import { readBuilt } from './builtFiles';

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
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const hashed = (text: string) => policy.includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  return styles.some((text) => text !== text.trimEnd()) && styles.every(hashed);
}

test('every built page passes the Nu Html Checker without errors or warnings', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const paths = builtPagePaths();
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
        ...paths.map((path) => `${baseURL}${path}`),
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
