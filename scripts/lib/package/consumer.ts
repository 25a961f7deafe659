// The consumer project that test:package and test:portability install the packed client into: the real
// files of tests/consumer/, type-checked and linted in this repository like any other code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.js';

export const CONSUMER_DIR = join(ROOT, 'tests', 'consumer');

/** tsconfig.json checks the fixture here, against src/; the installed consumer checks against the tarball. */
const REPOSITORY_ONLY = new Set(['tsconfig.json']);

/** The files of the consumer project by name, as they are written into a fresh directory. */
export function consumerFiles(): Record<string, string> {
  const names = readdirSync(CONSUMER_DIR).filter((name) => !REPOSITORY_ONLY.has(name));
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(CONSUMER_DIR, name), 'utf8')]));
}
