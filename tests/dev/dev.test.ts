// npm run dev on a copy of the project: a good save, two broken ones, a good one again, then SIGTERM.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/bin.js';
import { freePort, startChild, type Child } from '../../scripts/lib/processes.js';

function processesMentioning(text: string): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The project files dev reads and writes, copied; node_modules linked so tsc resolves the same packages. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-dev-test-'));
  for (const entry of ['openapi.yaml', 'package.json', 'tsconfig.json', 'src', 'generated']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'tests'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const original = readFileSync(join(ROOT, 'openapi.yaml'), 'utf8');
const postalCodeField = "        postalCode:\n          type: [string, 'null']\n          description: The postal code of the user's address.\n";
const patientExample = "                    postalCode: '10001'\n                withoutRoleAndSex:";
const withNickname = original
  .replace(postalCodeField, `${postalCodeField}        nickname:\n          type: string\n          description: The name the user goes by.\n`)
  .replace(patientExample, `                    postalCode: '10001'\n                    nickname: Johnny\n                withoutRoleAndSex:`);
const notYaml = `${withNickname}paths: [\n  oops: :\n`;
const failsLint = withNickname.replace("          description: The user's public identifier.\n", '          descriptin: The user public identifier.\n');

const temps: string[] = [];
let dev: Child | undefined;
afterAll(async () => {
  await dev?.stop();
  temps.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe('npm run dev', () => {
  it('regenerates, typechecks and restarts the mock on good saves, keeps the last good mock on broken ones, and leaves nothing behind', async () => {
    expect(withNickname).not.toBe(original);
    expect(withNickname.match(/nickname/g)).toHaveLength(2);
    expect(failsLint).not.toBe(withNickname);

    const dir = copyProject();
    temps.push(dir);
    const port = await freePort();
    const mockUrl = `http://127.0.0.1:${port}`;
    dev = startChild(process.execPath, ['--import', 'tsx', 'scripts/dev.ts'], { cwd: ROOT, env: { ...process.env, HIPP_PROJECT_ROOT: dir, MOCK_PORT: String(port) } });
    const started = dev;

    // Each summary starts with `── #N` and ends with the mock line.
    const summaries = () => started.output().split(/^── #/m).slice(1).filter((text) => /^mock {8}/m.test(text));
    const summary = async (count: number) => {
      await waitFor(() => summaries().length >= count || started.process.exitCode !== null, `summary ${count}`);
      expect(started.process.exitCode, started.output()).toBeNull();
      return summaries()[count - 1]!;
    };
    const save = (text: string) => writeFileSync(join(dir, 'openapi.yaml'), text);
    const getUser = async () => {
      const response = await fetch(`${mockUrl}/v1/users/usr_1`, { headers: { authorization: 'Bearer test-key' } });
      expect(response.status).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    };
    const generatedTypes = () => readFileSync(join(dir, 'generated/openapi.ts'), 'utf8');

    const first = await summary(1);
    expect(started.output()).toContain(`the mock listens on ${mockUrl}`);
    expect(first).toContain('lint        ok');
    expect(first).toContain('typecheck   ok');
    expect(first).toContain(`mock        ${mockUrl} serves version #1 (started)`);
    expect(await getUser()).not.toHaveProperty('nickname');

    save(withNickname);
    const good = await summary(2);
    expect(good).toContain('lint        ok');
    expect(good).toContain('generated   wrote generated/openapi.ts, generated/validators.js');
    expect(good).toContain('changes     2 since version #1, 0 breaking');
    expect(good).toContain('non-breaking  getUserById 200 response: new field /nickname');
    expect(good).toContain('typecheck   ok');
    expect(good).toContain(`mock        ${mockUrl} serves version #2 (restarted)`);
    expect(await getUser()).toHaveProperty('nickname', 'Johnny');
    expect(generatedTypes()).toContain('nickname?: string;');
    const mockProcesses = processesMentioning(`--port ${port}`);
    expect(mockProcesses).toHaveLength(1);
    const snapshots = /(\S*hipp-dev-[^/\s]+)\//.exec(mockProcesses[0]!)?.[1];
    expect(snapshots, mockProcesses[0]).toBeDefined();

    // Code that uses the new field: the next good save takes the field away again.
    writeFileSync(join(dir, 'tests', 'nickname.ts'), "import type { components } from '../generated/openapi.js';\nexport const nick = (user: components['schemas']['User']): string | undefined => user.nickname;\n");
    const typesBefore = generatedTypes();

    save(notYaml);
    const broken = await summary(3);
    expect(broken).toContain('yaml        FAILED: not valid YAML; generated/ left as it was; the mock keeps serving the last good version');
    expect(broken).toMatch(/line \d+, column \d+/);
    expect(broken).toContain(`mock        ${mockUrl} serves version #2`);
    expect(await getUser()).toHaveProperty('nickname', 'Johnny');

    save(failsLint);
    const unlinted = await summary(4);
    expect(unlinted).toContain('lint        FAILED: generated/ left as it was; the mock keeps serving the last good version');
    expect(unlinted).toMatch(/openapi\.yaml:\n\s+\d+:\d+\s+error\s+struct\s+Property `descriptin` is not expected here/);
    expect(unlinted).toContain(`mock        ${mockUrl} serves version #2`);
    expect(await getUser()).toHaveProperty('nickname', 'Johnny');
    expect(generatedTypes()).toBe(typesBefore);
    expect(processesMentioning(`--port ${port}`)).toEqual(mockProcesses);

    save(original);
    const recovered = await summary(5);
    expect(recovered).toContain('lint        ok');
    expect(recovered).toContain('changes     2 since version #2, 1 breaking');
    expect(recovered).toContain('BREAKING      getUserById 200 response: removed field /nickname');
    expect(recovered).toMatch(/typecheck {3}1 error\(s\): no longer compiles\n {2}tests\/nickname\.ts\(2,\d+\): error TS2339: Property 'nickname' does not exist/);
    expect(recovered).toContain(`mock        ${mockUrl} serves version #5 (restarted)`);
    expect(await getUser()).not.toHaveProperty('nickname');
    expect(generatedTypes()).toBe(readFileSync(join(ROOT, 'generated/openapi.ts'), 'utf8'));

    process.kill(started.pid, 'SIGTERM');
    await waitFor(() => started.process.exitCode !== null || started.process.signalCode !== null, 'npm run dev to exit', 10_000);
    expect(processesMentioning(`--port ${port}`)).toEqual([]);
    expect(processesMentioning(dir)).toEqual([]);
    expect(processesMentioning(snapshots!)).toEqual([]);
    expect(() => readFileSync(join(snapshots!, '5', 'openapi.yaml'))).toThrow();
    await expect(fetch(`${mockUrl}/v1/users/usr_1`)).rejects.toThrow();
  });
});
