// npm run test:cli: the hipp-users-api bin as a server team gets it. A fresh clone of this repository (no dist/)
// is packed with `npm pack` (prepare builds dist/), the tarball is installed into an empty project with
// production dependencies only, and on Node 20, 22 and 24 the installed bin runs against real local servers:
// its own sandbox (read-only: exit 0 and no POST; writes: exit 0), a broken server (exit 1, reports written), a
// server that drops the connection mid-run (exit 1, reports written), nothing at all (exit 2), a spec copy that
// adds a field (--spec: exit 1 where the default spec passes), and the sandbox itself (create, then get; SIGTERM stops it).
import { existsSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { delimiter, dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createSandboxWith } from '../src/sandbox/sandbox.js';
import { serveVariant } from './lib/drift/serve.js';
import { BROKEN } from './lib/drift/variants.js';
import { indent, runSteps } from './lib/package/steps.js';
import { ROOT } from './lib/paths.js';
import { startChild, type Child } from './lib/processes/children.js';
import { freePort } from './lib/processes/ports.js';
import { npm, run, runOrThrow } from './lib/processes/run.js';
import { nodeBinary, type NodeBinary } from './lib/tools/node-binaries.js';

const NODE_MAJORS = [20, 22, 24];
const ADMIN_KEY = 'sandbox-admin-key';
const KEYS = { HIPP_API_KEY: ADMIN_KEY, HIPP_RESTRICTED_API_KEY: 'sandbox-technician-key' };
/** A tool the installed package must not carry: the CLI loads none of them. */
const DEV_ONLY = ['typescript', 'vitest', 'tsx', '@stoplight/prism-cli', '@redocly/cli'];

/** A server that closes the connection, unanswered, on a create whose email is not a string; else the sandbox. */
async function serveClosingOnOddEmail(): Promise<{ url: string; server: Server }> {
  const sandbox = createSandboxWith({ keys: { [ADMIN_KEY]: { role: 'ADMIN', mayCreate: 'all' } } }, {});
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const text = Buffer.concat(chunks).toString();
      let email: unknown = 'absent';
      try {
        email = (JSON.parse(text) as { email?: unknown }).email ?? 'absent';
      } catch {
        // not JSON: the sandbox answers it
      }
      if (incoming.method === 'POST' && typeof email !== 'string') {
        incoming.socket.destroy();
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
      const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
      void sandbox
        .fetch(new Request(`http://127.0.0.1${incoming.url ?? '/'}`, { method: incoming.method ?? 'GET', headers, ...(hasBody ? { body: text } : {}) }))
        .then(async (response) => {
          const raw: string[] = [];
          response.headers.forEach((value, name) => raw.push(name, value));
          outgoing.writeHead(response.status, raw).end(Buffer.from(await response.arrayBuffer()));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api`, server };
}

/** openapi.yaml with a required field `nickname` added to User: the sandbox, which lacks it, breaks that spec. */
function specWithNickname(target: string): void {
  const spec = parse(readFileSync(join(ROOT, 'openapi.yaml'), 'utf8')) as {
    components: { schemas: { User: { required: string[]; properties: Record<string, unknown> } } };
  };
  const user = spec.components.schemas.User;
  user.required.push('nickname');
  user.properties.nickname = { type: 'string', description: 'A field only this copy of the spec has.' };
  writeFileSync(target, stringify(spec));
}

interface Outcome {
  code: number;
  output: string;
}

await runSteps('test:cli', async ({ steps, root, defer }) => {
  const clone = join(root, 'clone');
  const app = join(root, 'app');
  await steps.run('a fresh clone of this repository (no dist/)', async () => {
    await runOrThrow('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
    if (existsSync(join(clone, 'dist'))) throw new Error('the fresh clone has a dist/ already');
    // The clone's own dev tools, as `npm ci` would install them: this checkout's, linked.
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  });
  const tarball = await steps.run('npm pack in the clone: prepare builds dist/, and the tarball carries the bin', async () => {
    const output = await npm(['pack', '--pack-destination', root, '--json'], { cwd: clone });
    const packed = (JSON.parse(output.slice(output.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>)[0]!;
    for (const file of ['dist/src/cli/index.js', 'dist/src/contract/index.js', 'dist/src/index.js', 'openapi.yaml']) {
      if (!packed.files.some((entry) => entry.path === file)) throw new Error(`the tarball lacks ${file}`);
    }
    return join(root, packed.filename);
  });
  await steps.run('npm install the tarball into an empty project, production dependencies only', async () => {
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "server-team", "private": true }\n');
    await npm(['install', '--prefix', app, '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: app });
    const present = DEV_ONLY.filter((name) => existsSync(join(app, 'node_modules', name)));
    if (present.length > 0) throw new Error(`installed with dev tools: ${present.join(', ')}`);
  });
  const cli = join(app, 'node_modules', '.bin', 'hipp-users-api');
  const specCopy = join(root, 'openapi-with-nickname.yaml');
  specWithNickname(specCopy);

  const broken = await serveVariant(
    BROKEN.find((variant) => variant.id === 'role-outside-enum'),
    { apiKey: ADMIN_KEY, restrictedApiKey: KEYS.HIPP_RESTRICTED_API_KEY },
  );
  defer(() => broken.close());
  const closing = await serveClosingOnOddEmail();
  defer(() => new Promise<void>((resolve) => closing.server.close(() => resolve())));

  for (const major of NODE_MAJORS) {
    const node: NodeBinary = await steps.run(`Node ${major}`, () => nodeBinary(major));
    // The bin's `#!/usr/bin/env node` finds this major first.
    const env = { ...process.env, PATH: `${dirname(node.path)}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1' };
    const contract = async (baseUrl: string, args: string[], extra: Record<string, string> = {}): Promise<Outcome & { reports: string }> => {
      const reports = join(root, `reports-${major}-${Math.random().toString(36).slice(2, 8)}`);
      const result = await run(cli, ['contract', baseUrl, '--report-dir', reports, ...args], { cwd: app, env: { ...env, ...extra } });
      return { ...result, reports };
    };
    const expectCode = (outcome: Outcome, code: number, what: string) => {
      if (outcome.code !== code) throw new Error(`${what}: exit ${outcome.code}, not ${code}:\n${indent(outcome.output.slice(-3000))}`);
    };
    const expectReports = (reports: string) => {
      for (const file of ['junit.xml', 'report.json', 'summary.md']) if (!existsSync(join(reports, file))) throw new Error(`no ${file} in ${reports}`);
    };

    const sandbox: Child = startChild(cli, ['sandbox', '--port', '0'], { cwd: app, env });
    defer(() => sandbox.stop());
    const url = await steps.run(`Node ${major}: hipp-users-api sandbox serves; create, then get reads back`, async () => {
      const deadline = Date.now() + 15_000;
      let found: string | undefined;
      while (!found && Date.now() < deadline) {
        found = /Sandbox: +(http:\/\/127\.0\.0\.1:\d+\/api)/.exec(sandbox.output())?.[1];
        if (!found) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (!found) throw new Error(`the sandbox printed no address:\n${sandbox.output()}`);
      const auth = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };
      const created = await fetch(`${found}/v1/users`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ firstName: 'Cli', lastName: 'Check', role: 'CLINICIAN' }),
      });
      const { user } = (await created.json()) as { user: { publicId: string } };
      const read = await fetch(`${found}/v1/users/${user.publicId}`, { headers: auth });
      const back = (await read.json()) as { publicId: string; role: string };
      if (created.status !== 200 || read.status !== 200 || back.publicId !== user.publicId || back.role !== 'CLINICIAN') {
        throw new Error(`create answered ${created.status}, get ${read.status}`);
      }
      return found;
    });
    const posts = () =>
      sandbox
        .output()
        .split('\n')
        .filter((line) => /^\s+sandbox\s+POST\s/.test(line)).length;

    await steps.run(`Node ${major}: contract --help answers, naming the key variables and no key flag`, async () => {
      const started = performance.now();
      const help = await run(cli, ['contract', '--help'], { cwd: app, env });
      expectCode(help, 0, 'contract --help');
      if (!help.output.includes('HIPP_API_KEY') || help.output.includes('--api-key')) throw new Error('the help does not say keys come from the environment');
      console.log(`      contract --help took ${Math.round(performance.now() - started)} ms`);
    });
    await steps.run(`Node ${major}: contract against the sandbox, read-only: exit 0, no POST sent`, async () => {
      const before = posts();
      const outcome = await contract(url, [], KEYS);
      expectCode(outcome, 0, 'read-only');
      if (posts() !== before) throw new Error(`the read-only run sent ${posts() - before} POST(s)`);
      expectReports(outcome.reports);
    });
    await steps.run(`Node ${major}: contract against the sandbox with --writes: exit 0`, async () => {
      const outcome = await contract(url, ['--writes'], KEYS);
      expectCode(outcome, 0, 'writes');
      if (posts() === 0) throw new Error('the write run sent no POST');
    });
    await steps.run(`Node ${major}: with HIPP_OTHER_ORG_API_KEY=sandbox-other-org-key, tenant_isolation passes, read-only and with writes`, async () => {
      for (const args of [['--user-ids', 'usr_1234567890_abc123def'], ['--writes']]) {
        const outcome = await contract(url, args, { ...KEYS, HIPP_OTHER_ORG_API_KEY: 'sandbox-other-org-key' });
        expectCode(outcome, 0, `other org ${args.join(' ')}`);
        const report = JSON.parse(readFileSync(join(outcome.reports, 'report.json'), 'utf8')) as { results: Array<{ checkId: string; outcome: string }> };
        if (!report.results.some((cell) => cell.checkId === 'tenant_isolation' && cell.outcome === 'passed'))
          throw new Error('tenant_isolation judged nothing');
      }
    });
    await steps.run(`Node ${major}: --spec with a copy that adds a required field: exit 1, naming it`, async () => {
      const outcome = await contract(url, ['--spec', specCopy, '--user-ids', 'usr_1234567890_abc123def'], KEYS);
      expectCode(outcome, 1, '--spec copy');
      if (!outcome.output.includes('response/body/nickname')) throw new Error(`the run did not name nickname:\n${indent(outcome.output.slice(-2000))}`);
    });
    await steps.run(`Node ${major}: contract against a broken server: exit 1, reports written`, async () => {
      const outcome = await contract(broken.url, ['--writes'], { HIPP_API_KEY: ADMIN_KEY });
      expectCode(outcome, 1, 'broken server');
      expectReports(outcome.reports);
    });
    await steps.run(`Node ${major}: contract against a server that closes the connection: exit 1, reports written`, async () => {
      const outcome = await contract(closing.url, ['--writes'], { HIPP_API_KEY: ADMIN_KEY });
      expectCode(outcome, 1, 'closing server');
      expectReports(outcome.reports);
      const report = readFileSync(join(outcome.reports, 'report.json'), 'utf8');
      if (!report.includes('the connection was closed before an answer')) throw new Error('report.json names no closed connection');
    });
    await steps.run(`Node ${major}: contract against nothing: exit 2, one line`, async () => {
      const outcome = await contract(`http://127.0.0.1:${await freePort()}/api`, [], KEYS);
      expectCode(outcome, 2, 'nothing there');
      if (outcome.output.trim().split('\n').length !== 1 || /\n\s+at /.test(outcome.output)) throw new Error(`not one line:\n${outcome.output}`);
    });
    await steps.run(`Node ${major}: a key as an argument is refused before any request: exit 2`, async () => {
      const outcome = await contract(url, ['--api-key', 'should-not-be-here'], KEYS);
      expectCode(outcome, 2, '--api-key');
      if (outcome.output.includes('should-not-be-here')) throw new Error('the refusal echoes the key');
    });
    await steps.run(`Node ${major}: hipp-users-api sandbox stops on SIGTERM, exit 143`, async () => {
      await sandbox.stop();
      if (sandbox.process.exitCode !== 143 || !sandbox.output().includes('sandbox stopped')) {
        throw new Error(`exit ${String(sandbox.process.exitCode)} (signal ${String(sandbox.process.signalCode)}):\n${indent(sandbox.output().slice(-1000))}`);
      }
    });
  }
});
