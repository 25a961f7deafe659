// npm test names each skipped test and its reason, and closes with one line of counts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestCase, TestModule } from 'vitest/node';
import { ROOT } from '../../scripts/lib/paths.js';
import { SkippedReporter, skipReason } from '../../scripts/lib/vitest/skipped-reporter.js';

type Result = { state: 'passed' } | { state: 'failed' } | { state: 'skipped'; note?: string };

/**
 * The parts of a TestCase the reporter reads, in a suite chain named by `suites` (outermost first); the suites in
 * `failedHooks` hold an error of a hook.
 */
function testCase(name: string, result: Result, suites: string[] = [], failedHooks: string[] = []): TestCase {
  let parent: unknown = { type: 'module', errors: () => [] };
  for (const suite of suites)
    parent = { type: 'suite', name: suite, parent, errors: () => (failedHooks.includes(suite) ? [{ message: 'beforeAll failed' }] : []) };
  return {
    name,
    fullName: [...suites, name].join(' > '),
    parent,
    project: { name: 'contract' },
    module: { moduleId: `${ROOT}tests/contract/lifecycle.test.ts` },
    result: () => result,
  } as unknown as TestCase;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the skipped-tests reporter', () => {
  it('takes the reason from ctx.skip(note), then from the innermost name that ends in a parenthesis', () => {
    expect(skipReason(testCase('a', { state: 'skipped', note: 'no Chromium' }, ['suite (target mode only)']))).toBe('no Chromium');
    expect(skipReason(testCase('b (needs a key)', { state: 'skipped' }, ['suite (target mode only)']))).toBe('needs a key');
    expect(skipReason(testCase('c', { state: 'skipped' }, ['outer (target mode only)', 'inner']))).toBe('target mode only');
    expect(skipReason(testCase('d', { state: 'skipped' }, ['the docs page (skipped: Chromium is not installed)']))).toBe('Chromium is not installed');
    expect(skipReason(testCase('e', { state: 'skipped' }, ['suite']))).toMatch(/^NO REASON GIVEN/);
    expect(skipReason(testCase('f', { state: 'skipped' }, ['outer (target mode only)', 'inner'], ['outer (target mode only)']))).toMatch(
      /^NOT RUN: a beforeAll/,
    );
  });

  it('lists each skipped test with its project, file, full name and reason, then counts', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const tests = [
      testCase('kept', { state: 'passed' }),
      testCase('broken', { state: 'failed' }),
      testCase('an unknown publicId answers 404', { state: 'skipped' }, ['promises only a real server can keep (target mode only)']),
    ];
    const module = { errors: () => [], children: { allTests: () => tests.values(), allSuites: () => [].values() } } as unknown as TestModule;

    new SkippedReporter().onTestRunEnd([module]);

    expect(log.mock.calls.map((call) => String(call[0]))).toEqual([
      '\nSkipped (1):',
      '  contract tests/contract/lifecycle.test.ts > promises only a real server can keep (target mode only) > an unknown publicId answers 404: target mode only',
      '\nvitest: 1 passed, 1 failed, 1 skipped',
    ]);
  });

  it('counts the errors outside the tests (a failed hook, an unhandled rejection) in its closing line', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const hooked = { errors: () => [{ message: 'beforeAll failed' }] };
    const tests = [testCase('kept', { state: 'passed' }), testCase('not run', { state: 'skipped' }, ['the page'], ['the page'])];
    const module = { errors: () => [], children: { allTests: () => tests.values(), allSuites: () => [hooked].values() } } as unknown as TestModule;

    new SkippedReporter().onTestRunEnd([module], [new Error('unhandled')]);

    const lines = log.mock.calls.map((call) => String(call[0]));
    expect(lines).toContain(
      '  contract tests/contract/lifecycle.test.ts > the page > not run: NOT RUN: a beforeAll of its suite or file failed (its error is above)',
    );
    expect(lines.at(-1)).toBe('\nvitest: 1 passed, 0 failed, 1 skipped, 2 error(s) outside the tests (a hook, an import, an unhandled rejection; shown above)');
  });
});
