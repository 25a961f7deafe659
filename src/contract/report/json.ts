// report.json: every check × operation with its outcome, its violations, warnings and notes (check, operation,
// status, path, expected, replay command), the skips with how to enable them, and the users the run created.
import type { ContractReport } from '../run/results.js';

export function reportJson(result: ContractReport): string {
  const { cells, ...run } = result;
  const totals = { passed: 0, failed: 0, skipped: 0, warnings: 0, notes: 0 };
  for (const cell of cells) {
    totals[cell.outcome]++;
    totals.warnings += cell.warnings.length;
    totals.notes += cell.notes.length;
  }
  return `${JSON.stringify({ ...run, replay: `HIPP_CONTRACT_SEED=${result.seed}`, totals, results: cells }, null, 2)}\n`;
}
