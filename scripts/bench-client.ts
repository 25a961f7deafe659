// The measuring side of `npm run bench`. scripts/bench.ts bundles it with esbuild and runs it on plain
// node, never under tsx: tsx's loader hooks add ~250 µs to every dynamic import(), which the client does
// per validated response. Every variant runs in the same rounds, in a rotating order, so machine noise
// hits them all alike. Prints one JSON line of results.
import createClient from 'openapi-fetch';
import type { paths } from '../generated/openapi.js';
import { createHippClient } from '../src/client.js';
import { createRedactor } from '../src/internal/redact.js';
import { sleep } from '../src/internal/sleep.js';
import { createTransport } from '../src/internal/transport.js';
import { DEFAULT_BACKOFF } from '../src/retry.js';

export interface BenchResult {
  name: string;
  /** What this variant adds to the one before it. */
  adds: string;
  /** Mean µs per request of each round's batch, in round order. */
  samples: number[];
}

const baseUrl = process.env.BENCH_URL;
if (!baseUrl) throw new Error('bench-client needs BENCH_URL');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const BATCH = Number(process.env.BENCH_BATCH ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 500);

const API_KEY = 'bench-key';
const PUBLIC_ID = 'usr_bench_01';

interface Variant {
  name: string;
  adds: string;
  call: () => Promise<unknown>;
}

function variants(): Variant[] {
  const url = `${baseUrl}/v1/users/${PUBLIC_ID}`;
  const headers = { authorization: `Bearer ${API_KEY}` };
  const bare = createClient<paths>({ baseUrl, headers });
  // openapi-fetch on our transport and nothing else: tells the transport's cost from the middleware's.
  const transport = createTransport({
    apiKey: API_KEY,
    fetch: (request) => fetch(request),
    maxRetries: 2,
    redact: createRedactor(API_KEY),
    backoff: DEFAULT_BACKOFF,
    random: Math.random,
    sleep,
  });
  const onTransport = createClient<paths>({ baseUrl, fetch: transport(30_000) });
  const hipp = createHippClient({ apiKey: API_KEY, baseUrl });
  const validating = createHippClient({ apiKey: API_KEY, baseUrl, validateResponses: true });
  const params = { params: { path: { publicId: PUBLIC_ID } } };
  const data = async (promise: Promise<{ data?: unknown; error?: unknown }>) => {
    const result = await promise;
    if (result.data === undefined) throw new Error(`no data: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  return [
    { name: 'fetch', adds: 'raw `fetch` + `response.json()`', call: async () => (await fetch(url, { headers })).json() },
    { name: 'openapi-fetch', adds: 'bare `createClient<paths>().GET`', call: () => data(bare.GET('/v1/users/{publicId}', params)) },
    {
      name: '+ transport',
      adds: 'our transport as its fetch: key header, timer, abort wiring, a copy of the Request, body buffered into a new Response',
      call: () => data(onTransport.GET('/v1/users/{publicId}', params)),
    },
    { name: 'hipp.api', adds: 'the response-check middleware: decode of the buffered bytes and `JSON.parse` of every 2xx', call: () => data(hipp.api.GET('/v1/users/{publicId}', params)) },
    { name: 'hipp.users.get', adds: 'the resource: options check, a transport per call, unwrap', call: () => hipp.users.get(PUBLIC_ID) },
    { name: 'users.get validated', adds: '`validateResponses: true`: the validator (its `import()` is memoized)', call: () => validating.users.get(PUBLIC_ID) },
  ];
}

async function measure(all: Variant[]): Promise<BenchResult[]> {
  for (const variant of all) for (let i = 0; i < WARMUP; i++) await variant.call();
  const samples = all.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < all.length; k++) {
      const index = (round + k) % all.length; // rotate: no variant always runs first, or after the same one
      const { call } = all[index]!;
      const started = performance.now();
      for (let i = 0; i < BATCH; i++) await call();
      samples[index]!.push(((performance.now() - started) * 1000) / BATCH);
    }
  }
  return all.map(({ name, adds }, index) => ({ name, adds, samples: samples[index]! }));
}

console.log(JSON.stringify(await measure(variants())));
