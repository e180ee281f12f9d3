/**
 * `npm test`: runs the steps in order, stops at the first that fails, and ends with a table of how long each
 * step took, so the next slowdown shows in every run's log. Each step is an npm script, run as `npm run` would.
 * Usage: node tests/support/run-steps.mjs [step…]   (no arguments: all steps)
 */
import { spawnSync } from 'node:child_process';

/** [name, npm script]: what `npm test` runs, cheapest failures first, the browser tests before the style checks. */
const STEPS = [
  ['browser', 'browser'],
  ['check', 'check'],
  ['unit', 'test:unit'],
  // Real Astro runs on copies of the site with bad content planted in them (tests/build/).
  ['content', 'test:content'],
  ['build', 'build'],
  ['e2e', 'test:e2e'],
  ['lint', 'lint'],
  ['knip', 'knip'],
  ['format', 'format:check'],
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STEPS.some(([step]) => step === name));
if (unknown.length > 0) {
  console.error(`Unknown step ${unknown.join(', ')}; the steps are ${STEPS.map(([step]) => step).join(', ')}.`);
  process.exit(2);
}

const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const timings = [];
let failed;
for (const [name, script] of STEPS.filter(([step]) => wanted.length === 0 || wanted.includes(step))) {
  const start = performance.now();
  const { status, signal } = spawnSync(npm[0], [...npm.slice(1), 'run', '--silent', script], { stdio: 'inherit' });
  timings.push([
    name,
    (performance.now() - start) / 1000,
    status === 0 ? 'ok' : `failed (${signal ?? `exit ${status}`})`,
  ]);
  if (status !== 0) {
    failed = name;
    break;
  }
}

const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0);
const row = (name, seconds, result) => `${name.padEnd(8)} ${seconds.toFixed(1).padStart(7)} s  ${result}`;
console.log(
  [
    '',
    'step      seconds',
    ...timings.map((t) => row(...t)),
    row('total', total, failed ? `stopped at ${failed}` : 'ok'),
  ].join('\n'),
);
process.exit(failed ? 1 : 0);
