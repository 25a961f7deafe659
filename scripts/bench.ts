// npm run bench: the cost per request of each layer between a caller and fetch, against a keep-alive
// server in a child process. Prints the medians and ratios to raw fetch and writes them to BENCHMARKS.md
// (`npm run bench -- --no-write` only prints). `-- --node 22` measures on another Node major (fetched as
// test:portability does). BENCH_CPU_PROF=<dir> also writes a V8 CPU profile of the measuring process there.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BenchResult } from './bench-client.js';
import { machine, writeSection } from './lib/benchmarks-md.js';
import { ROOT } from './lib/bin.js';
import { nodeBinary } from './lib/node-binaries.js';
import { freePort, startChild, stopAllChildren, waitUntilAnswering } from './lib/processes.js';
import { run } from './lib/run.js';
import { onShutdown } from './lib/shutdown.js';

const GOAL_CLIENT = 1.1;
const GOAL_VALIDATION = 1.05;
/** Inside node_modules, so the bundle's bare imports (openapi-fetch, ajv-formats) resolve to ours. */
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'hipp-bench');

/** The measuring script as plain ESM, with src/validate.ts left a separate chunk behind a real import(). */
async function bundleClient(): Promise<string> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints: [join(ROOT, 'scripts', 'bench-client.ts')],
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
  return join(OUT_DIR, 'bench-client.mjs');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function report(results: BenchResult[], seconds: number, nodeVersion: string): string {
  const raw = results[0]!.samples;
  const rows = results.map((result) => ({
    ...result,
    medianUs: median(result.samples),
    // Paired: each round's sample over raw fetch's sample of the same round.
    ratio: median(result.samples.map((sample, round) => sample / raw[round]!)),
  }));
  const byName = (name: string) => rows.find((row) => row.name === name)!;
  const client = byName('hipp.users.get');
  const validated = byName('users.get validated');
  const validationCost = median(validated.samples.map((sample, round) => sample / client.samples[round]!));
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;
  const rounds = raw.length;
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine(nodeVersion)}.`,
    `${rounds} rounds; in each, every variant sends a batch of ${process.env.BENCH_BATCH ?? 20} GETs in turn (rotating order); ${seconds.toFixed(0)} s in all.`,
    '',
    '| variant | median µs/request | step µs | ratio to fetch | adds |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map((row, index) => {
      // Paired too: the median over rounds of this variant's sample minus the previous row's.
      const previous = rows[index - 1]?.samples;
      const step = previous ? signed(median(row.samples.map((sample, round) => sample - previous[round]!))) : '';
      return `| ${row.name} | ${row.medianUs.toFixed(1)} | ${step} | ${row.ratio.toFixed(3)}× | ${row.adds} |`;
    }),
    '',
    `- Client (\`hipp.users.get\`) ÷ raw fetch: **${client.ratio.toFixed(3)}×**; goal ≤ ${GOAL_CLIENT.toFixed(2)}×: ${verdict(client.ratio <= GOAL_CLIENT)}.`,
    `- Validation on ÷ off, paired per round (so not quite the quotient of the two ratios): **${validationCost.toFixed(3)}×** (${signed((validationCost - 1) * 100)} %); goal ≤ ${GOAL_VALIDATION.toFixed(2)}×: ${verdict(validationCost <= GOAL_VALIDATION)}.`,
  ].join('\n');
}

const write = !process.argv.includes('--no-write');
const nodeFlag = process.argv.indexOf('--node');
const major = nodeFlag === -1 ? Number(process.versions.node.split('.')[0]) : Number(process.argv[nodeFlag + 1]);
onShutdown(stopAllChildren);
const node = await nodeBinary(major);
const script = await bundleClient();
const port = await freePort();
const server = startChild(process.execPath, ['--import', 'tsx', 'scripts/bench-server.ts'], { cwd: ROOT, env: { ...process.env, PORT: String(port) } });
try {
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${baseUrl}/v1/users/ready`, server);
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  const started = performance.now();
  const measured = await run(node.path, [...profile, script], { cwd: ROOT, env: { ...process.env, BENCH_URL: baseUrl } });
  const seconds = (performance.now() - started) / 1000;
  const line = measured.output.split('\n').find((text) => text.startsWith('[{'));
  if (measured.code !== 0 || !line) throw new Error(`the measuring process failed (${measured.code}):\n${measured.output}`);
  const markdown = report(JSON.parse(line) as BenchResult[], seconds, node.version);
  console.log(markdown);
  if (write) {
    writeSection('bench', markdown);
    console.log('\nbench: wrote BENCHMARKS.md');
  }
} finally {
  await server.stop();
}
