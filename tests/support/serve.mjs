/**
 * Serves the build the way the deploy target does: static files plus the headers in dist/_headers as Cloudflare
 * Pages applies them (headers.mjs; tests/unit/deployHeaders.test.ts checks that Netlify sends the same), text
 * gzipped as every CDN sends it (so Lighthouse weighs what readers download), and the localised 404 page.
 * Usage: node tests/support/serve.mjs [port] [dir]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cloudflareHeadersFor, parseHeadersFile } from './headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.txt', '.xml', '.webmanifest']);

export function serve(root, port) {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      const localised = join(root, pathname.split('/')[1] ?? '', '404.html');
      file = existsSync(localised) ? localised : join(root, '404.html');
    }
    for (const [name, value] of cloudflareHeadersFor(rules, pathname)) response.setHeader(name, value);
    response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    if (!existsSync(file)) {
      response.writeHead(404).end('Not found');
      return;
    }
    if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
      response.setHeader('content-encoding', 'gzip');
      response.setHeader('vary', 'accept-encoding');
      response.writeHead(status).end(gzipped.get(file));
      return;
    }
    response.writeHead(status);
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 4322);
  const root = normalize(join(process.cwd(), process.argv[3] ?? 'dist'));
  await serve(root, port);
  console.log(`Serving ${root} on http://127.0.0.1:${port}/`);
}
