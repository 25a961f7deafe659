// summary.md, ready for a CI job summary: the run, the verdict per check and operation, each violation
// with its replay command, the skipped checks with how to enable them, and the users created.
import type { ContractReport } from '../run/results.js';
import { describeSkips } from '../run/skips.js';
import { describeViolation } from './words.js';

const ICON = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' } as const;

export function summaryMarkdown(result: ContractReport): string {
  const failed = result.cells.filter((cell) => cell.outcome === 'failed');
  const operations = [...new Set(result.cells.map((cell) => cell.operation))];
  const checks = [...new Set(result.cells.map((cell) => cell.checkId))];
  const lines = [
    `# Contract suite: ${failed.length === 0 ? 'passed' : `${failed.length} check × operation failed`}`,
    '',
    `Target ${result.target} (${result.via === 'proxy' ? "through Prism's validating proxy" : result.via === 'mock' ? "Prism's mock" : 'direct'}), ${result.writes ? 'writes on' : 'read-only (no POST sent)'}, seed ${result.seed}, ${result.requests} requests in ${(result.durationMs / 1000).toFixed(1)} s.`,
    `Replay these cases with \`HIPP_CONTRACT_SEED=${result.seed}\`.`,
    '',
    `| check | ${operations.join(' | ')} |`,
    `| --- | ${operations.map(() => '---').join(' | ')} |`,
    ...checks.map(
      (checkId) =>
        `| \`${checkId}\` | ${operations.map((operation) => ICON[result.cells.find((cell) => cell.checkId === checkId && cell.operation === operation)!.outcome]).join(' | ')} |`,
    ),
    '',
  ];
  if (failed.length > 0) {
    lines.push('## Violations', '');
    for (const found of failed.flatMap((cell) => cell.violations)) lines.push(`- ${describeViolation(found)}`, '', '  ```sh', `  ${found.curl}`, '  ```', '');
  }
  if (result.skips.length > 0) lines.push('## Skipped', '', ...describeSkips(result.skips).map((line) => `- ${line}`), '');
  lines.push('## Users created', '', result.created.length > 0 ? result.created.map((id) => `- \`${id}\``).join('\n') : 'None.', '');
  return lines.join('\n');
}
