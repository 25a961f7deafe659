// Judges one variant by the report.json its contract run wrote: a broken variant is caught only when every
// violation it names (check id, operation, path) was reported; a faithful one passes only with none at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Expected, Variant } from './variants.js';

export interface ReportedViolation extends Expected {
  status: number | null;
  expected: string;
}

export type Verdict = 'caught' | 'MISSED' | 'WRONG REASON' | 'passes' | 'FALSE POSITIVE' | 'NO REPORT';

export function violationsIn(reportDir: string): ReportedViolation[] | undefined {
  try {
    const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as { results: Array<{ violations: ReportedViolation[] }> };
    return report.results.flatMap((cell) => cell.violations);
  } catch {
    return undefined;
  }
}

const matches = (found: ReportedViolation, wanted: Expected) =>
  found.checkId === wanted.checkId && found.operation === wanted.operation && found.path === wanted.path;

export function verdictFor(variant: Variant, violations: ReportedViolation[] | undefined): { verdict: Verdict; shown: ReportedViolation[] } {
  if (!violations) return { verdict: 'NO REPORT', shown: [] };
  if (!variant.caughtBy) return { verdict: violations.length === 0 ? 'passes' : 'FALSE POSITIVE', shown: violations };
  if (violations.length === 0) return { verdict: 'MISSED', shown: [] };
  const caught = variant.caughtBy.every((wanted) => violations.some((found) => matches(found, wanted)));
  return caught
    ? { verdict: 'caught', shown: violations.filter((found) => variant.caughtBy!.some((wanted) => matches(found, wanted))) }
    : { verdict: 'WRONG REASON', shown: violations };
}
