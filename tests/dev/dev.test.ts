// npm run dev on small projects of a user's, two sessions side by side: good and broken saves, then Ctrl-C mid-run;
// a spec with a $ref to another file (which spec:diff cannot compare), then versions of it Prism refuses (twice).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import type { Child } from '../../scripts/lib/processes/children.js';
import { freePort, isPortFree } from '../../scripts/lib/processes/ports.js';
import { childProcesses, processesMentioning, waitFor } from '../support/processes.js';
import { startScript } from '../support/scripts.js';

/**
 * A small project of a user's, as dev reads and writes it: openapi.yaml, package.json, generated/, and src/ with
 * one module that uses the generated types, under a tsconfig.json without DOM and Node types (the first
 * typecheck of this repository's whole project costs two to three seconds of CPU, this one under one; the
 * checks here are about what dev reports, and CI typechecks the real project). node_modules is linked so the
 * typecheck resolves the same packages.
 */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-dev-test-'));
  for (const entry of ['openapi.yaml', 'package.json', 'generated']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  const compilerOptions = { target: 'ES2022', lib: ['ES2022'], types: [], module: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src', 'generated', 'tests'] }));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'src', 'index.ts'),
    "import type { components } from '../generated/openapi.js';\nexport type User = components['schemas']['User'];\n",
  );
  mkdirSync(join(dir, 'tests'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const original = readFileSync(join(ROOT, 'openapi.yaml'), 'utf8');
const postalCodeField = "        postalCode:\n          type: [string, 'null']\n          description: The postal code of the user's address.\n";
const patientExample = "                    postalCode: '10001'\n        '400':";
const withNickname = original
  .replace(postalCodeField, `${postalCodeField}        nickname:\n          type: string\n          description: The name the user goes by.\n`)
  .replace(patientExample, `                    postalCode: '10001'\n                    nickname: Johnny\n        '400':`);
const notYaml = `${withNickname}paths: [\n  oops: :\n`;
const failsLint = withNickname.replace("          description: The user's public identifier.\n", '          descriptin: The user public identifier.\n');
// Lint passes, but Prism resolves every `$ref`, even one inside a literal `default`, and refuses to start.
const organization = '    Organization:\n      type: object\n';

const temps: string[] = [];
const sessions: Child[] = [];
afterAll(async () => {
  await Promise.all(sessions.map((session) => session.stop()));
  temps.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** `npm run dev` on a fresh copy of the project, on a free port, with helpers to drive it. */
async function startSession(prepare: (dir: string) => void = () => {}) {
  const dir = copyProject();
  prepare(dir);
  temps.push(dir);
  const port = await freePort();
  const mockUrl = `http://127.0.0.1:${port}`;
  const child = startScript('dev.ts', { HIPP_PROJECT_ROOT: dir, MOCK_PORT: String(port) });
  sessions.push(child);

  // Each summary starts with `── #N` and ends with the mock line.
  const summaries = () =>
    child
      .output()
      .split(/^── #/m)
      .slice(1)
      .filter((text) => /^mock {8}/m.test(text));
  return {
    dir,
    port,
    mockUrl,
    child,
    summaries,
    async summary(count: number) {
      await waitFor(() => summaries().length >= count || child.process.exitCode !== null, `summary ${count}`);
      expect(child.process.exitCode, child.output()).toBeNull();
      return summaries()[count - 1]!;
    },
    save: (text: string) => writeFileSync(join(dir, 'openapi.yaml'), text),
    async getUser() {
      const response = await fetch(`${mockUrl}/v1/users/usr_1`, { headers: { authorization: 'Bearer test-key' } });
      expect(response.status).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    },
    generatedTypes: () => readFileSync(join(dir, 'generated/openapi.ts'), 'utf8'),
    /** The Prism processes the session runs (behind the proxy that holds its port): one while a version is served. */
    prisms: async () => (await childProcesses(child.pid)).filter((line) => line.includes('prism')),
    async snapshotsDir() {
      const prisms = await this.prisms();
      expect(prisms).toHaveLength(1);
      const snapshots = /(\S*hipp-dev-[^/\s]+)\//.exec(prisms[0]!)?.[1];
      expect(snapshots, prisms[0]).toBeDefined();
      return snapshots!;
    },
    /** Stops the session with `signal` and checks that nothing of it is left. */
    async stopAndCheckNothingLeft(signal: NodeJS.Signals, snapshots: string) {
      process.kill(child.pid, signal);
      await waitFor(() => child.process.exitCode !== null || child.process.signalCode !== null, 'npm run dev to exit', 10_000);
      expect(child.process.exitCode).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(await isPortFree(port)).toBe(true);
      expect(await processesMentioning(dir)).toEqual([]);
      expect(await processesMentioning(snapshots)).toEqual([]);
      expect(existsSync(snapshots)).toBe(false);
      await expect(fetch(`${mockUrl}/v1/users/usr_1`)).rejects.toThrow();
    },
  };
}

describe.concurrent('npm run dev', () => {
  it(
    'regenerates, typechecks and restarts the mock on good saves, keeps the last good mock on broken ones, and stops cleanly mid-run',
    { timeout: 300_000 },
    async () => {
      expect(withNickname).not.toBe(original);
      expect(withNickname.match(/nickname/g)).toHaveLength(2);
      expect(failsLint).not.toBe(withNickname);
      const dev = await startSession();

      const first = await dev.summary(1);
      expect(dev.child.output()).toContain(`the mock listens on ${dev.mockUrl}`);
      expect(first).toContain('lint        ok');
      expect(first).toContain('typecheck   ok');
      expect(first).toContain('samples     current');
      expect(first).toContain(`mock        ${dev.mockUrl} serves version #1 (started)`);
      expect(await dev.getUser()).not.toHaveProperty('nickname');

      // The mock moves to the new version without refusing a request: the last version answers until the next one is up.
      const statuses: number[] = [];
      const polling = (async () => {
        while (dev.summaries().length < 2 && dev.child.process.exitCode === null) {
          statuses.push((await fetch(`${dev.mockUrl}/v1/users/usr_1`, { headers: { authorization: 'Bearer test-key' } })).status);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      dev.save(withNickname);
      const good = await dev.summary(2);
      await polling;
      expect(statuses.length).toBeGreaterThan(5);
      expect(new Set(statuses)).toEqual(new Set([200]));
      expect(good).toContain('lint        ok');
      expect(good).toContain('generated   wrote generated/openapi.ts, generated/validators.js');
      expect(good).toContain('changes     2 since version #1, 0 breaking');
      expect(good).toContain('non-breaking  getUserById 200 response: new field /nickname');
      expect(good).toContain('typecheck   ok');
      expect(good).toContain(`mock        ${dev.mockUrl} serves version #2 (restarted)`);
      expect(await dev.getUser()).toHaveProperty('nickname', 'Johnny');
      expect(dev.generatedTypes()).toContain('nickname?: string;');
      const snapshots = await dev.snapshotsDir();
      const mockProcesses = await dev.prisms();
      expect(mockProcesses[0]).toContain(join(snapshots, '2', 'openapi.yaml'));

      // Code that uses the new field: the next good save takes the field away again.
      writeFileSync(
        join(dev.dir, 'tests', 'nickname.ts'),
        "import type { components } from '../generated/openapi.js';\nexport const nick = (user: components['schemas']['User']): string | undefined => user.nickname;\n",
      );
      const typesBefore = dev.generatedTypes();

      dev.save(notYaml);
      const broken = await dev.summary(3);
      expect(broken).toContain('yaml        FAILED: not valid YAML; generated/ left as it was; the mock keeps serving the last good version');
      expect(broken).toMatch(/line \d+, column \d+/);
      expect(broken).toContain(`mock        ${dev.mockUrl} serves version #2`);
      expect(await dev.getUser()).toHaveProperty('nickname', 'Johnny');

      dev.save(failsLint);
      const unlinted = await dev.summary(4);
      expect(unlinted).toContain('lint        FAILED: generated/ left as it was; the mock keeps serving the last good version');
      expect(unlinted).toMatch(/openapi\.yaml:\n\s+\d+:\d+\s+error\s+struct\s+Property `descriptin` is not expected here/);
      expect(unlinted).toContain(`mock        ${dev.mockUrl} serves version #2`);
      expect(await dev.getUser()).toHaveProperty('nickname', 'Johnny');
      expect(dev.generatedTypes()).toBe(typesBefore);
      expect(await dev.prisms()).toEqual(mockProcesses);

      dev.save(original);
      const recovered = await dev.summary(5);
      expect(recovered).toContain('lint        ok');
      expect(recovered).toContain('changes     2 since version #2, 1 breaking');
      expect(recovered).toContain('BREAKING      getUserById 200 response: removed field /nickname');
      expect(recovered).toMatch(
        /typecheck {3}1 error\(s\): no longer compiles\n {2}tests\/nickname\.ts:2:\d+ error TS2339: Property 'nickname' does not exist/,
      );
      expect(recovered).toContain(`mock        ${dev.mockUrl} serves version #5 (restarted)`);
      expect(await dev.getUser()).not.toHaveProperty('nickname');
      expect(dev.generatedTypes()).toBe(readFileSync(join(ROOT, 'generated/openapi.ts'), 'utf8'));
      expect(readdirSync(snapshots).sort()).toEqual(['5']);

      // Ctrl-C while the next save is being checked (its snapshot is written as its run starts): no summary of the
      // interrupted run, no stopped typecheck reported as errors, nothing it started left running.
      dev.save(withNickname);
      await waitFor(() => dev.child.process.exitCode !== null || existsSync(join(snapshots, '6')), 'the run of the next save to start');
      expect(dev.summaries(), dev.child.output()).toHaveLength(5);
      const before = dev.child.output().length;
      await dev.stopAndCheckNothingLeft('SIGINT', snapshots);
      const after = dev.child.output().slice(before);
      expect(after).not.toContain('── #6');
      expect(after).not.toContain('error(s)');
      expect(after).not.toContain('exited unexpectedly');
    },
  );

  it(
    'keeps the last good mock serving when Prism refuses a version, tries the same text again, and compares versions whose $refs point to other files',
    { timeout: 300_000 },
    async () => {
      // A $ref to another file lints, generates and mocks, and spec:diff compares it too (the one spec loader
      // inlines it for every reader). The session starts on it.
      const requestField = "        phoneNumber:\n          type: string\n          description: The user's phone number.\n";
      const external = (dir: string) => original.replace(requestField, `${requestField}        nickname:\n          $ref: '${join(dir, 'nickname.yaml')}'\n`);
      const dev = await startSession((dir) => {
        writeFileSync(join(dir, 'nickname.yaml'), 'type: string\ndescription: The name the user goes by.\n');
        writeFileSync(join(dir, 'openapi.yaml'), external(dir));
      });
      expect(external(dev.dir)).not.toBe(original);
      const first = await dev.summary(1);
      expect(first).toContain('generated   wrote generated/openapi.ts');
      expect(first).toContain(`mock        ${dev.mockUrl} serves version #1 (started)`);
      const snapshots = await dev.snapshotsDir();
      const prisms = await dev.prisms();
      const compared = (summary: string) => {
        expect(summary).toMatch(/^ *changes +/m);
        expect(summary).not.toContain('could not compare');
      };

      // Passes lint, but Prism will not start on it: the mock of version #1 never stops answering.
      const refusedByPrism = external(dev.dir).replace(organization, `${organization}      default:\n        $ref: '#/components/nothing'\n`);
      expect(refusedByPrism).not.toBe(external(dev.dir));
      dev.save(refusedByPrism);
      const refused = await dev.summary(2);
      expect(refused).toContain('lint        ok');
      compared(refused);
      expect(refused).toContain('mock        FAILED to start version #2:');
      expect(refused).toContain('#/components/nothing');
      expect(refused).toContain(`mock        ${dev.mockUrl} serves version #1 (unchanged)`);
      expect(await dev.prisms()).toEqual(prisms);
      expect(prisms[0]).toContain(join(snapshots, '1', 'openapi.yaml'));
      expect(await dev.getUser()).not.toHaveProperty('nickname');

      // The same text saved again is tried again: the last run did not bring its mock up.
      dev.save(refusedByPrism);
      const again = await dev.summary(3);
      compared(again);
      expect(again).toContain('mock        FAILED to start version #3:');
      expect(again).toContain(`mock        ${dev.mockUrl} serves version #1 (unchanged)`);
      expect(await dev.prisms()).toEqual(prisms);

      // A good save after them: compared with the last version that passed lint (#3), served in a new Prism.
      dev.save(external(dev.dir).replace('A user to create. Only the first and last names are required.', 'A user to create.'));
      const undiffable = await dev.summary(4);
      compared(undiffable);
      expect(undiffable).toContain('generated   wrote generated/openapi.ts');
      expect(undiffable).toContain('typecheck   ok');
      expect(undiffable).toContain(`mock        ${dev.mockUrl} serves version #4 (restarted)`);
      const moved = await dev.prisms();
      expect(moved).toHaveLength(1);
      expect(moved[0]).toContain(join(snapshots, '4', 'openapi.yaml'));

      await dev.stopAndCheckNothingLeft('SIGTERM', snapshots);
    },
  );
});
