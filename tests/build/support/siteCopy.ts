/**
 * Bad-content tests run a real `astro build` or `astro sync` on a throwaway copy of the site with defects planted
 * in it and read Astro's message. Each copy costs a whole build (seconds), so where a check lists every problem it
 * finds, one copy carries several defects and each test asserts its own message from that one run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
const COPIED = ['astro.config.ts', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

export interface AstroRun {
  status: number | null;
  output: string;
}

/**
 * Runs `astro <command>` on a copy of the site with `defects` applied to it, and removes the copy. The copy shares
 * the installed packages, one link per package, but not node_modules itself: Astro keeps its content store in
 * node_modules/.astro, and copies built at the same time (vitest.config.ts runs two test files at once) must not
 * write one store.
 */
export function astroWith(
  command: 'build' | 'sync',
  defects: (root: string) => void,
  /** Reads what the run left in the copy (its dist/, say) before the copy is removed. */
  inspect?: (root: string) => void,
  env: Record<string, string> = {},
): AstroRun {
  const copy = mkdtempSync(join(tmpdir(), 'bad-content-'));
  try {
    for (const name of COPIED) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
    mkdirSync(join(copy, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (!name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
    }
    defects(copy);
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    if (result.status === 0) inspect?.(copy);
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export function editFile(file: string, change: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  // A defect that no longer applies (the content moved on) would leave a sound copy and prove nothing.
  if (changed === text) throw new Error(`planting a defect left ${file} unchanged`);
  writeFileSync(file, changed);
}
