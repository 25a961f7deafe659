// For tests that start long-running scripts: waiting on their output, and finding processes left behind.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../scripts/lib/processes/run.js';

/** Polls `predicate` (which may be async) until it holds; throws, naming `what`, after `timeoutMs`. */
export async function waitFor(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `pid args` of every running process whose command line contains `text`. */
export async function processesMentioning(text: string): Promise<string[]> {
  // ps writes to a file: run() keeps only the tail of a child's output, and a busy machine lists a lot.
  const dir = mkdtempSync(join(tmpdir(), 'hipp-ps-'));
  const fd = openSync(join(dir, 'ps.txt'), 'w');
  try {
    const { code, output } = await run('ps', ['-eo', 'pid,args'], { stdio: ['ignore', fd, 'pipe'], timeout: 10_000 });
    if (code !== 0) throw new Error(`ps failed: ${output}`);
    return readFileSync(join(dir, 'ps.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.includes(text) && !/^\s*\d+\s+ps -eo /.test(line));
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Running processes whose command line holds `--port <port>` (and not, say, `--port <port>1`). */
export async function processesOnPort(port: number): Promise<string[]> {
  return (await processesMentioning(`--port ${port}`)).filter((line) => new RegExp(`--port ${port}(\\s|$)`).test(line));
}

/** `pid args` of each process whose parent is `pid`. */
export async function childProcesses(pid: number): Promise<string[]> {
  const { output } = await run('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { timeout: 10_000 });
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
