// Named, timed steps for the package and portability checks: one line each, and a closing tally.
export interface Steps {
  /** Runs one step; a failure is counted and rethrown, so later steps that depend on it do not run. */
  run<T>(name: string, action: () => Promise<T>): Promise<T>;
  /** `label: N passed, N failed` (and `, N skipped`). */
  summary(label: string): string;
  skip(name: string, reason: string): void;
  readonly failed: number;
}

export function createSteps(): Steps {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
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
        console.log(`FAIL  ${name} (${seconds(started)})`);
        throw error;
      }
    },
    skip(name, reason) {
      skipped++;
      console.log(`skip  ${name}: ${reason}`);
    },
    summary(label) {
      return `${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    },
    get failed() {
      return failed;
    },
  };
}
