// npm run size: what the client costs a browser bundle. esbuild bundles src/index.ts (openapi-fetch
// included) minified, with code splitting, so the validators behind `import('../validate.js')` land in
// a chunk of their own. Fails above the budget, when the validators leak into the default entry, or
// when the default entry loads anything of the sandbox (`./sandbox`), the contract engine (`./contract`) or the CLI.
// Writes the numbers to BENCHMARKS.md (`npm run size -- --no-write` only prints).
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, version, type Metafile, type OutputFile } from 'esbuild';
import { writeSection } from './lib/bench/benchmarks-md.js';
import { isValidationOnly } from './lib/package/validator-chunk.js';
import { ROOT } from './lib/paths.js';

/** Bytes, minified and gzipped, that the default entry may weigh. Stated in BENCHMARKS.md too. */
const BUDGET_BYTES = 8000;
const OUT_DIR = join(ROOT, 'dist', 'size'); // never written: esbuild keeps the output in memory
/**
 * Sources of the `./sandbox` and `./contract` entries and of the CLI, which the default entry must never load,
 * eagerly or lazily: the sandbox, the contract engine and its spec loader (yaml, ajv's compiler), the bin.
 */
const OTHER_ENTRIES_ONLY = [/src\/sandbox\//, /generated\/request-validators\.js$/, /src\/contract\//, /src\/cli\//, /src\/spec\//, /node_modules\/yaml\//];

const result = await build({
  // The metafile's paths are relative to this, and so are the output files' keys below: the same from any cwd.
  absWorkingDir: ROOT,
  entryPoints: ['src/index.ts'],
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  metafile: true,
  write: false,
  logLevel: 'warning',
});
const metafile: Metafile = result.metafile;
const files = new Map<string, OutputFile>(result.outputFiles.map((file) => [relative(ROOT, file.path), file]));

/** Every output reached from `start` through imports of the given kinds, `start` included. */
function reach(start: string, kinds: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const edge of metafile.outputs[path]?.imports ?? []) if (kinds.includes(edge.kind)) visit(edge.path);
  };
  visit(start);
  return seen;
}

const entry = Object.keys(metafile.outputs).find((path) => metafile.outputs[path]!.entryPoint === 'src/index.ts');
if (!entry) throw new Error('esbuild produced no output for src/index.ts');
const eager = reach(entry, ['import-statement']);
const lazy = [...reach(entry, ['import-statement', 'dynamic-import'])].filter((path) => !eager.has(path));

interface Weight {
  min: number;
  gzip: number;
}
const weigh = (outputs: Iterable<string | Uint8Array>): Weight => {
  let min = 0;
  let gzip = 0;
  for (const output of outputs) {
    const contents = typeof output === 'string' ? files.get(output)!.contents : output;
    min += contents.byteLength;
    gzip += gzipSync(contents, { level: 9 }).byteLength;
  }
  return { min, gzip };
};
const initial = weigh(eager);
const deferred = weigh(lazy);

/** The sources of some outputs, grouped by package (or `ours`), heaviest first. */
function breakdown(paths: Iterable<string>): string {
  const groups = new Map<string, number>();
  for (const path of paths) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[path]!.inputs)) {
      const group = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? (input.startsWith('generated/') ? 'generated/' : 'src/');
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
  }
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => `${group} ${bytes} B`)
    .join(', ');
}

// The sandbox subpath, bundled alone the same way: it must build for a browser (createHippSandbox runs
// there), and its weight is reported, not budgeted.
const sandboxBuild = await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/sandbox/index.ts'],
  outdir: OUT_DIR,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'warning',
});
const sandboxWeight = weigh(sandboxBuild.outputFiles.map((file) => file.contents));

const leaked = [...eager].flatMap((path) => Object.keys(metafile.outputs[path]!.inputs)).filter(isValidationOnly);
const sandboxed = [...eager, ...lazy]
  .flatMap((path) => Object.keys(metafile.outputs[path]!.inputs))
  .filter((input) => OTHER_ENTRIES_ONLY.some((re) => re.test(input)));
const withinBudget = initial.gzip <= BUDGET_BYTES;
const names = (paths: Iterable<string>) => [...paths].map((path) => basename(path)).join(' + ');

const markdown = [
  `esbuild ${version}, \`src/index.ts\` bundled for the browser (format esm, code splitting, minified), gzip level 9 per file.`,
  '',
  '| what | files | minified | min + gzip |',
  '| --- | --- | ---: | ---: |',
  `| default entry (\`createHippClient\`, errors, openapi-fetch) | ${names(eager)} | ${initial.min} B | **${initial.gzip} B** |`,
  `| loaded only with \`validateResponses: true\` | ${names(lazy)} | ${deferred.min} B | ${deferred.gzip} B |`,
  `| \`./sandbox\` subpath, bundled alone (never part of the default entry) | index.js | ${sandboxWeight.min} B | ${sandboxWeight.gzip} B |`,
  '',
  `Budget for the default entry: **${BUDGET_BYTES} bytes** min + gzip (\`npm run size\` fails above it): ${withinBudget ? 'within' : '**over**'}, ${BUDGET_BYTES - initial.gzip} B to spare.`,
  '',
  `- Default entry, by source (minified bytes): ${breakdown(eager)}.`,
  `- Lazy chunk, by source: ${breakdown(lazy)}.`,
].join('\n');

console.log(markdown);
if (leaked.length > 0) console.error(`\nsize: the default entry holds code only validation needs: ${[...new Set(leaked)].join(', ')}`);
if (sandboxed.length > 0) console.error(`\nsize: the default entry loads the sandbox or the contract engine: ${[...new Set(sandboxed)].join(', ')}`);
if (!withinBudget) console.error(`\nsize: the default entry is ${initial.gzip} B min + gzip, over the budget of ${BUDGET_BYTES} B`);
if (!process.argv.includes('--no-write')) {
  writeSection('size', markdown);
  console.log('\nsize: wrote BENCHMARKS.md');
}
process.exitCode = withinBudget && leaked.length === 0 && sandboxed.length === 0 ? 0 : 1;
