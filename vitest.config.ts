import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { SkippedReporter } from './scripts/lib/vitest/skipped-reporter.js';

/**
 * A project whose files share their workers (`isolate: false`): each worker loads vitest and the modules once,
 * not once per file, which was about half the CPU of the short files. None of these files changes global state
 * it does not put back (env, console spies and listeners are restored; vitest restores spies between files).
 * The workers are threads, which start for less CPU than processes (about 15 % less for unit, sandbox and
 * contract together); the tests' own servers and tools still run as processes of their own.
 * A file that replaces a module with vi.mock cannot share: another file may have loaded the real one first. Such
 * files run in a project of their own, `<name>-isolated`, found by their vi.mock call.
 */
function sharedWorkers(name: string, test: TestProjectInlineConfiguration['test'] = {}): TestProjectInlineConfiguration[] {
  const dir = join('tests', name);
  const mocking = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts') && readFileSync(join(dir, file), 'utf8').includes('vi.mock('))
    .map((file) => join(dir, file));
  const projects: TestProjectInlineConfiguration[] = [
    {
      extends: true,
      test: { ...test, name, include: [`${dir}/**/*.test.ts`], exclude: [...configDefaults.exclude, ...mocking], pool: 'threads', isolate: false },
    },
  ];
  if (mocking.length > 0) projects.push({ extends: true, test: { ...test, name: `${name}-isolated`, include: mocking } });
  return projects;
}

/**
 * A fresh clone (CI) has no last run to read: there, the projects known to hold the long files (their longest
 * file's rough wall time on these machines, BENCHMARKS.md) go first all the same.
 */
const FIRST_RUN_LONGEST_MS: Record<string, number> = { dev: 40_000, docs: 14_000, workbench: 6_500 };

/**
 * Vitest's order (a project's files together, so shared workers are reused; within one, the longest first), with
 * the projects ordered by their longest file in the last run: the two workers start on the long files, and the
 * short ones fill in at the end instead of leaving one worker waiting on a long file started last.
 */
class LongestProjectsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const longest = new Map<string, number>();
    for (const { project, moduleId } of sorted) {
      const cached = this.ctx.cache.getFileTestResults(`${project.name}:${relative(this.ctx.config.root, moduleId)}`)?.duration;
      const duration = cached ?? FIRST_RUN_LONGEST_MS[project.name] ?? 0;
      longest.set(project.name, Math.max(longest.get(project.name) ?? 0, duration));
    }
    // Array sort is stable: within a project, vitest's order stays.
    const rank = (file: TestSpecification) => longest.get(file.project.name) ?? 0;
    return sorted.sort((a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(b) - rank(a));
  }
}

export default defineConfig({
  test: {
    // The default reporter, then each skipped test with its reason and one closing line.
    reporters: ['default', new SkippedReporter()],
    // One worker per core of these 2-core machines: the suites' child processes (Prism, Redocly,
    // Chromium, tsc) keep both cores busy, and more workers only add contention (BENCHMARKS.md).
    maxWorkers: 2,
    sequence: { sequencer: LongestProjectsFirst },
    projects: [
      ...sharedWorkers('spec', { testTimeout: 60_000 }),
      ...sharedWorkers('unit'),
      ...sharedWorkers('sandbox', { testTimeout: 60_000 }),
      ...sharedWorkers('codebase'),
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
      ...sharedWorkers('spec-diff', { testTimeout: 60_000 }),
      ...sharedWorkers('release', { testTimeout: 60_000 }),
      { extends: true, test: { name: 'dev', include: ['tests/dev/**/*.test.ts'], testTimeout: 120_000 } },
      ...sharedWorkers('workbench', { testTimeout: 120_000 }),
      { extends: true, test: { name: 'docs', include: ['tests/docs/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      ...sharedWorkers('contract', {
        globalSetup: ['tests/contract/setup/global-setup.ts'],
        testTimeout: 60_000,
        hookTimeout: 60_000,
      }),
    ],
  },
});
