// A vitest reporter beside the default one: after the run it names every skipped test with its reason, and
// closes with one line `vitest: N passed, N failed, N skipped` for CI logs. A skip's reason is the note of
// `ctx.skip(note)`, else the parenthesis in its own name or its suite's, such as `(target mode only)`.
import { relative } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { ROOT } from '../paths.js';

const NO_REASON = 'NO REASON GIVEN: name it in the test or its suite, as in "(target mode only)", or skip with ctx.skip(reason)';

/** `(…)` at the end of a test's or suite's name, innermost first. */
function reasonFromNames(test: TestCase): string | undefined {
  const names: string[] = [test.name];
  for (let parent = test.parent; parent.type === 'suite'; parent = parent.parent) names.push(parent.name);
  for (const name of names) {
    const reason = /\(([^()]+)\)\s*$/.exec(name)?.[1];
    if (reason) return reason.replace(/^skipped:\s*/, '');
  }
  return undefined;
}

/** Whether a hook of the test's suites or of its file failed, so that the test never ran. */
function hookFailed(test: TestCase): boolean {
  for (let parent = test.parent; ; parent = parent.parent) {
    if (parent.errors().length > 0) return true;
    if (parent.type === 'module') return false;
  }
}

export function skipReason(test: TestCase): string {
  if (hookFailed(test)) return 'NOT RUN: a beforeAll of its suite or file failed (its error is above)';
  const result = test.result();
  const note = result.state === 'skipped' ? result.note : undefined;
  return note ?? reasonFromNames(test) ?? NO_REASON;
}

export class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[] = []): void {
    const tests = testModules.flatMap((module) => [...module.children.allTests()]);
    const count = (state: string) => tests.filter((test) => test.result().state === state).length;
    const skipped = tests.filter((test) => test.result().state === 'skipped');
    if (skipped.length > 0) {
      console.log(`\nSkipped (${skipped.length}):`);
      for (const test of skipped) {
        console.log(`  ${test.project.name} ${relative(ROOT, test.module.moduleId)} > ${test.fullName}: ${skipReason(test)}`);
      }
    }
    // A failed hook or import fails the run without failing a test: it is counted too, never hidden in the skips.
    const outside = testModules.reduce(
      (sum, module) => sum + module.errors().length + [...module.children.allSuites()].reduce((n, suite) => n + suite.errors().length, 0),
      0,
    );
    const errors = outside + unhandledErrors.length;
    const tail = errors > 0 ? `, ${errors} error(s) outside the tests (a hook, an import, an unhandled rejection; shown above)` : '';
    console.log(`\nvitest: ${count('passed')} passed, ${count('failed')} failed, ${skipped.length} skipped${tail}`);
  }
}
