// typecheck: a pass, the diagnostics of a failure, and a check stopped mid-run told apart from both.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { typecheck } from '../../scripts/lib/tools/typecheck.js';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-typecheck-'));
  temps.push(dir);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [], lib: ['ES2022'], skipLibCheck: true }, include: ['*.ts'] }),
  );
  writeFileSync(join(dir, 'index.ts'), source);
  return dir;
}

describe('typecheck', () => {
  it('passes a project that compiles', async () => {
    expect(await typecheck(project('export const n: number = 1;\n'))).toEqual({ ok: true, stopped: false, errors: [] });
  });

  it('returns one entry per diagnostic of a project that does not, with file:line:col', async () => {
    const result = await typecheck(project("export const n: number = 'one';\n"));
    expect(result.ok).toBe(false);
    expect(result.stopped).toBe(false);
    expect(result.errors).toEqual([expect.stringMatching(/^index\.ts:1:14 error TS2322: Type 'string' is not assignable to type 'number'\.$/)]);
  });

  it('puts src/ first, then scripts/ and tests/, and keeps each message whole, however many lines it has', async () => {
    const dir = project('export {};\n');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [], lib: ['ES2022'], skipLibCheck: true }, include: ['**/*.ts'] }),
    );
    for (const folder of ['tests', 'scripts', 'src']) mkdirSync(join(dir, folder));
    // A nested message: TypeScript explains an object's mismatch over several lines.
    const nested = "const a: { inner: { n: number } } = { inner: { n: 'one' } };\nexport const b: { inner: { n: string } } = a;\n";
    writeFileSync(join(dir, 'tests', 'a.test.ts'), "export const t: number = 'one';\n");
    writeFileSync(join(dir, 'scripts', 'run.ts'), "export const s: number = 'one';\n");
    writeFileSync(join(dir, 'src', 'z.ts'), nested);
    const { errors } = await typecheck(dir);
    expect(errors.map((error) => error.split(':')[0])).toEqual(['src/z.ts', 'src/z.ts', 'scripts/run.ts', 'tests/a.test.ts']);
    const whole = errors.find((error) => error.startsWith('src/z.ts:2:'))!;
    expect(whole.split('\n').length, whole).toBeGreaterThan(1);
    expect(whole).toContain("Type 'number' is not assignable to type 'string'");
  });

  it('says stopped, not failed, when stopped before it reports', async () => {
    // The project has an error that a whole check reports (above): stopped mid-run, neither it nor a pass is reported.
    let asked = 0;
    const result = await typecheck(project("export const n: number = 'one';\n"), { shouldStop: () => ++asked > 2 });
    expect(asked).toBe(3);
    expect(result).toEqual({ ok: false, stopped: true, errors: [] });
  });
});
