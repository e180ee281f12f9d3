// @ts-check
// ESLint's recommended rules, typescript-eslint's and eslint-plugin-astro's, over the TypeScript, JavaScript and
// Astro files. Formatting is Prettier's job (.prettierrc.json), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build-time code, tests and the browser modules all live in one tree; each file's imports say which it is.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
