// ESLint (typescript-eslint, type-aware; the rules are in eslint.config.js) over a project's code.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bin, CODE_PATHS } from '../paths.js';
import { run, type ProcessResult } from '../processes/run.js';

/** The code paths that exist under `root` (a copy of the project may hold only some). */
export function codePaths(root: string): string[] {
  return CODE_PATHS.filter((path) => existsSync(join(root, path)));
}

/** Any error or any warning fails: the code is kept at zero of both. `paths` (relative to `root`) narrows it. */
export function eslint(root: string, paths = codePaths(root)): Promise<ProcessResult> {
  return run(bin('eslint'), ['--max-warnings', '0', '--no-warn-ignored', ...paths], { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
}
