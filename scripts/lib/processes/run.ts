// Runs a command to its end as a tracked child (so Ctrl-C still stops it) and collects what it printed.
import type { SpawnOptions } from 'node:child_process';
import { startChild } from './children.js';

export interface ProcessResult {
  code: number;
  output: string;
}

export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<ProcessResult> {
  const child = startChild(command, args, options);
  return new Promise((resolve, reject) => {
    child.process.once('error', reject);
    // 'close', not 'exit': every byte of output has been read by then.
    child.process.once('close', (code) => {
      void child.stop();
      resolve({ code: code ?? 1, output: child.output() });
    });
  });
}

/** Like run, but throws with the output when the command fails. */
export async function runOrThrow(command: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(`${[command, ...args].join(' ')} exited with ${result.code}:\n${result.output}`);
  return result.output;
}

/**
 * npm itself: the one running this script under `npm run`, else the npm on PATH. `npm run` exports
 * npm_config_local_prefix (this project): left in place, a nested `npm install` would install here.
 */
export function npm(args: string[], options: SpawnOptions = {}): Promise<string> {
  const env = Object.fromEntries(Object.entries(options.env ?? process.env).filter(([name]) => !/^npm_(config_local_prefix|package_|lifecycle_)/i.test(name)));
  const cli = process.env.npm_execpath;
  const withEnv = { ...options, env };
  return cli && /\.c?js$/.test(cli) ? runOrThrow(process.execPath, [cli, ...args], withEnv) : runOrThrow('npm', args, withEnv);
}
