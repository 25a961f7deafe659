// summary.md, ready for a CI job summary: the run, the verdict per check and operation, each violation
// and each warning with its replay command, the notes, the skipped checks with how to enable them, and the
// users created.
import type { Cell, ContractReport, ReportedViolation } from '../run/results.js';
import { describeSkips } from '../run/skips.js';
import { count, describeViolation } from './words.js';

const ICON = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' } as const;

function verdict(cell: Cell): string {
  return cell.warnings.length > 0 ? `${ICON[cell.outcome]}, ⚠️ ${count(cell.warnings.length, 'warning')}` : ICON[cell.outcome];
}

function replayed(found: ReportedViolation[]): string[] {
  return found.flatMap((each) => [`- ${describeViolation(each)}`, '', '  ```sh', `  ${each.curl}`, '  ```', '']);
}

export function summaryMarkdown(result: ContractReport): string {
  const failed = result.cells.filter((cell) => cell.outcome === 'failed');
  const warnings = result.cells.flatMap((cell) => cell.warnings);
  const notes = result.cells.flatMap((cell) => cell.notes);
  const operations = [...new Set(result.cells.map((cell) => cell.operation))];
  const checks = [...new Set(result.cells.map((cell) => cell.checkId))];
  const lines = [
    `# Contract suite: ${failed.length === 0 ? 'passed' : `${failed.length} check × operation failed`}${warnings.length > 0 ? `, ${count(warnings.length, 'warning')}` : ''}`,
    '',
    `Target ${result.target} (${result.via === 'proxy' ? "through Prism's validating proxy" : result.via === 'mock' ? "Prism's mock" : 'direct'}), ${result.writes ? 'writes on' : 'read-only (no POST sent)'}, seed ${result.seed}, ${result.requests} requests in ${(result.durationMs / 1000).toFixed(1)} s.`,
    `Replay these cases with \`HIPP_CONTRACT_SEED=${result.seed}\`.`,
    '',
    `| check | ${operations.join(' | ')} |`,
    `| --- | ${operations.map(() => '---').join(' | ')} |`,
    ...checks.map(
      (checkId) =>
        `| \`${checkId}\` | ${operations.map((operation) => verdict(result.cells.find((cell) => cell.checkId === checkId && cell.operation === operation)!)).join(' | ')} |`,
    ),
    '',
  ];
  if (failed.length > 0) lines.push('## Violations', '', ...replayed(failed.flatMap((cell) => cell.violations)));
  if (warnings.length > 0) {
    lines.push(
      '## Warnings',
      '',
      'Valid data refused for a limit the spec does not state: worth documenting, never failing the run.',
      '',
      ...replayed(warnings),
    );
  }
  if (notes.length > 0) {
    lines.push(
      '## Notes',
      '',
      'What the spec leaves undocumented, and so the suite does not judge.',
      '',
      ...notes.map((found) => `- ${describeViolation(found)}`),
      '',
    );
  }
  if (result.skips.length > 0) lines.push('## Skipped', '', ...describeSkips(result.skips).map((line) => `- ${line}`), '');
  lines.push('## Users created', '', result.created.length > 0 ? result.created.map((id) => `- \`${id}\``).join('\n') : 'None.', '');
  return lines.join('\n');
}
