/** A broken checker tree stops `astro sync` (and so the build) with the file and the node named. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
let copy: string | undefined;

afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

it('fails the sync with the file and node of a dangling option', () => {
  copy = mkdtempSync(join(tmpdir(), 'bad-checker-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const tree = join(copy, 'content/checker/tree.yaml');
  writeFileSync(tree, readFileSync(tree, 'utf8').replace('next: us-vendor', 'next: us-software-vendor'));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}\n${result.stderr}`).toContain(
    'content/checker/tree.yaml: question "us-role", option "vendor": leads to "us-software-vendor", which is neither a question nor an outcome (dangling option)',
  );
}, 60_000);
