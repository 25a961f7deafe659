// npm run test:drift: runs the contract suite in target mode against the reference server, which must pass,
// then against each deliberately broken variant, each of which must fail. Prints `caught N/N`.
import { randomBytes } from 'node:crypto';
import { bin, ROOT } from './lib/paths.js';
import { startChild, stopAllChildren } from './lib/processes/children.js';
import { freePort, waitUntilAnswering } from './lib/processes/ports.js';
import { respect } from './lib/tools/respect.js';
import { onShutdown } from './lib/processes/shutdown.js';
import { BREAKS, type Break } from './lib/drift/breaks.js';

interface Outcome {
  variant: Break | 'intact';
  passed: boolean;
  failures: string[];
  /** Everything the suite printed, to check why it failed. */
  output: string;
}

const apiKey = `ref_${randomBytes(12).toString('hex')}`;
const restrictedApiKey = `ref_restricted_${randomBytes(12).toString('hex')}`;
onShutdown(stopAllChildren);

async function runAgainst(variant: Break | 'intact', { proxied = false } = {}): Promise<Outcome> {
  const port = await freePort();
  const server = startChild(process.execPath, ['--import', 'tsx', 'tests/reference-server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      REFERENCE_PORT: String(port),
      REFERENCE_API_KEY: apiKey,
      REFERENCE_RESTRICTED_API_KEY: restrictedApiKey,
      REFERENCE_BREAK: variant === 'intact' ? '' : variant,
    },
  });
  try {
    const baseUrl = `http://127.0.0.1:${port}/api`;
    await waitUntilAnswering(`${baseUrl}/v1/users/ready`, server);
    const suite = startChild(bin('vitest'), ['run', '--project', 'contract'], {
      cwd: ROOT,
      env: {
        ...process.env,
        HIPP_CONTRACT_TARGET: baseUrl,
        HIPP_API_KEY: apiKey,
        HIPP_RESTRICTED_API_KEY: restrictedApiKey,
        HIPP_CONTRACT_PROXY: proxied ? '1' : '',
        CI: process.env.CI ?? '',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    const code = await new Promise<number | null>((resolve) => suite.process.once('exit', resolve));
    // The first line of each distinct failure: it names the operation, the status and the JSON path.
    const output = suite.output();
    let failures = [...new Set(output.split('\n').filter((line) => /^\w*(Error|Breach): /.test(line) && !line.startsWith('Error: Property failed')))];
    let passed = code === 0;
    if (passed && variant === 'intact' && !proxied) {
      // The Arazzo flows must hold against a real server too, the 404 flow included.
      const flows = await respect(baseUrl, apiKey);
      passed = flows.code === 0;
      if (!passed) failures = [`redocly respect failed:\n${flows.output}`];
    }
    return { variant, passed, failures, output };
  } finally {
    await server.stop();
  }
}

/** Runs `tasks` two at a time: the machines here have two cores. */
async function inPairs<T>(tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

// The intact server must pass directly and behind Prism's validating proxy, whose verdicts count too.
const [intact, intactProxied] = await inPairs([() => runAgainst('intact'), () => runAgainst('intact', { proxied: true })]);
for (const [outcome, how] of [
  [intact!, 'directly'],
  [intactProxied!, "behind Prism's validating proxy"],
] as const) {
  if (!outcome.passed) {
    console.error(`The contract suite fails against the intact reference server ${how}:\n  ${outcome.failures.join('\n  ')}`);
    console.error(outcome.output);
    process.exit(1);
  }
}
console.log("intact reference server: the contract suite passes directly and behind Prism's validating proxy, and the Arazzo flows pass");

const variants = Object.keys(BREAKS) as Break[];
const outcomes = await inPairs(variants.map((variant) => () => runAgainst(variant)));
let caught = 0;
for (const outcome of outcomes) {
  const { description, caughtBy } = BREAKS[outcome.variant as Break];
  // A variant counts only when the suite fails for the promise it breaks, not for any reason.
  const verdict = outcome.passed ? 'MISSED' : caughtBy.test(outcome.output) ? 'caught' : 'WRONG REASON';
  if (verdict === 'caught') caught++;
  console.log(`${verdict.padEnd(12)} ${outcome.variant}: ${description}`);
  const shown = verdict === 'caught' ? outcome.failures.filter((line) => caughtBy.test(line)) : outcome.failures;
  for (const failure of shown.slice(0, 2)) console.log(`             ${failure}`);
}
console.log(`caught ${caught}/${variants.length}`);
process.exitCode = caught === variants.length ? 0 : 1;
