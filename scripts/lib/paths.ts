// Where things are, for every script. Two roots, decided here once:
// - ROOT is this checkout: the tools (node_modules/.bin), their config (redocly.yaml), the scripts and
//   tests themselves. It never moves.
// - projectRoot() is the project the scripts act on (openapi.yaml, generated/, src/, dist/, package.json,
//   CHANGELOG.md): HIPP_PROJECT_ROOT when set (the tests point scripts at copies of the project), else ROOT.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The project the scripts act on: the copy named by HIPP_PROJECT_ROOT, or this checkout. */
export function projectRoot(): string {
  return process.env.HIPP_PROJECT_ROOT || ROOT;
}

/** The project's openapi.yaml, or `root`'s. */
export function specPath(root = projectRoot()): string {
  return join(root, 'openapi.yaml');
}

/** A binary from this checkout's node_modules/.bin, so nothing runs through npx and every pid is ours. */
export function bin(name: string): string {
  return join(ROOT, 'node_modules', '.bin', name);
}

/** A folder of this checkout's node_modules/.cache, for what the scripts keep between runs (it goes with node_modules). */
export function cacheDir(name: string): string {
  return join(ROOT, 'node_modules', '.cache', name);
}

/** The code that npm run lint checks with ESLint and Prettier, and npm run format writes (generated/ never). */
export const CODE_PATHS = ['src', 'scripts', 'tests', 'eslint.config.js', 'vitest.config.ts'];
