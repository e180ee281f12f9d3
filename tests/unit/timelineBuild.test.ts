/** Bad timeline data stops the real build with the file, the event id and the field named. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
let copy: string | undefined;

function siteCopyWithEvent(id: string, change: (yaml: string) => string): string {
  copy = mkdtempSync(join(tmpdir(), 'bad-timeline-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const file = join(copy, 'content/timeline', `${id}.yaml`);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  return copy;
}

function astro(root: string, command: 'build' | 'sync') {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

describe('bad timeline data fails the build', () => {
  it('names the file, the event and the field when a quote is not in its source', () => {
    const root = siteCopyWithEvent('updates-end', (yaml) => yaml.replace('quote: Ab 29. September muss', 'quote: Ab 30. September muss'));
    const { status, output } = astro(root, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/timeline/updates-end.yaml (event "updates-end", field citations[0]): quote not found in source "zdnet-de"');
  }, 120_000);

  it('names the file and the field when a date is impossible', () => {
    const root = siteCopyWithEvent('entity-list', (yaml) => yaml.replace('date: "2024-06-24"', 'date: "2024-06-31"'));
    const { status, output } = astro(root, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/timeline\/entity-list\.yaml/);
    expect(output).toMatch(/date\W+"2024-06-31" is not a real calendar date/);
  }, 120_000);
});
