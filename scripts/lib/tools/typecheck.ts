// Runs tsc over a project's tsconfig.json, as a tracked child, and returns its error lines.
import { join } from 'node:path';
import { bin } from '../paths.js';
import { run } from '../processes/run.js';

export interface TypecheckResult {
  ok: boolean;
  /** tsc was killed before it could report (a Ctrl-C mid-run): neither a pass nor errors. */
  stopped: boolean;
  /** One line per diagnostic: `file(line,col): error TSnnnn: message`. */
  errors: string[];
}

/**
 * With `buildInfo`, tsc runs incrementally and keeps its state in that file: a watcher that checks
 * the same project on every save then re-checks only what changed.
 */
export async function typecheck(root: string, options: { buildInfo?: string } = {}): Promise<TypecheckResult> {
  const incremental = options.buildInfo ? ['--incremental', '--tsBuildInfoFile', options.buildInfo] : [];
  const { code, output } = await run(bin('tsc'), ['-p', join(root, 'tsconfig.json'), '--noEmit', '--pretty', 'false', ...incremental], { cwd: root });
  if (code === 0) return { ok: true, stopped: false, errors: [] };
  // run() reports a killed child as exit 1; only a killed tsc fails without a word.
  if (!output.trim()) return { ok: false, stopped: true, errors: [] };
  const errors = output.split('\n').filter((line) => /error TS\d+:/.test(line));
  // A failure without diagnostics (a broken tsconfig, a crash) still has to show up.
  if (errors.length === 0) errors.push(output.trim());
  return { ok: false, stopped: false, errors };
}
