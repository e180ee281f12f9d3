/**
 * The site's web fonts, cut down to what the site sets (issue 13): the characters of English and German text with
 * typographic punctuation, the weights the styles use, and the OpenType features that text needs. The
 * fontsource files hold every Latin character, the whole weight axis and dozens of stylistic sets (about 50 KB
 * each); the cut files are about a third of that. They are written once into node_modules/.cache and rebuilt
 * when the source file or the cut changes. tests/e2e/fonts.spec.ts fails when a built page has a character
 * outside SUBSET_RANGES.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * Code points kept, inclusive ranges: Basic Latin, Latin-1 (German letters, §, ·, «»), and punctuation.
 * @type {ReadonlyArray<readonly [number, number]>}
 */
export const SUBSET_RANGES = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2009, 0x2009], // thin space
  [0x2011, 0x2014], // non-breaking hyphen, figure dash, en and em dash
  [0x2018, 0x201e], // ‘ ’ ‚ “ ” „
  [0x2020, 0x2022], // † ‡ •
  [0x2026, 0x2026], // …
  [0x202f, 0x202f], // narrow no-break space
  [0x2032, 0x2033], // ′ ″
  [0x2039, 0x203a], // ‹ ›
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
];

/** Layout features the text needs: kerning, marks, standard ligatures, tabular figures for numbered notes.
 * Inter's contextual alternates (calt: arrows from "->", raised colons between figures) cost 4 KB and are left out. */
const FEATURES = ['kern', 'liga', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum'];

const SUBSET_TEXT = SUBSET_RANGES.flatMap(([first, last]) =>
  Array.from({ length: last - first + 1 }, (_, offset) => String.fromCodePoint(first + offset)),
).join('');

/**
 * Writes the cut font (woff2) for `source` with the weight axis limited to `weights`, once, and returns its path.
 * @param {string} source path of a variable woff2 font
 * @param {{ min: number, max: number }} weights
 */
export async function subsetFontFile(source, weights) {
  const input = readFileSync(source);
  const key = createHash('sha256')
    .update(input)
    .update(JSON.stringify({ SUBSET_TEXT, FEATURES, weights }))
    .digest('hex')
    .slice(0, 16);
  const directory = join(process.cwd(), 'node_modules', '.cache', 'site-fonts');
  const output = join(directory, `${key}.woff2`);
  if (!existsSync(output)) {
    const cut = await subsetFont(input, SUBSET_TEXT, { targetFormat: 'woff2', keepFeatures: FEATURES, variationAxes: { wght: weights } });
    mkdirSync(directory, { recursive: true });
    writeFileSync(output, cut);
  }
  return output;
}
