// Runs the contract suite against several servers at once, in one process, and writes each one's reports:
// `npm run test:drift` uses it for its many variants (starting vitest for each would cost seconds apiece).
// Usage: node --import tsx tests/contract/batch.ts '[{"baseUrl":"http://127.0.0.1:1234/api","reportDir":"/tmp/x"}]'
// with HIPP_API_KEY, HIPP_RESTRICTED_API_KEY, HIPP_CONTRACT_WRITES, HIPP_CONTRACT_SEED and
// HIPP_CONTRACT_MAX_RESPONSE_MS in the environment, as for target mode.
import { writeReports } from './report/write.js';
import { targetConfig } from './run/config.js';
import { runContract } from './run/engine.js';
import { targetFromEnv } from '../../scripts/lib/contract/target.js';

const runs = JSON.parse(process.argv[2] ?? '[]') as Array<{ baseUrl: string; reportDir: string }>;
const outcomes = await Promise.allSettled(
  runs.map(async ({ baseUrl, reportDir }) => {
    const target = targetFromEnv({ ...process.env, HIPP_CONTRACT_TARGET: baseUrl })!;
    const result = await runContract(targetConfig(target, { ...process.env, HIPP_CONTRACT_REPORT_DIR: reportDir }));
    writeReports(result, reportDir);
  }),
);
const failed = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
for (const failure of failed) console.error(String(failure.reason));
process.exitCode = failed.length > 0 ? 1 : 0;
