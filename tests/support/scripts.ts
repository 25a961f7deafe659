// Runs one of the project's commands: in a process of its own as its npm script does (`node --import tsx
// scripts/<name>`), to its end or left running, or in-process through the function its entry file calls.
import { join } from 'node:path';
import type { Command } from '../../scripts/lib/command.js';
import { ROOT } from '../../scripts/lib/paths.js';
import { startChild, type Child } from '../../scripts/lib/processes/children.js';
import { run, type ProcessResult } from '../../scripts/lib/processes/run.js';

const scriptArgs = (script: string, args: string[]) => ['--import', 'tsx', join('scripts', script), ...args];

/** The script run to its end on the project at `root`, with `env` on top of ours. */
export function runScript(script: string, root: string, args: string[] = [], env: Record<string, string> = {}): Promise<ProcessResult> {
  return run(process.execPath, scriptArgs(script, args), {
    cwd: ROOT,
    // Plain text to match on: CI=true makes chalk-based tools (Prettier) colour their output.
    env: { ...process.env, HIPP_PROJECT_ROOT: root, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
}

/** The script started and left running, with `env` on top of ours; `detached` puts it in a process group of its own. */
export function startScript(script: string, env: Record<string, string> = {}, options: { detached?: boolean } = {}): Child {
  return startChild(process.execPath, scriptArgs(script, []), { cwd: ROOT, env: { ...process.env, ...env }, ...options });
}

/** The command in this process, its printed lines collected in order as a script's output would be. */
export async function runInProcess(command: Command, root: string, args: string[] = []): Promise<ProcessResult> {
  const lines: string[] = [];
  const collect = (text: string) => lines.push(text);
  const code = await command(args, root, { log: collect, error: collect });
  return { code, output: lines.length > 0 ? `${lines.join('\n')}\n` : '' };
}
