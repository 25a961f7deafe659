import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { SkippedReporter } from './scripts/lib/vitest/skipped-reporter.js';

/**
 * The test files that replace a module with vi.mock cannot share a worker, where another file may have loaded the
 * real module first: they run in the `isolated` project, each in a fresh worker.
 */
const MOCKING = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts') && readFileSync(join('tests', file), 'utf8').includes('vi.mock('))
  .map((file) => join('tests', file));

/**
 * A fresh clone (CI) has no last run to read: there, the files known to be long (their rough wall time on these
 * machines, BENCHMARKS.md) go first all the same.
 */
const FIRST_RUN_MS: Record<string, number> = {
  'tests/dev/dev.test.ts': 30_000,
  'tests/docs/docs-page.test.ts': 10_000,
  'tests/workbench/start.test.ts': 7_000,
  'tests/codebase/lint.test.ts': 5_000,
  'tests/spec/generate-check.test.ts': 4_000,
  'tests/docs/code-samples.test.ts': 3_500,
  'tests/release/release-check.test.ts': 3_000,
  'tests/dev/watch.test.ts': 2_200,
  'tests/contract/reports.test.ts': 2_000,
  'tests/workbench/ports.test.ts': 1_700,
  'tests/spec/lint.test.ts': 1_600,
  'tests/docs/page-cache.test.ts': 1_500,
  'tests/spec-diff/cli.test.ts': 1_000,
};

/**
 * The projects ordered by their longest file in the last run, and within each the longest files first (vitest
 * keeps a project's files together, so its shared workers are reused): the two workers start on the long files,
 * and the short ones fill in at the end instead of leaving one worker waiting on a long file started last.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const duration = new Map<TestSpecification, number>();
    const longest = new Map<string, number>();
    for (const file of sorted) {
      const path = relative(this.ctx.config.root, file.moduleId);
      const ms = this.ctx.cache.getFileTestResults(`${file.project.name}:${path}`)?.duration ?? FIRST_RUN_MS[path] ?? 0;
      duration.set(file, ms);
      longest.set(file.project.name, Math.max(longest.get(file.project.name) ?? 0, ms));
    }
    const rank = (file: TestSpecification) => longest.get(file.project.name) ?? 0;
    // Array sort is stable: files of equal rank keep vitest's order.
    return sorted.sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        rank(b) - rank(a) ||
        (a.project.name === b.project.name ? duration.get(b)! - duration.get(a)! : 0),
    );
  }
}

export default defineConfig({
  test: {
    // The default reporter, then each skipped test with its reason and one closing line.
    reporters: ['default', new SkippedReporter()],
    // One worker per core of these 2-core machines: the suites' child processes (Prism, Redocly,
    // Chromium, tsc) keep both cores busy, and more workers only add contention (BENCHMARKS.md).
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...MOCKING],
          // The files share their two workers (threads, isolate: false): each worker loads vitest and the modules
          // (TypeScript, ajv, yaml, the sandbox) once, not once per file or per folder; a worker costs about half a
          // second of CPU to start. None of these files changes global state it does not put back (env, console
          // spies and listeners are restored; vitest restores spies between files). The tests' own servers and
          // tools still run as processes of their own.
          pool: 'threads',
          isolate: false,
          // The run's Prism mock, which the contract suite and the code samples share (or, with
          // HIPP_CONTRACT_TARGET, the contract suite's target server).
          globalSetup: ['tests/contract/setup/global-setup.ts'],
          // The long tests (a dev session, a browser, npm start) set longer ones of their own.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING, testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          // tests/types/tsconfig.json holds the type tests alone: tsc checks them and what they import, not the
          // whole project (npm run typecheck does that, and CI runs it before npm test).
          typecheck: { enabled: true, only: true, include: ['tests/types/**/*.test-d.ts'], tsconfig: './tests/types/tsconfig.json' },
        },
      },
    ],
  },
});
