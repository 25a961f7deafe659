// generate:check fails, naming the stale file, when generated/ no longer matches the spec.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { runScript } from '../support/scripts.js';

const temps: string[] = [];

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-generate-check-'));
  temps.push(dir);
  cpSync(join(ROOT, 'openapi.yaml'), join(dir, 'openapi.yaml'));
  cpSync(join(ROOT, 'generated'), join(dir, 'generated'), { recursive: true });
  return dir;
}

afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run generate:check', () => {
  it('passes on an unchanged copy', async () => {
    const result = await runScript('generate-check.ts', copyProject());
    expect(result.output).toContain('up to date');
    expect(result.code).toBe(0);
  });

  it('fails, naming the stale files, when the spec gains a property, and changes nothing', async () => {
    const dir = copyProject();
    const spec = readFileSync(join(dir, 'openapi.yaml'), 'utf8');
    const anchor = "        postalCode:\n          type: [string, 'null']\n          description: The postal code of the user's address.\n";
    expect(spec).toContain(anchor);
    writeFileSync(join(dir, 'openapi.yaml'), spec.replace(anchor, `${anchor}        nickname:\n          type: string\n          description: A nickname.\n`));
    const before = readFileSync(join(dir, 'generated/openapi.ts'), 'utf8');

    const result = await runScript('generate-check.ts', dir);

    expect(result.code).not.toBe(0);
    expect(result.output).toContain('generated/openapi.ts');
    expect(result.output).toContain('generated/validators.js');
    expect(result.output).not.toContain('generated/validators.d.ts');
    expect(readFileSync(join(dir, 'generated/openapi.ts'), 'utf8')).toBe(before);
  });

  it('names a missing file as missing', async () => {
    const dir = copyProject();
    rmSync(join(dir, 'generated/validators.d.ts'));
    const result = await runScript('generate-check.ts', dir);
    expect(result.code).toBe(1);
    expect(result.output).toContain('  generated/validators.d.ts (missing)');
    expect(result.output).not.toContain('generated/openapi.ts');
  });
});
