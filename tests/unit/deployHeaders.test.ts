/**
 * public/_headers as each host reads it: Netlify through its own parser (@netlify/headers-parser), Cloudflare
 * Pages through an evaluator of its documented rules (tests/support/headers.mjs). Both must give the same
 * effective headers for a page, an embed page and a hashed asset.
 */
import { parseAllHeaders } from '@netlify/headers-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudflareHeadersFor, parseHeadersFile } from '../support/headers.mjs';

const HEADERS_FILE = join(import.meta.dirname, '..', '..', 'public', '_headers');

const ARTICLE = '/en/what-is-banned/';
const EMBED = '/en/embed/timeline/';
const ASSET = '/_astro/x.abc123.js';

const PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
const EMBED_POLICY = "frame-ancestors *; object-src 'none'; base-uri 'self'";
const REVALIDATE = 'public, max-age=300, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** What every response carries, whatever its path. */
const EVERYWHERE = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

const EXPECTED: Record<string, Record<string, string>> = {
  [ARTICLE]: { ...EVERYWHERE, 'cache-control': REVALIDATE, 'content-security-policy': PAGE_POLICY },
  [EMBED]: { ...EVERYWHERE, 'cache-control': REVALIDATE, 'content-security-policy': EMBED_POLICY },
  [ASSET]: { ...EVERYWHERE, 'cache-control': IMMUTABLE, 'content-security-policy': PAGE_POLICY },
};

/**
 * Netlify's effective headers for a path, as its own dev server computes them (netlify/primitives,
 * packages/headers/src/lib/headersForPath.ts): every rule whose pattern matches, in file order, each one's values
 * over the earlier ones'. Names in lower case to compare with the other host.
 */
async function netlifyHeadersFor(path: string): Promise<Record<string, string>> {
  const { headers: rules, errors } = await parseAllHeaders({
    headersFiles: [HEADERS_FILE],
    configHeaders: [],
    minimal: false,
  });
  expect(errors).toEqual([]);
  const merged: Record<string, string> = {};
  for (const rule of rules) {
    if (!('forRegExp' in rule) || !rule.forRegExp.test(path)) continue;
    for (const [name, value] of Object.entries(rule.values)) merged[name.toLowerCase()] = value;
  }
  return merged;
}

const cloudflareRules = parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8'));

describe.each(Object.keys(EXPECTED))('%s', (path) => {
  it('gets the intended headers on Netlify', async () => {
    expect(await netlifyHeadersFor(path)).toEqual(EXPECTED[path]);
  });

  it('gets the intended headers on Cloudflare Pages', () => {
    expect(Object.fromEntries(cloudflareHeadersFor(cloudflareRules, path))).toEqual(EXPECTED[path]);
  });
});

describe('the Cloudflare evaluator', () => {
  const rules = parseHeadersFile(
    '/*\n  X-Robots-Tag: noindex\n  Cache-Control: a\n/static/*\n  X-Robots-Tag: nosnippet\n  ! Cache-Control\n  Cache-Control: b\n/:lang/page\n  X-Place: one segment\n',
  );

  it('joins a header that two matching rules set, as the docs show for X-Robots-Tag', () => {
    expect(cloudflareHeadersFor(rules, '/static/a/b.css').get('x-robots-tag')).toBe('noindex, nosnippet');
  });

  it('drops an inherited header on "! Name" before the rule sets its own', () => {
    expect(cloudflareHeadersFor(rules, '/static/x').get('cache-control')).toBe('b');
    expect(cloudflareHeadersFor(rules, '/other').get('cache-control')).toBe('a');
  });

  it('matches a placeholder to one path segment only', () => {
    expect(cloudflareHeadersFor(rules, '/en/page').get('x-place')).toBe('one segment');
    expect(cloudflareHeadersFor(rules, '/en/x/page').has('x-place')).toBe(false);
  });

  it('refuses a line it cannot read instead of skipping it', () => {
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/line 2/);
  });
});
