import { execFileSync } from 'node:child_process';

/** Runs a poppler-utils tool; a machine without it fails with what to install, never with a skipped test. */
export function poppler(tool: 'pdfinfo' | 'pdftotext', ...args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} is missing: the PDF and print tests need poppler-utils (Debian: "apt-get install poppler-utils").`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}
