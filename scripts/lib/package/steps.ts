// Named, timed steps for test:package, test:portability and test:cli: one line each, a closing tally, and the
// skeleton the three scripts share (a temporary directory, cleanup on exit or Ctrl-C, the exit code).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopAllChildren } from '../processes/children.js';
import { onShutdown } from '../processes/shutdown.js';

export interface Steps {
  /** Runs one step; a failure is counted and rethrown, so later steps that depend on it do not run. */
  run<T>(name: string, action: () => Promise<T>): Promise<T>;
  skip(name: string, reason: string): void;
  /** Counts an error that no step caught (thrown between steps) as a failure; a step's own is counted once. */
  fail(error: unknown): void;
  /** `label: N passed, N failed`, and `, N skipped (why)` when any were. */
  summary(label: string): string;
  readonly failed: number;
}

export function createSteps(): Steps {
  let passed = 0;
  let failed = 0;
  const skipped: string[] = [];
  const counted = new WeakSet();
  const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return {
    async run(name, action) {
      const started = performance.now();
      try {
        const value = await action();
        passed++;
        console.log(`ok    ${name} (${seconds(started)})`);
        return value;
      } catch (error) {
        failed++;
        if (typeof error === 'object' && error !== null) counted.add(error);
        console.log(`FAIL  ${name} (${seconds(started)})`);
        throw error;
      }
    },
    skip(name, reason) {
      skipped.push(reason);
      console.log(`skip  ${name}: ${reason}`);
    },
    fail(error) {
      if (typeof error === 'object' && error !== null && counted.has(error)) return;
      failed++;
      console.log('FAIL  (outside any step)');
    },
    summary(label) {
      return `${label}: ${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped (${skipped.join('; ')})` : ''}`;
    },
    get failed() {
      return failed;
    },
  };
}

export const indent = (text: string) => text.trim().replace(/^/gm, '      ');

export interface StepRun {
  steps: Steps;
  /** A fresh temporary directory, removed at the end. */
  root: string;
  /** Runs `close` at the end (last deferred first), before children are stopped and `root` removed. */
  defer(close: () => Promise<void>): void;
}

/**
 * Runs `body` (its named steps), then prints `label: N passed, N failed…` and sets the exit code. Whatever happens,
 * Ctrl-C included, deferred closers run, child processes stop and the temporary directory goes.
 */
export async function runSteps(label: string, body: (run: StepRun) => Promise<void>): Promise<void> {
  const steps = createSteps();
  const root = mkdtempSync(join(tmpdir(), `hipp-${label.replace(/\W+/g, '-')}-`));
  const closers: Array<() => Promise<void>> = [];
  const cleanup = async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => {});
    await stopAllChildren();
    rmSync(root, { recursive: true, force: true });
  };
  onShutdown(cleanup);
  try {
    await body({ steps, root, defer: (close) => closers.push(close) });
  } catch (error) {
    steps.fail(error);
    console.error(indent(error instanceof Error ? error.message : String(error)));
  } finally {
    await cleanup();
  }
  console.log(steps.summary(label));
  process.exitCode = steps.failed > 0 ? 1 : 0;
}
