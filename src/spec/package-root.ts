// Where this package's own files sit once installed (or in this checkout): package.json and openapi.yaml.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Two levels up from src/spec, three from dist/src/spec: the folder that holds package.json and openapi.yaml. */
export function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, '../..'), resolve(here, '../../..')];
  const found = candidates.find((candidate) => existsSync(join(candidate, 'openapi.yaml')) && existsSync(join(candidate, 'package.json')));
  if (!found) throw new Error(`the package's openapi.yaml is missing (looked in ${candidates.join(' and ')})`);
  return found;
}
