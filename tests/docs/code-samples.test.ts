// Every x-codeSamples entry of openapi.yaml works as pasted: each curl line is run by bash and real curl, each
// TypeScript snippet is typechecked against the package's types and run by node with tsx, unedited, against every
// local server, with HIPP_BASE_URL and HIPP_API_KEY exported as the docs say. Each must get the operation's
// documented success status. With HIPP_BASE_URL unset, each goes to the spec's first server (production): curl is
// shown that URL and never called, and the TypeScript runner refuses any host but 127.0.0.1. The Prism mock keeps
// nothing, so one serves the whole file; each group gets a fresh sandbox.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSpecSchema, createSpecAjv } from '../../src/spec/ajv.js';
import { ROOT, specPath } from '../../scripts/lib/paths.js';
import { PACKAGE_NAME, productionServer, sampleRequests, type SampleRequest } from '../../scripts/lib/generate/code-samples.js';
import { run } from '../../scripts/lib/processes/run.js';
import { responseEntries } from '../../src/spec/document.js';
import { loadSpec } from '../../src/spec/load.js';
import { typecheck } from '../../scripts/lib/tools/typecheck.js';
import { LOCAL_SERVERS, MOCK, SANDBOX, type LocalServer, type RunningLocalServer } from '../support/local-servers.js';
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
const requests = sampleRequests(spec);

const samples: Sample[] = responseEntries(spec)
  .filter((entry) => /^2\d\d$/.test(entry.status))
  .flatMap((entry) => {
    const operation = spec.paths[entry.path]![entry.method]! as { 'x-codeSamples'?: Array<{ lang: string; label: string; source: string }> };
    return (operation['x-codeSamples'] ?? []).map((sample) => ({ ...sample, operationId: entry.operationId, status: Number(entry.status) }));
  });
const curlSamples = samples.filter((sample) => sample.label === 'curl');
const tsSamples = samples.filter((sample) => sample.lang === 'TypeScript');

function requestOf(operationId: string): SampleRequest {
  return requests.find((request) => request.operationId === operationId)!;
}

function sampleOf(list: Sample[], operationId: string): Sample {
  return list.find((sample) => sample.operationId === operationId)!;
}

/** What a user exports before pasting a sample: HIPP_API_KEY, and HIPP_BASE_URL (unset: production). */
type SampleEnv = Record<string, string>;

function exportedFor(server: RunningLocalServer, baseUrl = server.baseUrl): SampleEnv {
  return { HIPP_BASE_URL: baseUrl, HIPP_API_KEY: server.apiKey };
}

/** A shell that exported `env` (and PATH, nothing else) runs the pasted `source` after `prelude`. */
function shell(prelude: string, source: string, env: SampleEnv) {
  return run('bash', ['-c', `${prelude}\n${source}`], { env: { PATH: process.env.PATH, ...env }, timeout: 60_000 });
}

/** Runs a curl sample as pasted; curl's exit code and output, and the status and parsed body it got. */
async function runCurl(source: string, env: SampleEnv): Promise<{ code: number; output: string; status: number; body: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-curl-sample-'));
  try {
    const bodyFile = join(dir, 'body');
    // Wrapped so the sample stays as written: its body goes to a file, its status to stdout, and
    // `--proto =http` makes sure nothing but plain-HTTP loopback can be reached.
    const wrapper = `curl() { command curl --silent --show-error --max-time 30 --proto =http --output "$BODY_FILE" --write-out '%{http_code}' "$@"; }`;
    const result = await shell(wrapper, source, { ...env, BODY_FILE: bodyFile });
    const text = result.code === 0 ? readFileSync(bodyFile, 'utf8') : '';
    return { ...result, status: Number(result.output.trim()), body: text ? JSON.parse(text) : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a curl sample that must get an answer; the status and the parsed body. */
async function curlExchange(source: string, env: SampleEnv): Promise<{ status: number; body: unknown }> {
  const result = await runCurl(source, env);
  expect(result.code, result.output).toBe(0);
  return result;
}

/** The arguments a pasted curl sample hands to curl, which is never called: nothing is sent. */
async function curlArguments(source: string, env: SampleEnv): Promise<string[]> {
  const result = await shell(`curl() { printf '%s\\0' "$@"; }`, source, env);
  expect(result.code, result.output).toBe(0);
  return result.output.split('\0').slice(0, -1);
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
    const create = sampleOf(tsSamples, 'createUser');
    writeFileSync(join(project, 'wrong.ts'), create.source.replace("firstName: 'John'", 'firstName: 42'));

    const result = await typecheck(project);

    expect(result.errors.filter((line) => !line.startsWith('wrong.ts'))).toEqual([]);
    expect(result.errors.join('\n')).toMatch(/^wrong\.ts:\d+:\d+ error TS2322/m);
  });
});

let runs = 0;

/** Runs a TypeScript sample as pasted into a user's script, with `env` exported; its exit code and what it printed. */
async function runTs(source: string, env: SampleEnv) {
  const file = join(project, `run-${++runs}.ts`);
  writeFileSync(file, source);
  try {
    return await runner!.run(file, env);
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
        const { status, body } = await curlExchange(sample.source, exportedFor(server()));
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
      const result = await runTs(sample.source, exportedFor(server()));
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/\busr_\w+/);
    });
  });
});

describe('with the base URL a newcomer might guess for the mock (README: the mock serves no /api)', () => {
  const server = serverForGroup(MOCK);

  it('a curl sample gets 404, not its success status', async () => {
    const { status } = await curlExchange(sampleOf(curlSamples, 'getUserById').source, exportedFor(server(), `${server().baseUrl}/api`));
    expect(status).toBe(404);
  });

  it("a TypeScript sample fails with the client's NotFoundError", async () => {
    const result = await runTs(sampleOf(tsSamples, 'getUserById').source, exportedFor(server(), `${server().baseUrl}/api`));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('NotFoundError');
  });
});

describe('copied unedited, with HIPP_BASE_URL and HIPP_API_KEY exported for the sandbox (npm run sandbox)', () => {
  const created = requestOf('createUser').body as { firstName: string; lastName: string; role: string };
  const exampleId = requestOf('getUserById').pathParameters.publicId!;

  describe('in a shell', () => {
    const server = serverForGroup(SANDBOX);

    it('the curl create sample creates a user, and the curl get sample, given its id, reads that user back', async () => {
      const create = await curlExchange(sampleOf(curlSamples, 'createUser').source, exportedFor(server()));
      expect(create.status).toBe(200);
      const { publicId } = (create.body as { user: { publicId: string } }).user;
      // A new user, not the docs' example user the sandbox starts with.
      expect(publicId).not.toBe(exampleId);

      const get = sampleOf(curlSamples, 'getUserById').source;
      expect(get).toContain(exampleId);
      const read = await curlExchange(get.replaceAll(exampleId, publicId), exportedFor(server()));
      expect(read.status).toBe(200);
      const { firstName, lastName, role } = created;
      expect(read.body).toMatchObject({ publicId, firstName, lastName, role });
    });
  });

  describe('in a TypeScript script', () => {
    const server = serverForGroup(SANDBOX);

    it('the create snippet creates a user, and the get snippet, given its id, reads that user back', async () => {
      const create = await runTs(sampleOf(tsSamples, 'createUser').source, exportedFor(server()));
      expect(create.code, create.output).toBe(0);
      const publicId = /\busr_\w+/.exec(create.output)![0];
      expect(publicId).not.toBe(exampleId);

      const get = sampleOf(tsSamples, 'getUserById').source;
      expect(get).toContain(exampleId);
      const read = await runTs(get.replaceAll(exampleId, publicId), exportedFor(server()));
      expect(read.code, read.output).toBe(0);
      // The get snippet prints the user's publicId and role.
      expect(read.output.trim()).toBe(`${publicId} ${created.role}`);
    });
  });
});

describe("with HIPP_BASE_URL unset: production, the first of the spec's servers", () => {
  it.each(curlSamples.map((sample) => [sample.operationId, sample] as const))('the %s curl sample hands curl its production URL', async (_id, sample) => {
    const args = await curlArguments(sample.source, { HIPP_API_KEY: 'test-key' });
    expect(args).toContain(`${PRODUCTION}${requestOf(sample.operationId).path}`);
  });

  // Create's POST is sent once; a GET would retry the refused request with backoff, for nothing.
  it('the createUser TypeScript snippet sends its request to production (which the runner refuses)', async () => {
    const result = await runTs(sampleOf(tsSamples, 'createUser').source, { HIPP_API_KEY: 'test-key' });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`the sample runner refuses ${PRODUCTION}${requestOf('createUser').path}`);
  });
});

describe('with HIPP_BASE_URL set but empty: an error, never production', () => {
  it('a curl sample stops on its URL, which has no host (curl exit code 3)', async () => {
    const result = await runCurl(sampleOf(curlSamples, 'getUserById').source, { HIPP_BASE_URL: '', HIPP_API_KEY: 'test-key' });
    expect(result.code, result.output).toBe(3);
  });

  it('a TypeScript snippet is refused by the client', async () => {
    const result = await runTs(sampleOf(tsSamples, 'getUserById').source, { HIPP_BASE_URL: '', HIPP_API_KEY: 'test-key' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('baseUrl must be an absolute URL');
  });
});
