// Starting, watching and stopping the child processes that scripts and tests run; each is stopped by its own pid.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Child {
  process: ChildProcess;
  pid: number;
  /** The last 64 KiB the child wrote, for error reports. */
  output(): string;
  /** Stops the child by its pid: SIGTERM, then SIGKILL if it lingers. Safe to call twice. */
  stop(): Promise<void>;
}

const children = new Set<Child>();
const MAX_OUTPUT = 64 * 1024;

export function startChild(command: string, args: string[], options: SpawnOptions = {}): Child {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  let output = '';
  // Only the tail is kept: a mock that runs for hours under `npm run dev` logs every request.
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > MAX_OUTPUT) output = output.slice(-MAX_OUTPUT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const handle: Child = {
    process: child,
    pid: child.pid,
    output: () => output,
    async stop() {
      children.delete(handle);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
  children.add(handle);
  return handle;
}

/** Kills every child still running; for exit and signal handlers, where nothing async may run. */
export function killAllChildrenNow(): void {
  for (const child of children) {
    if (child.process.exitCode === null) child.process.kill('SIGKILL');
  }
  children.clear();
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...children].map((child) => child.stop()));
}
