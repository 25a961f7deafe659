// The contract suite: one run of every check of the registry against the target (Prism's mock by default),
// reported as one test per check × operation. The run writes junit.xml, report.json and summary.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/contract/checks/index.js';
import { describeViolation } from '../../src/contract/report/words.js';
import { writeReports } from '../../src/contract/report/write.js';
import { runResolved } from '../../src/contract/run/engine.js';
import { endSummary, startBanner } from '../../src/contract/run/print.js';
import type { ContractReport } from '../../src/contract/run/results.js';
import { resolve } from 'node:path';
import { DEFAULT_REPORT_DIR } from '../../src/contract/options.js';
import { runConfig } from './support/target.js';

class ContractViolation extends Error {
  override name = 'ContractViolation';
}

const reportDir = resolve(process.env.HIPP_CONTRACT_REPORT_DIR?.trim() || DEFAULT_REPORT_DIR);
let result: ContractReport;

beforeAll(async () => {
  console.log(startBanner(runConfig));
  result = await runResolved(runConfig);
  writeReports(result, reportDir);
  console.log(endSummary(result, reportDir));
}, 300_000);

describe.each(CHECKS.map((check) => [check.id, check] as const))('%s', (checkId, check) => {
  it.for(runConfig.spec.operations.map(({ operationId }) => operationId))(`${check.description} (%s)`, (operationId, context) => {
    const cell = result.cells.find((candidate) => candidate.checkId === checkId && candidate.operation === operationId)!;
    if (cell.outcome === 'skipped') return context.skip((cell.skipped ?? []).join('; '));
    if (cell.violations.length > 0) {
      const lines = cell.violations.map((found) => `${describeViolation(found)}\n  replay (HIPP_CONTRACT_SEED=${result.seed}): ${found.curl}`);
      throw new ContractViolation(lines.join('\n'));
    }
    expect(cell.judged).toBeGreaterThan(0);
  });
});
