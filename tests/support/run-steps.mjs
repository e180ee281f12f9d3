/**
 * `npm test`: runs the steps stage by stage, stops after the first stage with a failure, and ends with a table of
 * how long each step took, so the next slowdown shows in every run's log. Each step is an npm script, run as
 * `npm run` would.
 * Usage: node tests/support/run-steps.mjs [step…]   (no arguments: all steps)
 *
 * The steps of one stage share nothing they write, so they run side by side, as many at once as the machine has
 * cores: most of them use one core (astro check, ESLint, Prettier, knip), and on two cores a stage that took
 * their sum now takes about half. Each step's output is held back and printed whole when the step ends, so the
 * log reads as if they had run one after another.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * The stages in order; a stage is a list of jobs that may run side by side, a job a list of [name, npm script]
 * steps run one after another. `browser` finds or installs Chromium first. `build` and `check` (astro check) both
 * write Astro's generated types and content store, so they share one job; the content tests build throwaway copies
 * of the site, each with its own store (tests/build/support/siteCopy.ts). The browser tests need the build.
 */
const STAGES = [
  [[['browser', 'browser']]],
  [
    [
      ['build', 'build'],
      ['check', 'check'],
    ],
    // Real Astro runs on copies of the site with bad content planted in them (tests/build/).
    [['content', 'test:content']],
    [['unit', 'test:unit']],
    [['lint', 'lint']],
    [['format', 'format:check']],
    [['knip', 'knip']],
  ],
  [[['e2e', 'test:e2e']]],
];
const ALL_STEPS = STAGES.flat(2);

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !ALL_STEPS.some(([step]) => step === name));
if (unknown.length > 0) {
  console.error(`Unknown step ${unknown.join(', ')}; the steps are ${ALL_STEPS.map(([step]) => step).join(', ')}.`);
  process.exit(2);
}

const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const atOnce = Math.max(1, availableParallelism());

/** Runs one npm script with its output held back; resolves to [name, seconds, result]. */
function runStep([name, script]) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm[0], [...npm.slice(1), 'run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status, signal) => {
      const seconds = (performance.now() - start) / 1000;
      process.stdout.write(`\n── ${name} (npm run ${script}), ${seconds.toFixed(1)} s ──\n`);
      process.stdout.write(Buffer.concat(output));
      resolve([name, seconds, status === 0 ? 'ok' : `failed (${signal ?? `exit ${status}`})`]);
    });
  });
}

/** Runs a stage's jobs, at most `atOnce` at a time, in the listed order; a job stops at its first failure. */
async function runStage(jobs) {
  const results = [];
  const queue = [...jobs];
  const lane = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      for (const step of job) {
        const result = await runStep(step);
        results.push(result);
        if (result[2] !== 'ok') break;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, jobs.length) }, lane));
  return results;
}

const timings = [];
let failed;
const stagesStart = performance.now();
for (const stage of STAGES) {
  const jobs = stage
    .map((job) => job.filter(([step]) => wanted.length === 0 || wanted.includes(step)))
    .filter((job) => job.length > 0);
  if (jobs.length === 0) continue;
  const results = await runStage(jobs);
  timings.push(...results);
  failed = results.find(([, , result]) => result !== 'ok')?.[0];
  if (failed) break;
}

const wall = (performance.now() - stagesStart) / 1000;
const row = (name, seconds, result) => `${name.padEnd(8)} ${seconds.toFixed(1).padStart(7)} s  ${result}`;
console.log(
  [
    '',
    `step      seconds   (up to ${atOnce} steps of a stage at once, so the steps add up to more than the total)`,
    ...ALL_STEPS.map(([name]) => timings.find(([step]) => step === name))
      .filter(Boolean)
      .map((t) => row(...t)),
    row('total', wall, failed ? `stopped after ${failed} failed` : 'ok'),
  ].join('\n'),
);
process.exit(failed ? 1 : 0);
