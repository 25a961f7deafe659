// Runs one of the project's scripts as its npm script does (`node --import tsx scripts/<name>`), on a project root.
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.js';
import { run, type RunResult } from '../../scripts/lib/processes/run.js';

export function runScript(script: string, root: string, args: string[] = []): Promise<RunResult> {
  return run(process.execPath, ['--import', 'tsx', join('scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, HIPP_PROJECT_ROOT: root },
    timeout: 60_000,
  });
}
