// The measuring side of `npm run bench`. scripts/bench.ts bundles it with esbuild and runs it on plain
// node, never under tsx: tsx's loader hooks add ~250 µs to every dynamic import(), which the client does
// per validated response. Every variant runs in the same rounds, in an order shuffled anew each round
// (seeded, so a run can be redone), so machine noise and any effect of the variant before hit them all
// alike. Prints one JSON line: the settings it ran with and the samples.
import createClient from 'openapi-fetch';
import type { paths } from '../../../generated/openapi.js';
import { createHippClient, createTransportedApi } from '../../../src/client.js';
import { rememberBody } from '../../../src/internal/buffered-body.js';
import { responseCheck } from '../../../src/internal/response-check.js';
import { seededRandom, shuffled } from './stats.js';

export interface BenchSettings {
  rounds: number;
  /** Sequential requests per variant per round; one sample is their mean. */
  batch: number;
  /** Requests per variant before the first round. */
  warmup: number;
  /** Seeds the order of each round here, and the bootstrap in bench.ts. */
  seed: number;
}

export interface BenchResult {
  name: string;
  /** What this variant adds to the one before it. */
  adds: string;
  /** Mean µs per request of each round's batch, in round order. */
  samples: number[];
  /** Not a layer: a second copy of another variant, to show how far identical code measures apart. */
  control?: boolean;
}

export interface BenchOutput {
  settings: BenchSettings;
  results: BenchResult[];
  /** µs per response of the response check alone, validation off and on, one sample a round. */
  isolated: { off: number[]; on: number[] };
}

const baseUrl = process.env.BENCH_URL ?? '';
if (baseUrl === '') throw new Error('the bench client needs BENCH_URL');

/** The one place the defaults live; bench.ts reports what this printed. */
function setting(name: string, fallback: number): number {
  const text = process.env[name];
  const value = text === undefined || text === '' ? fallback : Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0, not ${String(text)}`);
  return value;
}
const settings: BenchSettings = {
  rounds: setting('BENCH_ROUNDS', 200),
  batch: setting('BENCH_BATCH', 20),
  warmup: setting('BENCH_WARMUP', 500),
  seed: setting('BENCH_SEED', 20_261_122),
};

const API_KEY = 'bench-key';
const PUBLIC_ID = 'usr_bench_01';

interface Variant {
  name: string;
  adds: string;
  call: () => Promise<unknown>;
  control?: boolean;
}

function variants(): Variant[] {
  const url = `${baseUrl}/v1/users/${PUBLIC_ID}`;
  const headers = { authorization: `Bearer ${API_KEY}` };
  const bare = createClient<paths>({ baseUrl, headers });
  // openapi-fetch on the client's transport without its response check, built by the client's own code.
  const onTransport = createTransportedApi({ apiKey: API_KEY, baseUrl }).api;
  const hipp = createHippClient({ apiKey: API_KEY, baseUrl });
  const validating = createHippClient({ apiKey: API_KEY, baseUrl, validateResponses: true });
  const twin = createHippClient({ apiKey: API_KEY, baseUrl });
  const params = { params: { path: { publicId: PUBLIC_ID } } };
  const data = async (promise: Promise<{ data?: unknown; error?: unknown }>) => {
    const result = await promise;
    if (result.data === undefined) throw new Error(`no data: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  return [
    { name: 'fetch', adds: 'raw `fetch` + `response.json()`', call: async (): Promise<unknown> => (await fetch(url, { headers })).json() },
    { name: 'openapi-fetch', adds: 'bare `createClient<paths>().GET`', call: () => data(bare.GET('/v1/users/{publicId}', params)) },
    {
      name: '+ transport',
      adds: 'our transport as its fetch: key header, timer, abort wiring, a copy of the Request, body buffered into a new Response',
      call: () => data(onTransport.GET('/v1/users/{publicId}', params)),
    },
    {
      name: 'hipp.api',
      adds: 'the response-check middleware: decode of the buffered bytes and `JSON.parse` of every 2xx',
      call: () => data(hipp.api.GET('/v1/users/{publicId}', params)),
    },
    { name: 'hipp.users.get', adds: 'the resource: options check, a transport per call, unwrap', call: () => hipp.users.get(PUBLIC_ID) },
    { name: 'users.get validated', adds: '`validateResponses: true`: the validator (its `import()` is memoized)', call: () => validating.users.get(PUBLIC_ID) },
    { name: 'hipp.users.get, a second client', adds: 'nothing: the same code as `hipp.users.get`', call: () => twin.users.get(PUBLIC_ID), control: true },
  ];
}

async function measure(all: Variant[]): Promise<BenchResult[]> {
  for (const variant of all) for (let i = 0; i < settings.warmup; i++) await variant.call();
  const random = seededRandom(settings.seed);
  const samples = all.map(() => [] as number[]);
  const indices = all.map((_, index) => index);
  for (let round = 0; round < settings.rounds; round++) {
    for (const index of shuffled(indices, random)) {
      const { call } = all[index]!;
      const started = performance.now();
      for (let i = 0; i < settings.batch; i++) await call();
      samples[index]!.push(((performance.now() - started) * 1000) / settings.batch);
    }
  }
  return all.map(({ name, adds, control }, index) => ({ name, adds, samples: samples[index]!, ...(control ? { control } : {}) }));
}

/**
 * The response check alone, with no network in the way, on a 200 body as the transport leaves it:
 * what validation costs per response, at a resolution the end-to-end rounds cannot reach.
 */
async function isolatedCheck(): Promise<BenchOutput['isolated']> {
  const body = new TextEncoder().encode(await (await fetch(`${baseUrl}/v1/users/${PUBLIC_ID}`)).text()).buffer;
  const request = new Request(`${baseUrl}/v1/users/${PUBLIC_ID}`);
  const checks = {
    off: responseCheck({ validateResponses: false, redact: (text) => text }),
    on: responseCheck({ validateResponses: true, redact: (text) => text }),
  };
  const once = async (setting: 'off' | 'on') => {
    const response = new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    rememberBody(response, body);
    const context = { request, response, schemaPath: '/v1/users/{publicId}', options: { parseAs: 'json' } };
    await checks[setting].onResponse!(context as unknown as Parameters<NonNullable<(typeof checks)['on']['onResponse']>>[0]);
  };
  const calls = settings.batch * 25;
  const random = seededRandom(settings.seed + 1);
  const isolated = { off: [] as number[], on: [] as number[] };
  for (let i = 0; i < calls; i++) await Promise.all([once('off'), once('on')]);
  for (let round = 0; round < settings.rounds; round++) {
    for (const setting of shuffled(['off', 'on'] as const, random)) {
      const started = performance.now();
      for (let i = 0; i < calls; i++) await once(setting);
      isolated[setting].push(((performance.now() - started) * 1000) / calls);
    }
  }
  return isolated;
}

const output: BenchOutput = { settings, results: await measure(variants()), isolated: await isolatedCheck() };
console.log(JSON.stringify(output));
