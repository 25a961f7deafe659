// npm run test:drift: proves the contract suite catches drift. Against the sandbox (src/sandbox), the
// suite must pass directly and behind Prism's validating proxy (two runs of `test:contract` in target mode,
// writes on); against each broken variant (scripts/lib/drift/variants.ts) it must report the violations the
// variant names, by check id, operation and path; against each faithful variant, in a shape a real server
// may legally take, it must report none, and the warnings and notes the variant names (a limit the spec does
// not state, a field it does not document). The variants are served in this process and checked in one
// child (scripts/lib/drift/batch.ts), since a process per variant would cost a second apiece.
// Prints `caught N/N` and `faithful N/N pass`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENTED_USER } from '../src/sandbox/initial-users.js';
import { serveVariant, type ServedVariant } from './lib/drift/serve.js';
import { BROKEN, FAITHFUL, MAX_RESPONSE_MS, type Variant } from './lib/drift/variants.js';
import { findingsIn, verdictFor } from './lib/drift/verdict.js';
import { ROOT } from './lib/paths.js';
import { startChild, stopAllChildren } from './lib/processes/children.js';
import { onShutdown } from './lib/processes/shutdown.js';

const started = Date.now();
const keys = {
  apiKey: `drift_${randomBytes(12).toString('hex')}`,
  restrictedApiKey: `drift_restricted_${randomBytes(12).toString('hex')}`,
  otherOrgApiKey: `drift_other_org_${randomBytes(12).toString('hex')}`,
};
const seed = process.env.HIPP_CONTRACT_SEED?.trim() || String(Math.floor(Math.random() * 2 ** 31));
const work = mkdtempSync(join(tmpdir(), 'hipp-drift-'));
const servers: ServedVariant[] = [];
onShutdown(async () => {
  await stopAllChildren();
  await Promise.all(servers.map((server) => server.close()));
});

const env = {
  ...process.env,
  HIPP_API_KEY: keys.apiKey,
  HIPP_RESTRICTED_API_KEY: keys.restrictedApiKey,
  HIPP_OTHER_ORG_API_KEY: keys.otherOrgApiKey,
  // Local servers made for this run: writes are safe, and needed for the promises about created users.
  HIPP_CONTRACT_WRITES: '1',
  HIPP_CONTRACT_USER_IDS: DOCUMENTED_USER.publicId,
  HIPP_CONTRACT_SEED: seed,
  HIPP_CONTRACT_CONCURRENCY: '4',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

async function serve(variant: Variant | undefined): Promise<string> {
  const served = await serveVariant(variant, keys);
  servers.push(served);
  return served.url;
}

/** `npm run test:contract` against the intact sandbox, directly or through Prism's validating proxy. */
async function contractSuite(baseUrl: string, proxied: boolean): Promise<{ code: number | null; output: string }> {
  const suite = startChild(process.execPath, ['--import', 'tsx', 'scripts/test-contract.ts'], {
    cwd: ROOT,
    env: {
      ...env,
      HIPP_CONTRACT_TARGET: baseUrl,
      HIPP_CONTRACT_PROXY: proxied ? '1' : '',
      HIPP_CONTRACT_REPORT_DIR: join(work, proxied ? 'intact-proxied' : 'intact'),
    },
  });
  const code = await new Promise<number | null>((resolve) => suite.process.once('exit', resolve));
  return { code, output: suite.output() };
}

async function variantRuns(variants: Variant[]): Promise<{ code: number | null; output: string }> {
  // Response times are judged only where a variant is about them: on a busy machine, any answer may be slow.
  const runs = await Promise.all(
    variants.map(async (variant) => ({
      baseUrl: await serve(variant),
      reportDir: join(work, variant.id),
      ...(variant.timed ? { maxResponseMs: MAX_RESPONSE_MS } : {}),
    })),
  );
  const batch = startChild(process.execPath, ['--import', 'tsx', 'scripts/lib/drift/batch.ts', JSON.stringify(runs)], { cwd: ROOT, env });
  const code = await new Promise<number | null>((resolve) => batch.process.once('exit', resolve));
  return { code, output: batch.output() };
}

const intactUrl = await serve(undefined);
const variants = [...BROKEN, ...FAITHFUL];
const timed = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
  const start = Date.now();
  const result = await run();
  console.log(`${what}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return result;
};
const [direct, proxied, batch] = await Promise.all([
  timed('test:contract against the sandbox', () => contractSuite(intactUrl, false)),
  timed("test:contract behind Prism's validating proxy", () => contractSuite(intactUrl, true)),
  timed(`${variants.length} variants`, () => variantRuns(variants)),
]);

let failed = false;
for (const [outcome, how] of [
  [direct, 'directly'],
  [proxied, "behind Prism's validating proxy"],
] as const) {
  if (outcome.code !== 0) {
    failed = true;
    console.error(`The contract suite fails against the intact sandbox ${how}:\n${outcome.output}`);
  }
}
if (!failed) console.log(`intact sandbox: the contract suite passes directly and behind Prism's validating proxy (seed ${seed})`);
if (batch.code !== 0) console.error(`the variant runs failed:\n${batch.output}`);

let caught = 0;
let faithful = 0;
for (const variant of variants) {
  const { verdict, shown } = verdictFor(variant, findingsIn(join(work, variant.id)));
  if (verdict === 'caught') caught++;
  if (verdict === 'passes') faithful++;
  console.log(`${verdict.padEnd(14)} ${variant.id}: ${variant.description}`);
  for (const found of shown.slice(0, verdict === 'caught' || verdict === 'passes' ? 2 : 6)) {
    console.log(
      `               ${found.severity ? `(${found.severity}) ` : ''}${found.checkId} ${found.operation} → ${found.status ?? 'no answer'} at ${found.path}`,
    );
  }
}
await Promise.all(servers.map((server) => server.close()));
console.log(`caught ${caught}/${BROKEN.length}`);
console.log(`faithful ${faithful}/${FAITHFUL.length} pass`);
const ok = !failed && batch.code === 0 && caught === BROKEN.length && faithful === FAITHFUL.length;
if (ok) rmSync(work, { recursive: true, force: true });
else console.log(`reports of every run: ${work}`);
console.log(`test:drift took ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = ok ? 0 : 1;
