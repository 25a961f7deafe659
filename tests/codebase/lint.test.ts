// npm run lint bites: on a copy of the project whose src/ holds one unused, badly formatted variable, ESLint
// and Prettier each fail on it, naming the file, and lint exits non-zero. (CI runs npm run lint on the whole tree.)
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { runScript } from '../support/scripts.js';

const copy = mkdtempSync(join(tmpdir(), 'hipp-lint-code-'));
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

describe('npm run lint on the code', () => {
  it('fails on an unused variable planted in a copy of src/, and on its formatting', { timeout: 120_000 }, async () => {
    // The copy holds what src/ needs to be type-checked and linted, not the whole tree.
    for (const entry of ['src', 'generated', 'openapi.yaml', 'package.json', 'tsconfig.json', 'eslint.config.js', '.prettierrc.json', '.prettierignore']) {
      cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    appendFileSync(join(copy, 'src', 'index.ts'), 'const planted=1;\n');

    // As `npm run lint -- src/index.ts` there: the full type-aware program of the copy, one file's findings.
    const result = await runScript('lint.ts', copy, ['src/index.ts']);

    expect(result.output).toMatch(/src\/index\.ts\n\s+\d+:7\s+error\s+'planted' is assigned a value but never used\s+@typescript-eslint\/no-unused-vars/);
    // The planted line is the only problem in the file.
    expect(result.output).toContain('1 problem (1 error, 0 warnings)');
    expect(result.output).toContain('[warn] src/index.ts');
    expect(result.output).toContain('lint: FAILED: code (eslint), formatting (prettier --check; npm run format fixes it)');
    expect(result.code).toBe(1);
  });
});
