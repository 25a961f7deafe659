// Prints vitest's JSON report as one closing line, `vitest: N passed, N failed, N skipped`, for CI logs.
import { readFileSync } from 'node:fs';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const file = process.argv[2];
if (!file) throw new Error('usage: vitest-summary <vitest-json-report>');
const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
