/**
 * Bad-content tests build a throwaway copy of the site with one defect and read Astro's message.
 * Call `removeSiteCopies` in afterEach.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];
const copies: string[] = [];

/**
 * A copy of the site with `defect` applied to it. It shares the installed packages, one link per package, but
 * not node_modules itself: Astro keeps its content store in node_modules/.astro, and copies built at the same
 * time (vitest.config.ts runs two test files at once) must not write one store.
 */
export function siteCopyWith(defect: (root: string) => void): string {
  const copy = mkdtempSync(join(tmpdir(), 'bad-content-'));
  copies.push(copy);
  for (const name of COPIED) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
  }
  defect(copy);
  return copy;
}

export function editFile(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

export function astro(root: string, command: 'build' | 'sync'): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function removeSiteCopies(): void {
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
}
