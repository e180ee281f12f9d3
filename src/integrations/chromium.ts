/**
 * The one place that finds a Chromium for the browser tests (and the PDF build): an explicit
 * CHROMIUM_PATH, then the system package, then Playwright's own download. Run as a script (`npm run browser`),
 * a machine without any of them gets Debian's `chromium` when running as root, or one clear sentence; as root
 * on Debian it also adds the headless shell the tests prefer, in the same apt-get run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Debian's `chromium-headless-shell`: the same Blink and V8 without the browser's own interface, what Playwright
 * itself runs for headless tests. The browser tests use it where it is installed: the every-page test on the 157
 * English checker pages took 129 CPU-s with `chromium --headless`, 99 with the shell (measured in a cgroup). The
 * PDF build and the benchmark keep the full browser, whose output and timings their records were taken with.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Flags that keep Chromium from calling home on a machine whose network is closed. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Playwright takes a second or two to load, so it is loaded only when needed, and with Node's own require: Astro loads
// astro.config.ts (and so this file) through Vite's module runner, which is closed before the build's last hooks
// run, and an import() in them would fail there.
const requireFromHere = createRequire(import.meta.url);
export const playwrightChromium = (): typeof import('@playwright/test').chromium =>
  requireFromHere('@playwright/test').chromium;

export async function findChromium(): Promise<string | undefined> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const bundled = playwrightChromium().executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright without its own browser download: fall through to "none found".
  }
  return undefined;
}

/** The browser for Playwright: CHROMIUM_PATH when set, else the headless shell, else any Chromium found. */
export async function findTestChromium(): Promise<string | undefined> {
  if (!process.env.CHROMIUM_PATH && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  return findChromium();
}

const isDebianRoot = () =>
  typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

/** Debian's browser, and poppler-utils with it: the PDF summary's tests read the PDFs with pdfinfo and pdftotext. */
const BROWSER_PACKAGES = ['chromium', 'poppler-utils'];

/** One apt-get run (it reads the package lists first), saying what it installs. */
function aptInstall(packages: string[]): void {
  console.log(`Installing Debian's ${packages.map((name) => `"${name}"`).join(', ')}.`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export async function ensureChromium(): Promise<string> {
  const found = await findChromium();
  if (found) return found;
  if (isDebianRoot()) {
    console.log('No Chromium found.');
    aptInstall(BROWSER_PACKAGES);
    const installed = await findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium found: install one (Debian: "sudo apt-get install chromium"; elsewhere: "npx playwright install chromium") or set CHROMIUM_PATH to its executable.',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    // As root on Debian, whatever is missing comes in one apt-get run: the browser packages ensureChromium would
    // install, and the headless shell the tests prefer.
    if (!process.env.CHROMIUM_PATH && isDebianRoot()) {
      const missing = [
        ...((await findChromium()) ? [] : BROWSER_PACKAGES),
        ...(existsSync(HEADLESS_SHELL) ? [] : ['chromium-headless-shell']),
      ];
      if (missing.length > 0) aptInstall(missing);
    }
    console.log(`Chromium: ${await ensureChromium()}`);
    console.log(`Browser tests: ${await findTestChromium()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
