// The contract engine's public entry (`@hipp-health/users-api/contract`): run every check of the registry
// against a server from your own test runner, and write the reports the CLI writes.
//
//   import { runContract, writeReports } from '@hipp-health/users-api/contract';
//   const report = await runContract({ baseUrl: 'http://127.0.0.1:4020/api', apiKey: process.env.HIPP_API_KEY! });
//   writeReports(report, 'reports/contract');
//   if (report.cells.some((cell) => cell.outcome === 'failed')) throw new Error('contract violations');
export { runContract } from './run/engine.js';
export { ContractUsageError, optionsFromEnv, parseUserIds, DEFAULT_REPORT_DIR, type ContractOptions } from './options.js';
export type { ContractReport, Cell, Outcome, Skip, ReportedViolation } from './run/results.js';
export type { Severity, Violation, ViolationPath } from './checks/types.js';
export { CHECKS } from './checks/index.js';
export { REPORT_FILES, writeReports } from './report/write.js';
export { describeViolation } from './report/words.js';
export { startBanner, endSummary } from './run/print.js';
export { hasViolations } from './run/results.js';
