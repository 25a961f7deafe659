// Runs one of the project's commands on a project root: in a process of its own as its npm script does
// (`node --import tsx scripts/<name>`), or in-process through the function its entry file calls.
import { join } from 'node:path';
import type { Command } from '../../scripts/lib/command.js';
import { ROOT } from '../../scripts/lib/paths.js';
import { run, type RunResult } from '../../scripts/lib/processes/run.js';

export function runScript(script: string, root: string, args: string[] = []): Promise<RunResult> {
  return run(process.execPath, ['--import', 'tsx', join('scripts', script), ...args], {
    cwd: ROOT,
    // Plain text to match on: CI=true makes chalk-based tools (Prettier) colour their output.
    env: { ...process.env, HIPP_PROJECT_ROOT: root, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 60_000,
  });
}

/** The command in this process, its printed lines collected in order as a script's output would be. */
export async function runInProcess(command: Command, root: string, args: string[] = []): Promise<RunResult> {
  const lines: string[] = [];
  const collect = (text: string) => lines.push(text);
  const code = await command(args, root, { log: collect, error: collect });
  return { code, output: lines.length > 0 ? `${lines.join('\n')}\n` : '' };
}
