// generate:check fails, naming the stale file, when generated/ or an x-codeSamples block no longer matches the spec;
// generate writes them back.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { generateCheck } from '../../scripts/lib/generate/check.js';
import { generate } from '../../scripts/lib/generate/generate.js';
import { parseSpec } from '../../src/spec/load.js';
import { runInProcess, runScript } from '../support/scripts.js';

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

    const result = await runInProcess(generateCheck, dir);

    expect(result.code).not.toBe(0);
    expect(result.output).toContain('generated/openapi.ts');
    expect(result.output).toContain('generated/validators.js');
    expect(result.output).not.toContain('generated/validators.d.ts');
    expect(readFileSync(join(dir, 'generated/openapi.ts'), 'utf8')).toBe(before);
  });

  it('names a missing file as missing', async () => {
    const dir = copyProject();
    rmSync(join(dir, 'generated/validators.d.ts'));
    const result = await runInProcess(generateCheck, dir);
    expect(result.code).toBe(1);
    expect(result.output).toContain('  generated/validators.d.ts (missing)');
    expect(result.output).not.toContain('generated/openapi.ts');
  });

  it('fails, naming openapi.yaml, when a request example changes and the code samples do not; generate rewrites them', async () => {
    const dir = copyProject();
    const specFile = join(dir, 'openapi.yaml');
    const changed = readFileSync(specFile, 'utf8').replace('                  firstName: John\n', '                  firstName: Johanna\n');
    writeFileSync(specFile, changed);

    const check = await runInProcess(generateCheck, dir);
    expect(check.code).toBe(1);
    expect(check.output).toContain('  openapi.yaml (its generated x-codeSamples blocks)');
    expect(readFileSync(specFile, 'utf8')).toBe(changed);

    const generated = await runInProcess(generate, dir);
    expect(generated.code, generated.output).toBe(0);
    const samples = codeSamples(readFileSync(specFile, 'utf8'), 'createUser');
    expect(samples.map((sample) => sample.label)).toEqual(['curl', 'TypeScript']);
    for (const sample of samples) expect(sample.source).toContain('Johanna');
    expect((await runInProcess(generateCheck, dir)).code).toBe(0);
  });

  it('fails when a generated sample is edited by hand', async () => {
    const dir = copyProject();
    const specFile = join(dir, 'openapi.yaml');
    const spec = readFileSync(specFile, 'utf8');
    expect(spec).toContain('-H "Authorization: Bearer $HIPP_API_KEY"');
    writeFileSync(specFile, spec.replace('-H "Authorization: Bearer $HIPP_API_KEY"', '-H "Authorization: Bearer my-real-key"'));
    const check = await runInProcess(generateCheck, dir);
    expect(check.code).toBe(1);
    expect(check.output).toContain('openapi.yaml (its generated x-codeSamples blocks)');
  });

  it('puts a removed block back where it was, as it was', async () => {
    const dir = copyProject();
    const specFile = join(dir, 'openapi.yaml');
    const spec = readFileSync(specFile, 'utf8');
    const start = spec.indexOf('      # x-codeSamples of getUserById:');
    const endMarker = '      # end of the generated x-codeSamples of getUserById\n';
    expect(start).toBeGreaterThan(0);
    writeFileSync(specFile, spec.slice(0, start) + spec.slice(spec.indexOf(endMarker) + endMarker.length));
    expect((await runInProcess(generateCheck, dir)).code).toBe(1);
    expect((await runInProcess(generate, dir)).code).toBe(0);
    expect(readFileSync(specFile, 'utf8')).toBe(spec);
  });
});

function codeSamples(specText: string, operationId: string): Array<{ label: string; source: string }> {
  const spec = parseSpec(specText) as unknown as {
    paths: Record<string, Record<string, { operationId: string; 'x-codeSamples': Array<{ label: string; source: string }> }>>;
  };
  const operation = Object.values(spec.paths)
    .flatMap((item) => Object.values(item))
    .find((candidate) => candidate.operationId === operationId);
  return operation!['x-codeSamples'];
}
