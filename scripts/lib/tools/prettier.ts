// Prettier (its settings are in .prettierrc.json) over a project's code: checked by npm run lint, written by npm run format.
import { bin } from '../paths.js';
import { run, type RunResult } from '../processes/run.js';
import { codePaths } from './eslint.js';

export function prettier(root: string, mode: 'check' | 'write'): Promise<RunResult> {
  return run(bin('prettier'), [`--${mode}`, ...codePaths(root)], { cwd: root });
}
