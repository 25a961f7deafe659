// Runs TypeScript files as a consumer's scripts, each as `node --import tsx file.ts` would, in one child process
// for a whole test file: a node + tsx start per file costs about half a second of CPU, a run in a warm child a
// few milliseconds. The child loads the package once; each file still runs fresh, with its own environment.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../../scripts/lib/paths.js';
import { startChild } from '../../../scripts/lib/processes/children.js';
import type { ProcessResult } from '../../../scripts/lib/processes/run.js';

// What the runner and its child say to each other over the IPC channel.
/** Run this file with these environment variables set, and no other HIPP_ variable. */
export interface SampleJob {
  id: number;
  file: string;
  env: Record<string, string>;
}

/** How the file ended: 0, or 1 when it threw (as node exits on an uncaught error), and what it printed. */
export interface SampleResult {
  id: number;
  code: number;
  output: string;
}

const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const CHILD = join(import.meta.dirname, 'child.ts');

export interface SampleRunner {
  /**
   * Runs `file` (a path in the project) with `env` added to the environment and every other HIPP_ variable unset;
   * resolves as the file ends. Its requests may reach loopback only.
   */
  run(file: string, env: Record<string, string>): Promise<ProcessResult>;
  /** Stops the child by its pid. */
  stop(): Promise<void>;
}

/** Starts the child in `project`, whose tsconfig.json tsx follows (its `paths` name the package). */
export function startSampleRunner(project: string): SampleRunner {
  const child = startChild(process.execPath, ['--import', TSX, CHILD], { cwd: project, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const pending = new Map<number, { resolve: (result: ProcessResult) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  child.process.on('message', (result: SampleResult) => {
    pending.get(result.id)?.resolve({ code: result.code, output: result.output });
    pending.delete(result.id);
  });
  child.process.once('exit', (code, signal) => {
    const error = new Error(`the sample runner exited (${String(code ?? signal)}) with files still running:\n${child.output()}`);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  });
  return {
    run(file, env) {
      const job: SampleJob = { id: nextId++, file, env };
      return new Promise((resolve, reject) => {
        if (child.process.exitCode !== null || child.process.signalCode !== null) {
          reject(new Error(`the sample runner is not running:\n${child.output()}`));
          return;
        }
        pending.set(job.id, { resolve, reject });
        child.process.send(job);
      });
    },
    stop: () => child.stop(),
  };
}
