// Runs the contract suite against several servers, a few at a time, in one process, and writes each one's reports:
// `npm run test:drift` uses it for its many variants (starting vitest for each would cost seconds apiece).
// Usage: node --import tsx tests/contract/batch.ts '[{"baseUrl":"http://127.0.0.1:1234/api","reportDir":"/tmp/x","maxResponseMs":2500}]'
// with HIPP_API_KEY, HIPP_RESTRICTED_API_KEY, HIPP_CONTRACT_WRITES, HIPP_CONTRACT_SEED and the other
// variables of target mode in the environment; a run's own maxResponseMs stands for HIPP_CONTRACT_MAX_RESPONSE_MS.
import { writeReports } from './report/write.js';
import { targetConfig } from './run/config.js';
import { runContract } from './run/engine.js';
import { targetFromEnv } from '../../scripts/lib/contract/target.js';

interface Run {
  baseUrl: string;
  reportDir: string;
  maxResponseMs?: number;
}

/** At most this many runs at once: more only slows every answer down. */
const CONCURRENCY = 6;

async function runOne({ baseUrl, reportDir, maxResponseMs }: Run): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, HIPP_CONTRACT_TARGET: baseUrl, HIPP_CONTRACT_REPORT_DIR: reportDir };
  if (maxResponseMs !== undefined) env.HIPP_CONTRACT_MAX_RESPONSE_MS = String(maxResponseMs);
  const result = await runContract(targetConfig(targetFromEnv(env)!, env));
  writeReports(result, reportDir);
}

const queue = JSON.parse(process.argv[2] ?? '[]') as Run[];
const errors: string[] = [];
const worker = async () => {
  for (let run = queue.shift(); run; run = queue.shift()) await runOne(run).catch((error: unknown) => errors.push(String(error)));
};
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
for (const error of errors) console.error(error);
process.exitCode = errors.length > 0 ? 1 : 0;
