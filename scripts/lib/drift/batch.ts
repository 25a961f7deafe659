// Runs the contract suite against several servers, a few at a time, in one process, and writes each one's reports:
// `npm run test:drift` uses it for its many variants (a process per variant would cost a second apiece).
// Usage: node --import tsx scripts/lib/drift/batch.ts '[{"baseUrl":"http://127.0.0.1:1234/api","reportDir":"/tmp/x","maxResponseMs":2500}]'
// with HIPP_API_KEY, HIPP_RESTRICTED_API_KEY and the HIPP_CONTRACT_* settings in the environment; a run's own
// maxResponseMs stands for HIPP_CONTRACT_MAX_RESPONSE_MS.
import { optionsFromEnv, runContract, writeReports } from '../../../src/contract/index.js';

interface Run {
  baseUrl: string;
  reportDir: string;
  maxResponseMs?: number;
}

/** At most this many runs at once: more only slows every answer down. */
const CONCURRENCY = 6;

const { reportDir: _shared, ...fromEnv } = optionsFromEnv(process.env);

async function runOne({ baseUrl, reportDir, maxResponseMs }: Run): Promise<void> {
  const report = await runContract({ ...fromEnv, apiKey: fromEnv.apiKey ?? '', baseUrl, ...(maxResponseMs !== undefined ? { maxResponseMs } : {}) });
  writeReports(report, reportDir);
}

const queue = JSON.parse(process.argv[2] ?? '[]') as Run[];
const errors: string[] = [];
const worker = async () => {
  for (let run = queue.shift(); run; run = queue.shift()) await runOne(run).catch((error: unknown) => errors.push(String(error)));
};
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
for (const error of errors) console.error(error);
process.exitCode = errors.length > 0 ? 1 : 0;
