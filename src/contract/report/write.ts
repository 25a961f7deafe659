// Writes junit.xml, report.json and summary.md into the run's report folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractReport } from '../run/results.js';
import { reportJson } from './json.js';
import { junitXml } from './junit.js';
import { summaryMarkdown } from './summary.js';

export const REPORT_FILES = ['junit.xml', 'report.json', 'summary.md'] as const;

export function writeReports(result: ContractReport, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const contents = { 'junit.xml': junitXml(result), 'report.json': reportJson(result), 'summary.md': summaryMarkdown(result) };
  return REPORT_FILES.map((file) => {
    writeFileSync(join(dir, file), contents[file]);
    return join(dir, file);
  });
}
