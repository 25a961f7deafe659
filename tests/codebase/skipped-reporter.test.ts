// npm test names each skipped test and its reason, and closes with one line of counts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestCase, TestModule } from 'vitest/node';
import { ROOT } from '../../scripts/lib/paths.js';
import { SkippedReporter, skipReason } from '../../scripts/lib/vitest/skipped-reporter.js';

type Result = { state: 'passed' } | { state: 'failed' } | { state: 'skipped'; note?: string };

/** The parts of a TestCase the reporter reads, in a suite chain named by `suites` (outermost first). */
function testCase(name: string, result: Result, suites: string[] = []): TestCase {
  let parent: unknown = { type: 'module' };
  for (const suite of suites) parent = { type: 'suite', name: suite, parent };
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
  });

  it('lists each skipped test with its project, file, full name and reason, then counts', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const tests = [
      testCase('kept', { state: 'passed' }),
      testCase('broken', { state: 'failed' }),
      testCase('an unknown publicId answers 404', { state: 'skipped' }, ['promises only a real server can keep (target mode only)']),
    ];
    const module = { children: { allTests: () => tests.values() } } as unknown as TestModule;

    new SkippedReporter().onTestRunEnd([module]);

    expect(log.mock.calls.map((call) => String(call[0]))).toEqual([
      '\nSkipped (1):',
      '  contract tests/contract/lifecycle.test.ts > promises only a real server can keep (target mode only) > an unknown publicId answers 404: target mode only',
      '\nvitest: 1 passed, 1 failed, 1 skipped',
    ]);
  });
});
