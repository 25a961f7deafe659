// Runs tsc over a project's tsconfig.json, as a tracked child, and returns its error lines.
import { join } from 'node:path';
import { bin } from './bin.js';
import { startChild } from './processes.js';

export interface TypecheckResult {
  ok: boolean;
  /** One line per diagnostic: `file(line,col): error TSnnnn: message`. */
  errors: string[];
}

export async function typecheck(root: string): Promise<TypecheckResult> {
  const child = startChild(bin('tsc'), ['-p', join(root, 'tsconfig.json'), '--noEmit', '--pretty', 'false'], { cwd: root });
  const code = await new Promise<number | null>((resolve) => child.process.once('exit', resolve));
  await child.stop();
  const errors = child.output().split('\n').filter((line) => /error TS\d+:/.test(line));
  // A failure without diagnostics (a broken tsconfig, a crash) still has to show up.
  if (code !== 0 && errors.length === 0) errors.push(child.output().trim() || `tsc exited with ${code}`);
  return { ok: code === 0, errors };
}
