// junit.xml: one test suite per check, one test case per operation; violations as failures, skips as skipped,
// warnings and notes as the system-out of a case that still passes (JUnit has no outcome for them).
import type { ContractReport, ReportedViolation } from '../run/results.js';
import { describeViolation } from './words.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function junitXml(result: ContractReport): string {
  const byCheck = new Map<string, ContractReport['cells']>();
  for (const cell of result.cells) byCheck.set(cell.checkId, [...(byCheck.get(cell.checkId) ?? []), cell]);
  const suites = [...byCheck].map(([checkId, cells]) => {
    const failures = cells.filter((cell) => cell.outcome === 'failed').length;
    const skipped = cells.filter((cell) => cell.outcome === 'skipped').length;
    const cases = cells.map((cell) => {
      const open = `    <testcase classname="${escape(checkId)}" name="${escape(cell.operation)}">`;
      if (cell.outcome === 'skipped') return `${open}<skipped message="${escape((cell.skipped ?? []).join('; '))}"/></testcase>`;
      const replay = (found: ReportedViolation) => `${describeViolation(found)}\nreplay (seed ${result.seed}): ${found.curl}`;
      const said = [...cell.warnings.map(replay), ...cell.notes.map(describeViolation)];
      const out = said.length > 0 ? `\n      <system-out>${escape(said.join('\n\n'))}</system-out>` : '';
      if (cell.outcome === 'passed') return out ? `${open}${out}\n    </testcase>` : `${open}</testcase>`;
      const text = cell.violations.map(replay).join('\n\n');
      return `${open}\n      <failure message="${escape(`${cell.violations.length} violation(s)`)}">${escape(text)}</failure>${out}\n    </testcase>`;
    });
    return `  <testsuite name="${escape(checkId)}" tests="${cells.length}" failures="${failures}" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const totals = result.cells.reduce((sum, cell) => ({ ...sum, [cell.outcome]: sum[cell.outcome] + 1 }), { passed: 0, failed: 0, skipped: 0 });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="contract" tests="${result.cells.length}" failures="${totals.failed}" skipped="${totals.skipped}" time="${(result.durationMs / 1000).toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
