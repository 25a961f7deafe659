// The README's integrator example is tests/sandbox/integrator-example.test.ts, word for word, with the
// package's import paths: it runs as a test, so it cannot rot.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';

const MARKER = '<!-- sandbox-example: tests/sandbox/integrator-example.test.ts -->';

describe('README sandbox example', () => {
  it('is the integrator example test, imports aside', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const at = readme.indexOf(MARKER);
    expect(at, `README.md has no ${MARKER}`).toBeGreaterThan(-1);
    const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
    const test = readFileSync(join(ROOT, 'tests/sandbox/integrator-example.test.ts'), 'utf8')
      .replace("'../../src/index.js'", "'@hipp-health/users-api'")
      .replace("'../../src/sandbox/index.js'", "'@hipp-health/users-api/sandbox'");
    expect(block).toBe(test);
  });
});
