// npm run bench: the cost per request of each layer between a caller and fetch, against a keep-alive
// server in a child process. Prints the medians and paired ratios, each with a bootstrap 95 % interval,
// and writes them to BENCHMARKS.md (`npm run bench -- --no-write` only prints). `-- --node 22` measures
// on another Node major (fetched as test:portability does). BENCH_ROUNDS, BENCH_BATCH, BENCH_WARMUP and
// BENCH_SEED change the run (defaults in lib/bench/client.ts); BENCH_CPU_PROF=<dir> also writes a V8 CPU
// profile of the measuring process there.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BenchOutput } from './lib/bench/client.js';
import { seededRandom } from '../src/contract/cases/random.js';
import { median, pairedRatio, RESAMPLES, verdict, type Interval } from './lib/bench/stats.js';
import { machine, writeSection } from './lib/bench/benchmarks-md.js';
import { cacheDir, ROOT } from './lib/paths.js';
import { nodeBinary } from './lib/tools/node-binaries.js';
import { startChild, stopAllChildren } from './lib/processes/children.js';
import { freePort, waitUntilAnswering } from './lib/processes/ports.js';
import { run } from './lib/processes/run.js';
import { onShutdown } from './lib/processes/shutdown.js';

const GOAL_CLIENT = 1.15;
/** No slower than the fastest peer. */
const GOAL_PEER = 1;
const GOAL_VALIDATION = 1.05;
/** Inside node_modules, so the bundle's bare imports (openapi-fetch, ajv-formats) resolve to ours. */
const OUT_DIR = cacheDir('hipp-bench');
const USAGE = 'usage: npm run bench [-- [--no-write] [--node <major>]]';

/** `--no-write` and `--node <major>`; anything else is refused rather than ignored. */
function parseArgs(args: string[]): { write: boolean; major: number } {
  let write = true;
  let major = Number(process.versions.node.split('.')[0]);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--no-write') write = false;
    else if (args[i] === '--node') {
      const value = args[++i];
      if (value === undefined || !/^\d+$/.test(value))
        throw new Error(`--node needs a Node major version, as in --node 22${value === undefined ? '' : `, not ${value}`}\n${USAGE}`);
      major = Number(value);
    } else throw new Error(`unknown argument ${args[i]!}\n${USAGE}`);
  }
  return { write, major };
}

/** The measuring script as plain ESM, with src/validate.ts left a separate chunk behind a real import(). */
async function bundleClient(): Promise<string> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints: [join(ROOT, 'scripts', 'lib', 'bench', 'client.ts')],
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return join(OUT_DIR, 'client.mjs');
}

const times = (value: number) => `${value.toFixed(3)}×`;
const withInterval = ({ estimate, low, high }: Interval) => `${times(estimate)} (${low.toFixed(3)}–${high.toFixed(3)})`;
const percent = (ratio: number) => `${ratio >= 1 ? '+' : '−'}${Math.abs((ratio - 1) * 100).toFixed(1)} %`;
const judged = (interval: Interval, goal: number) => {
  const result = verdict(interval, goal);
  const why = { met: 'the whole interval is within it', 'not met': 'the whole interval is above it', inconclusive: 'the interval straddles it' }[result];
  return `${result === 'met' ? 'met' : `**${result}**`} (${why})`;
};

/** The exact version package.json pins a peer at (the bench's devDependencies). */
function pinnedVersion(name: string): string {
  const { devDependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  return devDependencies[name] ?? '(not pinned)';
}

function report({ settings, results, isolated }: BenchOutput, seconds: number, nodeVersion: string): string {
  // The same seed for every interval: each is redone exactly by a rerun on the same samples.
  const ratio = (numerator: number[], denominator: number[]) => pairedRatio(numerator, denominator, seededRandom(settings.seed).next);
  const variants = results.filter((result) => !result.control);
  const row = (name: string) => results.find((candidate) => candidate.name === name)!;
  const raw = row('fetch').samples;
  const client = row('hipp.users.get').samples;
  const rows = variants.map((result) => ({
    ...result,
    name: result.npm ? `${result.name} ${pinnedVersion(result.npm)}` : result.name,
    medianUs: median(result.samples),
    toFetch: ratio(result.samples, raw),
    // hipp.users.get ÷ this variant, round by round: below 1× the client was faster.
    clientOver: ratio(client, result.samples),
  }));
  const peers = rows.filter((item) => item.kind === 'peer');
  const fastest = peers.reduce((best, item) => (item.toFetch.estimate < best.toFetch.estimate ? item : best), peers[0]!);
  const toFetch = rows.find((item) => item.name === 'hipp.users.get')!.toFetch;
  const validation = ratio(row('users.get validated').samples, client);
  const control = results.find((result) => result.control);
  const twin = control && ratio(control.samples, client);
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine(nodeVersion)}.`,
    `${settings.rounds} rounds; in each, every variant sends a batch of ${settings.batch} GETs, in an order shuffled each round (seed ${settings.seed}), after ${settings.warmup} warm-up requests each; ${seconds.toFixed(0)} s in all.`,
    `Ratios are medians over rounds of a variant's sample divided by another's in the same round; in brackets, a 95 % bootstrap interval (${RESAMPLES} resamples of the rounds, same seed).`,
    '',
    '| variant | kind | median µs/request | ratio to fetch | `hipp.users.get` ÷ this | set up with |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...rows.map(
      (item) =>
        `| ${item.name} | ${item.kind} | ${item.medianUs.toFixed(1)} | ${item.name === 'fetch' ? times(1) : withInterval(item.toFetch)} | ${item.name === 'hipp.users.get' ? '' : withInterval(item.clientOver)} | ${item.adds} |`,
    ),
    '',
    `- Client (\`hipp.users.get\`) ÷ raw fetch: **${times(toFetch.estimate)}** (${toFetch.low.toFixed(3)}–${toFetch.high.toFixed(3)}); goal ≤ ${GOAL_CLIENT.toFixed(2)}×: ${judged(toFetch, GOAL_CLIENT)}.`,
    `- Client ÷ the fastest peer (${fastest.name}, the lowest median ratio to fetch among the peers): **${times(fastest.clientOver.estimate)}** (${fastest.clientOver.low.toFixed(3)}–${fastest.clientOver.high.toFixed(3)}); goal ≤ ${GOAL_PEER.toFixed(2)}×: ${judged(fastest.clientOver, GOAL_PEER)}.`,
    `- Validation on ÷ off (\`users.get validated\` ÷ \`hipp.users.get\`): **${times(validation.estimate)}** (${percent(validation.estimate)}; ${percent(validation.low)} to ${percent(validation.high)}); goal ≤ ${GOAL_VALIDATION.toFixed(2)}×: ${judged(validation, GOAL_VALIDATION)}.`,
    ...(twin
      ? [
          `- Control: a second \`hipp.users.get\` client, the same code, measured in the same rounds, ÷ the first: ${withInterval(twin)}. A ratio as far from 1× as this can be the bench's own bias between two variants (their JIT and allocation state), not a cost.`,
        ]
      : []),
    `- Validation in isolation (the answer check alone on a buffered 200 body, no network; ${settings.rounds} rounds of ${settings.batch * 25} calls each way): ${median(isolated.off).toFixed(2)} µs off, ${median(isolated.on).toFixed(2)} µs on, so validation costs **${(median(isolated.on) - median(isolated.off)).toFixed(2)} µs** a response, ${((100 * (median(isolated.on) - median(isolated.off))) / median(raw)).toFixed(2)} % of a raw fetch request here.`,
    "- The µs column is each variant's own median, unpaired: quotients of it can differ from the paired ratios, which are what the goals are judged on.",
  ].join('\n');
}

async function main(): Promise<void> {
  const { write, major } = parseArgs(process.argv.slice(2));
  onShutdown(stopAllChildren);
  const node = await nodeBinary(major);
  const script = await bundleClient();
  const port = await freePort();
  const server = startChild(process.execPath, ['--import', 'tsx', 'scripts/lib/bench/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_PORT: String(port) },
  });
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitUntilAnswering(`${baseUrl}/v1/users/ready`, server);
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
    const started = performance.now();
    const measured = await run(node.path, [...profile, script], { cwd: ROOT, env: { ...process.env, BENCH_URL: baseUrl } });
    const seconds = (performance.now() - started) / 1000;
    const line = measured.output.split('\n').find((text) => text.startsWith('{"settings"'));
    if (measured.code !== 0 || !line) throw new Error(`the measuring process failed (${measured.code}):\n${measured.output}`);
    const markdown = report(JSON.parse(line) as BenchOutput, seconds, node.version);
    console.log(markdown);
    if (write) {
      writeSection('bench', markdown);
      console.log('\nbench: wrote BENCHMARKS.md');
    }
  } finally {
    await server.stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
