// Every x-codeSamples entry of openapi.yaml works as pasted: each curl line is run by bash and real curl, each
// TypeScript snippet is typechecked against the package's types and run by node with tsx, against every local
// server, with only the production URL swapped for the local one. Each must get the operation's documented
// success status. The Prism mock keeps nothing, so one serves the whole file; each group gets a fresh sandbox.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSpecSchema, createSpecAjv } from '../../src/spec/ajv.js';
import { ROOT, specPath } from '../../scripts/lib/paths.js';
import { PACKAGE_NAME, productionServer } from '../../scripts/lib/generate/code-samples.js';
import { run } from '../../scripts/lib/processes/run.js';
import { responseEntries } from '../../src/spec/document.js';
import { loadSpec } from '../../src/spec/load.js';
import { typecheck } from '../../scripts/lib/tools/typecheck.js';
import { LOCAL_SERVERS, MOCK, type LocalServer, type RunningLocalServer } from '../support/local-servers.js';
import { startSampleRunner, type SampleRunner } from '../support/sample-runner/index.js';

interface Sample {
  operationId: string;
  lang: string;
  label: string;
  source: string;
  /** The documented success status. */
  status: number;
}

const spec = loadSpec(specPath());
const ajv = createSpecAjv(spec);
const PRODUCTION = productionServer(spec);

const samples: Sample[] = responseEntries(spec)
  .filter((entry) => /^2\d\d$/.test(entry.status))
  .flatMap((entry) => {
    const operation = spec.paths[entry.path]![entry.method]! as { 'x-codeSamples'?: Array<{ lang: string; label: string; source: string }> };
    return (operation['x-codeSamples'] ?? []).map((sample) => ({ ...sample, operationId: entry.operationId, status: Number(entry.status) }));
  });
const curlSamples = samples.filter((sample) => sample.label === 'curl');
const tsSamples = samples.filter((sample) => sample.lang === 'TypeScript');

/** The sample with the production URL swapped for a local server's; refuses a sample that would still go out. */
function local(sample: Sample, baseUrl: string): string {
  expect(sample.source, `${sample.operationId} ${sample.label} sample targets ${PRODUCTION}`).toContain(PRODUCTION);
  const swapped = sample.source.replaceAll(PRODUCTION, baseUrl);
  expect(swapped).not.toMatch(/https:\/\//);
  return swapped;
}

/** Runs a curl sample as a user's shell would, with HIPP_API_KEY set; returns the status and the parsed body. */
async function runCurl(source: string, apiKey: string): Promise<{ status: number; body: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-curl-sample-'));
  try {
    const bodyFile = join(dir, 'body');
    // Wrapped so the sample stays as written: its body goes to a file, its status to stdout, and
    // `--proto =http` makes sure nothing but plain-HTTP loopback can be reached.
    const wrapper = `curl() { command curl --silent --show-error --max-time 30 --proto =http --output "$BODY_FILE" --write-out '%{http_code}' "$@"; }`;
    const result = await run('bash', ['-c', `${wrapper}\n${source}`], {
      env: { PATH: process.env.PATH, HIPP_API_KEY: apiKey, BODY_FILE: bodyFile },
      timeout: 60_000,
    });
    expect(result.code, result.output).toBe(0);
    const text = readFileSync(bodyFile, 'utf8');
    return { status: Number(result.output.trim()), body: text ? JSON.parse(text) : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function successSchema(operationId: string) {
  const entry = responseEntries(spec).find((e) => e.operationId === operationId && /^2\d\d$/.test(e.status))!;
  return compileSpecSchema(ajv, entry.schema!);
}

it('every operation carries exactly a curl sample and a TypeScript sample', () => {
  const operationIds = [...new Set(responseEntries(spec).map((entry) => entry.operationId))];
  for (const operationId of operationIds) {
    expect(
      samples.filter((sample) => sample.operationId === operationId).map((sample) => sample.label),
      operationId,
    ).toEqual(['curl', 'TypeScript']);
  }
  for (const sample of curlSamples) expect(sample.source).toContain('-H "Authorization: Bearer $HIPP_API_KEY"');
  for (const sample of tsSamples) expect(sample.source).toContain(`import { createHippClient } from '${PACKAGE_NAME}';`);
});

/** Servers that keep nothing, started once for the file (a Prism start costs seconds of CPU) and stopped after it. */
const sharedServers = new Map<LocalServer, Promise<RunningLocalServer>>();

function sharedServer(localServer: LocalServer): Promise<RunningLocalServer> {
  let server = sharedServers.get(localServer);
  if (!server) sharedServers.set(localServer, (server = localServer.start()));
  return server;
}

afterAll(async () => {
  await Promise.all([...sharedServers.values()].map(async (server) => (await server.catch(() => undefined))?.stop()));
});

/** The server the current group's tests send their requests to: fresh for the group if it keeps state, else shared. */
function serverForGroup(localServer: LocalServer): () => RunningLocalServer {
  let server: RunningLocalServer | undefined;
  beforeAll(async () => {
    server = localServer.keepsState ? await localServer.start() : await sharedServer(localServer);
  });
  afterAll(async () => {
    if (localServer.keepsState) await server?.stop();
  });
  return () => server!;
}

// The TypeScript samples as a consumer's project: `@hipp-health/users-api` resolves to the package's own source.
const project = mkdtempSync(join(tmpdir(), 'hipp-ts-samples-'));
let runner: SampleRunner | undefined;
afterAll(async () => {
  await runner?.stop();
  rmSync(project, { recursive: true, force: true });
});
beforeAll(() => {
  // Asked for now, so the mock is ready (or, with no run's mock, starting) while the samples are typechecked; its
  // failure fails the groups that use it.
  sharedServer(MOCK).catch(() => {});
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules', '@types')],
      paths: { [PACKAGE_NAME]: [join(ROOT, 'src', 'index.ts')] },
    },
    include: ['*.ts'],
  };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  runner = startSampleRunner(project);
});

function tsFile(sample: Sample): string {
  return `${sample.operationId}.ts`;
}

describe('the TypeScript samples', { timeout: 120_000 }, () => {
  it('typecheck against the package types, and a wrong call in the same project does not', async () => {
    for (const sample of tsSamples) writeFileSync(join(project, tsFile(sample)), sample.source);
    // Proof that the check bites: the create sample with a name that is a number.
    const create = tsSamples.find((sample) => sample.operationId === 'createUser')!;
    writeFileSync(join(project, 'wrong.ts'), create.source.replace("firstName: 'John'", 'firstName: 42'));

    const result = await typecheck(project);

    expect(result.errors.filter((line) => !line.startsWith('wrong.ts'))).toEqual([]);
    expect(result.errors.join('\n')).toMatch(/^wrong\.ts\(\d+,\d+\): error TS2322/m);
  });
});

let runs = 0;

/** Runs a TypeScript sample as a user's script, with HIPP_API_KEY set; its exit code and what it printed. */
async function runTs(sample: Sample, server: RunningLocalServer, baseUrl = server.baseUrl) {
  const file = join(project, `run-${sample.operationId}-${++runs}.ts`);
  writeFileSync(file, local(sample, baseUrl));
  try {
    return await runner!.run(file, { HIPP_API_KEY: server.apiKey });
  } finally {
    rmSync(file, { force: true });
  }
}

describe.each(LOCAL_SERVERS)('against $name', { timeout: 120_000 }, (localServer) => {
  describe('every curl sample, run by bash and curl', () => {
    const server = serverForGroup(localServer);

    it.each(curlSamples.map((sample) => [sample.operationId, sample] as const))(
      '%s answers with its documented success status and body',
      async (_id, sample) => {
        const { status, body } = await runCurl(local(sample, server().baseUrl), server().apiKey);
        expect(status).toBe(sample.status);
        const validate = successSchema(sample.operationId);
        expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
      },
    );
  });

  describe('every TypeScript sample, run with tsx', () => {
    const server = serverForGroup(localServer);

    // The client resolves only on a 2xx; any other status rejects, and the script exits non-zero.
    it.each(tsSamples.map((sample) => [sample.operationId, sample] as const))('%s succeeds and prints the user it got', async (_id, sample) => {
      const result = await runTs(sample, server());
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/\busr_\w+/);
    });
  });
});

describe('with the base URL a newcomer might guess for the mock (README: the mock serves no /api)', () => {
  const server = serverForGroup(MOCK);

  it('a curl sample gets 404, not its success status', async () => {
    const get = curlSamples.find((sample) => sample.operationId === 'getUserById')!;
    const { status } = await runCurl(local(get, `${server().baseUrl}/api`), server().apiKey);
    expect(status).toBe(404);
  });

  it("a TypeScript sample fails with the client's NotFoundError", async () => {
    const get = tsSamples.find((sample) => sample.operationId === 'getUserById')!;
    const result = await runTs(get, server(), `${server().baseUrl}/api`);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('NotFoundError');
  });
});
