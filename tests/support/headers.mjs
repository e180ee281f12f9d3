/**
 * What Cloudflare Pages sends for a path, from a `_headers` file, by its documented rules
 * (https://developers.cloudflare.com/pages/configuration/headers/):
 * - a block starts with a path pattern and lists indented "Name: value" lines; "#" starts a comment;
 * - a request that matches several rules' patterns inherits all their headers;
 * - a header set by two matching rules is sent once, its values joined by ", " (the docs' X-Robots-Tag example);
 * - "! Name" detaches a header that a more general rule added;
 * - "*" (a splat) matches any characters, slashes included; ":name" (a placeholder) matches one path segment.
 * The test server (serve.mjs) applies the same rules, so the browser tests see what Cloudflare would send;
 * tests/unit/deployHeaders.test.ts compares them with Netlify's own parser.
 */

/**
 * Parses _headers into rules of { pattern, set: [[name, value]], detach: [name] } in file order, names in lower
 * case (HTTP header names are case-insensitive).
 * @param {string} text
 * @returns {{ pattern: string, set: [string, string][], detach: string[] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, set: [string, string][], detach: string[] }[]} */
  const rules = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a rule must start with a path: ${line}`);
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${index + 1}: a header before any path`);
    const entry = line.trim();
    const colon = entry.indexOf(':');
    if (entry.startsWith('!')) rule.detach.push(entry.slice(1).trim().toLowerCase());
    else if (colon > 0) rule.set.push([entry.slice(0, colon).trim().toLowerCase(), entry.slice(colon + 1).trim()]);
    else throw new Error(`_headers line ${index + 1}: neither "Name: value" nor "! Name": ${entry}`);
  }
  return rules;
}

/**
 * @param {string} pattern
 * @returns {RegExp}
 */
function patternToRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers Cloudflare Pages sends for `pathname`, names in lower case.
 * @param {ReturnType<typeof parseHeadersFile>} rules
 * @param {string} pathname
 * @returns {Map<string, string>}
 */
export function cloudflareHeadersFor(rules, pathname) {
  const headers = new Map();
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(pathname)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set)
      headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}
