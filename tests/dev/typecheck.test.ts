// typecheck: a pass, the diagnostics of a failure, and a tsc killed mid-run told apart from both.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { typecheck } from '../../scripts/lib/tools/typecheck.js';
import { processesMentioning, waitFor } from '../support/processes.js';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-typecheck-'));
  temps.push(dir);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, include: ['*.ts'] }));
  writeFileSync(join(dir, 'index.ts'), source);
  return dir;
}

describe('typecheck', () => {
  it('passes a project that compiles', async () => {
    expect(await typecheck(project('export const n: number = 1;\n'))).toEqual({ ok: true, stopped: false, errors: [] });
  });

  it('returns one line per diagnostic of a project that does not', async () => {
    const result = await typecheck(project("export const n: number = 'one';\n"));
    expect(result.ok).toBe(false);
    expect(result.stopped).toBe(false);
    expect(result.errors).toEqual([expect.stringMatching(/^index\.ts\(1,14\): error TS2322: Type 'string' is not assignable to type 'number'\.$/)]);
  });

  it('says stopped, not failed, when tsc is killed before it reports', async () => {
    // This project's own typecheck takes seconds: long enough to kill it mid-run.
    const pending = typecheck(ROOT);
    const command = `-p ${join(ROOT, 'tsconfig.json')} --noEmit`;
    let pids: number[] = [];
    await waitFor(async () => (pids = (await processesMentioning(command)).map((line) => Number.parseInt(line, 10))).length > 0, 'tsc to start', 10_000);
    expect(pids).toHaveLength(1);
    process.kill(pids[0]!, 'SIGTERM');
    expect(await pending).toEqual({ ok: false, stopped: true, errors: [] });
  });
});
