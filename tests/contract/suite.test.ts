// The contract suite: one run of every check of the registry against the target (Prism's mock by default),
// reported as one test per check × operation. The run writes junit.xml, report.json and summary.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from './checks/index.js';
import { describeViolation } from './report/words.js';
import { writeReports } from './report/write.js';
import { runContract } from './run/engine.js';
import { endSummary, startBanner } from './run/print.js';
import type { RunResult } from './run/results.js';
import { OPERATIONS } from './support/spec.js';
import { runConfig } from './support/target.js';

class ContractViolation extends Error {
  override name = 'ContractViolation';
}

let result: RunResult;

beforeAll(async () => {
  console.log(startBanner(runConfig));
  result = await runContract(runConfig);
  writeReports(result, runConfig.reportDir);
  console.log(endSummary(result, runConfig.reportDir));
}, 300_000);

describe.each(CHECKS.map((check) => [check.id, check] as const))('%s', (checkId, check) => {
  it.for(OPERATIONS.map(({ operationId }) => operationId))(`${check.description} (%s)`, (operationId, context) => {
    const cell = result.cells.find((candidate) => candidate.checkId === checkId && candidate.operation === operationId)!;
    if (cell.outcome === 'skipped') return context.skip((cell.skipped ?? []).join('; '));
    if (cell.violations.length > 0) {
      const lines = cell.violations.map((found) => `${describeViolation(found)}\n  replay (HIPP_CONTRACT_SEED=${result.seed}): ${found.curl}`);
      throw new ContractViolation(lines.join('\n'));
    }
    expect(cell.judged).toBeGreaterThan(0);
  });
});
