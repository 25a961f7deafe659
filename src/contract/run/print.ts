// What a run says on the console: at the start, what it will do and skip; at the end, each violation and
// each warning with its replay command and the seed, the notes, the skips again, and the users created.
import { count, describeViolation } from '../report/words.js';
import type { RunConfig } from '../options.js';
import type { ContractReport } from './results.js';
import { describeSkips, plannedSkips } from './skips.js';

export function startBanner(config: RunConfig): string {
  const how = config.via === 'mock' ? "Prism's mock" : config.via === 'proxy' ? `${config.replayUrl} through Prism's validating proxy` : config.replayUrl;
  const lines = [`contract suite: ${how}, ${config.writes ? 'writes on (creates users)' : 'read-only (sends no POST)'}, seed ${config.seed}`];
  const skips = describeSkips(plannedSkips(config));
  if (skips.length > 0) lines.push('skipped checks:', ...skips.map((line) => `  - ${line}`));
  return lines.join('\n');
}

export function endSummary(result: ContractReport, reportDir: string): string {
  const violations = result.cells.flatMap((cell) => cell.violations);
  const warnings = result.cells.flatMap((cell) => cell.warnings);
  const notes = result.cells.flatMap((cell) => cell.notes);
  const counts = [count(violations.length, 'violation'), count(warnings.length, 'warning'), count(notes.length, 'note')].join(', ');
  const lines = [`contract suite: ${result.requests} requests, ${counts}, seed ${result.seed}; reports in ${reportDir}`];
  for (const found of [...violations, ...warnings])
    lines.push(`  ${describeViolation(found)}`, `    replay (HIPP_CONTRACT_SEED=${result.seed}): ${found.curl}`);
  for (const found of notes) lines.push(`  ${describeViolation(found)}`);
  const skips = describeSkips(result.skips);
  if (skips.length > 0) lines.push('skipped checks:', ...skips.map((line) => `  - ${line}`));
  if (result.created.length > 0) lines.push(`users created: ${result.created.join(', ')}`);
  return lines.join('\n');
}
