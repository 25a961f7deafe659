// The measuring side of `npm run bench`. scripts/bench.ts bundles it with esbuild and runs it on plain
// node, never under tsx: tsx's loader hooks add ~250 µs to every dynamic import(), which the client does
// per validated response. Every variant runs in the same rounds, in an order shuffled anew each round
// (seeded, so a run can be redone), so machine noise and any effect of the variant before hit them all
// alike. Prints one JSON line: the settings it ran with and the samples.
import axios from 'axios';
import axiosRetry from 'axios-retry';
import ky from 'ky';
import { ofetch } from 'ofetch';
import OpenAI from 'openai';
import createClient from 'openapi-fetch';
import type { paths } from '../../../generated/openapi.js';
import { createHippClient } from '../../../src/client.js';
import { settle } from '../../../src/internal/answer.js';
import { validators } from '../../../src/internal/validators.js';
import { seededRandom } from '../../../src/contract/cases/random.js';

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
  kind: VariantKind;
  npm?: string;
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

/** What a variant is, for the table: a baseline, one of the peers the client is compared with, or ours. */
export type VariantKind = 'baseline' | 'peer' | 'ours';

interface Variant {
  name: string;
  kind: VariantKind;
  /** How it is set up. */
  adds: string;
  /** A peer's npm package, whose pinned version bench.ts reports. */
  npm?: string;
  call: () => Promise<unknown>;
  control?: boolean;
}

/** Every client with the same retries and time limit as ours by default: two retries, 30 s per attempt. */
const RETRIES = 2;
const TIMEOUT_MS = 30_000;

function variants(): Variant[] {
  const url = `${baseUrl}/v1/users/${PUBLIC_ID}`;
  const headers = { authorization: `Bearer ${API_KEY}` };
  const bare = createClient<paths>({ baseUrl, headers });
  const hipp = createHippClient({ apiKey: API_KEY, baseUrl });
  const validating = createHippClient({ apiKey: API_KEY, baseUrl, validateResponses: true });
  const twin = createHippClient({ apiKey: API_KEY, baseUrl });
  const kyClient = ky.create({ prefixUrl: baseUrl, headers, retry: RETRIES, timeout: TIMEOUT_MS });
  const ofetchClient = ofetch.create({ baseURL: baseUrl, headers, retry: RETRIES, timeout: TIMEOUT_MS });
  const axiosClient = axios.create({ baseURL: baseUrl, headers, timeout: TIMEOUT_MS });
  axiosRetry(axiosClient, { retries: RETRIES });
  const openai = new OpenAI({ apiKey: API_KEY, baseURL: baseUrl, maxRetries: RETRIES, timeout: TIMEOUT_MS });
  const path = `/v1/users/${PUBLIC_ID}`;
  const params = { params: { path: { publicId: PUBLIC_ID } } };
  const data = async (promise: Promise<{ data?: unknown; error?: unknown }>) => {
    const result = await promise;
    if (result.data === undefined) throw new Error(`no data: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  return [
    {
      name: 'fetch',
      kind: 'baseline',
      adds: 'raw `fetch` + `response.json()`, no timeout, no retries',
      call: async (): Promise<unknown> => (await fetch(url, { headers })).json(),
    },
    {
      name: 'fetch + timer',
      kind: 'baseline',
      adds: 'raw `fetch` with an `AbortController` and a `setTimeout` per request: the floor of any client with a time limit',
      call: async (): Promise<unknown> => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
        try {
          return await (await fetch(url, { headers, signal: controller.signal })).json();
        } finally {
          clearTimeout(timer);
        }
      },
    },
    {
      name: 'openapi-fetch',
      kind: 'baseline',
      adds: 'bare `createClient<paths>().GET`, no timeout, no retries',
      call: () => data(bare.GET('/v1/users/{publicId}', params)),
    },
    { name: 'ofetch', kind: 'peer', npm: 'ofetch', adds: '`ofetch.create({ retry: 2, timeout: 30000 })`', call: () => ofetchClient(path) },
    { name: 'ky', kind: 'peer', npm: 'ky', adds: '`ky.create({ retry: 2, timeout: 30000 })`, `.json()`', call: () => kyClient.get(path.slice(1)).json() },
    {
      name: 'axios',
      kind: 'peer',
      npm: 'axios',
      adds: '`axios.create({ timeout: 30000 })` + axios-retry `{ retries: 2 }` (Node http adapter)',
      call: async (): Promise<unknown> => (await axiosClient.get<unknown>(path)).data,
    },
    {
      name: 'openai-node',
      kind: 'peer',
      npm: 'openai',
      adds: "`new OpenAI({ maxRetries: 2, timeout: 30000 }).get(path)`: the SDK's core request path",
      call: () => openai.get(path),
    },
    {
      name: 'hipp.api',
      kind: 'ours',
      adds: 'openapi-fetch on our transport, with the response check',
      call: () => data(hipp.api.GET('/v1/users/{publicId}', params)),
    },
    { name: 'hipp.users.get', kind: 'ours', adds: 'the resource: the operation table, one transport, one answer check', call: () => hipp.users.get(PUBLIC_ID) },
    { name: 'users.get validated', kind: 'ours', adds: '`validateResponses: true`', call: () => validating.users.get(PUBLIC_ID) },
    {
      name: 'hipp.users.get, a second client',
      kind: 'ours',
      adds: 'nothing: the same code as `hipp.users.get`',
      call: () => twin.users.get(PUBLIC_ID),
      control: true,
    },
  ];
}

async function measure(all: Variant[]): Promise<BenchResult[]> {
  for (const variant of all) for (let i = 0; i < settings.warmup; i++) await variant.call();
  const random = seededRandom(settings.seed);
  const samples = all.map(() => [] as number[]);
  const indices = all.map((_, index) => index);
  for (let round = 0; round < settings.rounds; round++) {
    for (const index of random.shuffle(indices)) {
      const { call } = all[index]!;
      const started = performance.now();
      for (let i = 0; i < settings.batch; i++) await call();
      samples[index]!.push(((performance.now() - started) * 1000) / settings.batch);
    }
  }
  return all.map(({ name, kind, adds, npm, control }, index) => ({
    name,
    kind,
    adds,
    samples: samples[index]!,
    ...(npm ? { npm } : {}),
    ...(control ? { control } : {}),
  }));
}

/**
 * The answer check alone (decode, parse, the object rule, the validator), with no network in the way,
 * on a 200 body as the transport leaves it: what validation costs per response, at a resolution the
 * end-to-end rounds cannot reach.
 */
async function isolatedCheck(): Promise<BenchOutput['isolated']> {
  const body = await (await fetch(`${baseUrl}/v1/users/${PUBLIC_ID}`)).arrayBuffer();
  const response = new Response(null, { status: 200, headers: { 'content-type': 'application/json' } });
  const loaded = await validators();
  const redact = (text: string) => text;
  const once = (setting: 'off' | 'on') => settle('getUserById', response, body, redact, setting === 'on' ? loaded : undefined, []);
  const calls = settings.batch * 25;
  const random = seededRandom(settings.seed + 1);
  const isolated = { off: [] as number[], on: [] as number[] };
  for (let i = 0; i < calls; i++) {
    once('off');
    once('on');
  }
  for (let round = 0; round < settings.rounds; round++) {
    for (const setting of random.shuffle(['off', 'on'] as const)) {
      const started = performance.now();
      for (let i = 0; i < calls; i++) once(setting);
      isolated[setting].push(((performance.now() - started) * 1000) / calls);
    }
  }
  return isolated;
}

const output: BenchOutput = { settings, results: await measure(variants()), isolated: await isolatedCheck() };
console.log(JSON.stringify(output));
