import { defineConfig } from 'vitest/config';
import { SkippedReporter } from './scripts/lib/vitest/skipped-reporter.js';

export default defineConfig({
  test: {
    // The default reporter, then each skipped test with its reason and one closing line.
    reporters: ['default', new SkippedReporter()],
    // One worker per core of these 2-core machines: the suites' child processes (Prism, Redocly,
    // Chromium, tsc) keep both cores busy, and more workers only add contention (BENCHMARKS.md).
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'spec', include: ['tests/spec/**/*.test.ts'], testTimeout: 60_000 } },
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'sandbox', include: ['tests/sandbox/**/*.test.ts'], testTimeout: 60_000 } },
      { extends: true, test: { name: 'codebase', include: ['tests/codebase/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['tests/types/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      { extends: true, test: { name: 'spec-diff', include: ['tests/spec-diff/**/*.test.ts'], testTimeout: 60_000 } },
      { extends: true, test: { name: 'release', include: ['tests/release/**/*.test.ts'], testTimeout: 60_000 } },
      { extends: true, test: { name: 'dev', include: ['tests/dev/**/*.test.ts'], testTimeout: 120_000 } },
      { extends: true, test: { name: 'workbench', include: ['tests/workbench/**/*.test.ts'], testTimeout: 120_000 } },
      { extends: true, test: { name: 'docs', include: ['tests/docs/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        extends: true,
        test: {
          name: 'contract',
          include: ['tests/contract/**/*.test.ts'],
          globalSetup: ['tests/contract/setup/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
