// Prettier (its settings are in .prettierrc.json) over a project's code: checked by npm run lint, written by npm run format.
import { bin } from '../paths.js';
import { run, type ProcessResult } from '../processes/run.js';
import { codePaths } from './eslint.js';

/** `paths` (relative to `root`) narrows it. */
export function prettier(root: string, mode: 'check' | 'write', paths = codePaths(root)): Promise<ProcessResult> {
  return run(bin('prettier'), [`--${mode}`, ...paths], { cwd: root });
}
